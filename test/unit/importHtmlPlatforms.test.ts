/**
 * Saved pages of learning platforms and wikis: a bold title run into its paragraph, a drop-down's choices,
 * and a table of properties (a submission's status, a page's details) read as a reader sees them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToRequirementText, readRequirements } from '../../server/src/core/intake/requirements';

const page = (body: string) =>
  `<html><body><h1>Checks</h1><p>Made by NEA</p><h2>Submission Requirements</h2>${body}</body></html>`;
const imported = (html: string) => readRequirements(htmlToRequirementText(html))?.rubric.sections ?? [];

test('a bold title run into its paragraph with a dash is a section, its text under it', () => {
  const html = page(
    '<p><strong>Part 1. Work Examples</strong></p>' +
      '<p><strong>Artifact 1: Lesson Plan</strong> — Upload a lesson plan with at least three checks.</p>' +
      '<p><b>Artifact 2: Exit Tickets</b> – Include at least five exit tickets.</p>',
  );
  const [part] = imported(html);
  assert.deepEqual(
    part.sections?.map((s) => [s.title, s.items?.min]),
    [
      ['Artifact 1: Lesson Plan', 3],
      ['Artifact 2: Exit Tickets', 5],
    ],
  );
});

test('a bold run-in ending in a colon or a full sentence stays in its paragraph', () => {
  const text = htmlToRequirementText(
    page(
      '<p><strong>Note:</strong> — use pseudonyms.</p><p><b>Write it in full.</b> — then upload it.</p>' +
        '<p><b>Tip</b> — keep it short.</p>',
    ),
  );
  assert.match(text, /^Note: — use pseudonyms\.$/m);
  assert.match(text, /^Write it in full\. — then upload it\.$/m);
  assert.match(text, /^Tip — keep it short\.$/m);
});

test("a drop-down's choices and a text box are no text of the page", () => {
  const text = htmlToRequirementText(
    page(
      '<p>Part 1. Reflection (no more than 300 words)</p>' +
        '<select><option>Jump to...</option><option>Forum: Share 3 checks</option></select>' +
        '<textarea>Type 500 words here</textarea>',
    ),
  );
  assert.doesNotMatch(text, /Jump to|Forum|Type 500/);
});

test("a table of properties (a submission's status) is read as labelled lines, not as a rubric's rows", () => {
  const html = page(
    '<h3>Part 1. Reflection</h3><p>Write no more than 400 words.</p><h3>Submission status</h3><table>' +
      '<tr><th scope="row">Attempt number</th><td>This is attempt 1 ( 3 attempts allowed ).</td></tr>' +
      '<tr><th scope="row">Grading status</th><td>Not graded</td></tr></table>',
  );
  assert.match(htmlToRequirementText(html), /^Attempt number: This is attempt 1 \( 3 attempts allowed \)\.$/m);
  const draft = readRequirements(htmlToRequirementText(html));
  assert.deepEqual(
    draft?.uncertain.filter((u) => /rubric row/.test(u.why)),
    [],
    'no rubric row naming no section',
  );
});

test('a wiki\'s space named before the page\'s title ("PD Team : …") is no part of the title', () => {
  const html =
    '<html><body><ol id="breadcrumbs"><li><a href="index.html">PD Team</a></li></ol>' +
    '<h1 id="title-heading"><span id="title-text">PD Team : Feedback That Moves Learning</span></h1>' +
    '<p>Made by NEA</p><h3>Part 1. Reflection</h3><p>Write no more than 400 words.</p></body></html>';
  assert.equal(readRequirements(htmlToRequirementText(html))?.rubric.title, 'Feedback That Moves Learning');
  // Without a trail naming it, a title with a colon is the page's own.
  const own = html.replace(/<ol id="breadcrumbs">.*?<\/ol>/, '');
  assert.equal(readRequirements(htmlToRequirementText(own))?.rubric.title, 'PD Team : Feedback That Moves Learning');
});

test('a box of attached files after the content is no section', () => {
  const html = page(
    '<h3>Part 1. Reflection</h3><p>Write no more than 400 words.</p><div class="pageSection">' +
      '<h2>Attachments:</h2><div class="greybox"><img src="b.gif"/><a href="attachments/1/2.pdf">rubric.pdf</a> ' +
      '(application/pdf)<br/><a href="attachments/1/3.docx">log.docx</a> (application/msword)<br/></div></div>',
  );
  assert.deepEqual(
    imported(html).map((s) => [s.title, s.sections?.length ?? 0]),
    [['Part 1. Reflection', 0]],
  );
});

test('the link tools in a heading ("Copy heading link", a "¶" permalink) are no words of it', () => {
  const tool = '<div class="PPhIP"><div role="presentation"></div><span>Copy heading link</span></div>';
  const html =
    `<html><body><h1><div>${tool}<span>Science Notebooks</span></div></h1><p>Made by NEA</p>` +
    '<h3>Part 1. Reflection<a class="headerlink" href="#p1">¶</a></h3>' +
    '<p>Write no more than 400 words.</p></body></html>';
  const draft = readRequirements(htmlToRequirementText(html));
  assert.equal(draft?.rubric.title, 'Science Notebooks');
  assert.equal(draft?.rubric.sections[0].title, 'Part 1. Reflection');
  assert.doesNotMatch(htmlToRequirementText(html), /Copy heading link|¶/);
});

test('a link to the previous or the next page, on its own under the content, is no text of the page', () => {
  const text = htmlToRequirementText(
    page(
      '<h3>Part 1. Reflection</h3><p>Write no more than 400 words.</p>' +
        '<div class="col"><a href="/mod/page/view.php?id=877">◄ Read: Examples of checks</a></div>' +
        '<div class="col"><a href="/mod/quiz/view.php?id=879">Quiz: Self-check ►</a></div>' +
        '<p><a href="/blog/older">« Older posts</a></p>',
    ),
  );
  assert.doesNotMatch(text, /Examples of checks|Self-check|Older posts/);
  assert.match(text, /^Write no more than 400 words\.$/m);
});

test("a platform's rubric whose row holds its ratings in a table of their own gives each level its text", () => {
  const rating = (points: number, level: string, text: string) =>
    `<td class="rating"><div class="points">${points} pts</div><div class="description">${level}</div>` +
    `<div class="rating_long_description">${text}</div></td>`;
  const html = page(
    '<h3>Part 1. Work Examples</h3><h4>Artifact 1: Photos</h4><p>Upload up to 5 photos.</p>' +
      '<table class="rubric_table"><thead><tr><th>Criteria</th><th>Ratings</th><th>Pts</th></tr></thead><tbody>' +
      '<tr><th scope="row"><div class="description_title">Artifact 1: Photos</div></th><td class="ratings">' +
      `<table class="ratings"><tbody><tr>${rating(3, 'Proficient', 'Five photos.')}${rating(2, 'Basic', 'Three.')}` +
      `${rating(1, 'Developing', 'None.')}</tr></tbody></table></td><td><div>/ 3 pts</div></td></tr>` +
      '</tbody></table>',
  );
  const [part] = imported(html);
  assert.deepEqual(
    part.sections?.[0].criteria?.map((c) => [c.level, c.text]),
    [
      ['Proficient', 'Five photos.'],
      ['Basic', 'Three.'],
      ['Developing', 'None.'],
    ],
  );
});
