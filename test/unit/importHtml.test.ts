/** A saved web page's requirements as lines: what a page's markup does to a rule must not be lost. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToRequirementText, readRequirements } from '../../server/src/core/intake/requirements';

const page = (body: string) =>
  `<html><body><h1>Leading Change</h1><p>Made by NEA</p><h2>Submission Requirements</h2>${body}</body></html>`;

test('list items holding paragraphs (<li><p>) are questions, each a line of its own', () => {
  const html = page(
    '<h3>Part 1. Overview (no more than 300 words)</h3><ul><li><p>What changed?</p></li><li><p>Why?</p></li></ul>',
  );
  assert.deepEqual(htmlToRequirementText(html).split('\n').slice(-2), ['- What changed?', '- Why?']);
  assert.equal(readRequirements(htmlToRequirementText(html))?.rubric.sections[0].questions?.length, 2);
});

test('rubric levels as a definition list (<dt>Proficient</dt><dd>…</dd>) are the levels of the section', () => {
  const html = page(
    '<h3>Part 1. Plan</h3><p>Write your plan.</p><h4>Scoring guide</h4><dl><dt>Proficient</dt>' +
      '<dd><p>The plan names three key points.</p></dd><dt>Basic</dt><dd>Two points.</dd>' +
      '<dt>Developing</dt><dd>No plan.</dd></dl>',
  );
  const [plan] = readRequirements(htmlToRequirementText(html))?.rubric.sections ?? [];
  assert.deepEqual(
    plan.criteria?.map((c) => c.level),
    ['Proficient', 'Basic', 'Developing'],
  );
  assert.equal(plan.minPoints, 3);
});

test('a term with a description per level (<dt>Part 1. Plan</dt><dd>Proficient: …</dd>…) heads them', () => {
  const html = page(
    '<h3>Part 1. Plan</h3><p>Write your plan.</p><h4>Scoring guide</h4><dl><dt>Part 1. Plan</dt>' +
      '<dd><strong>Proficient:</strong> Three key points.</dd><dd><strong>Basic:</strong> Two points.</dd>' +
      '<dd><strong>Developing:</strong> No plan.</dd></dl><dl><dt>Competency</dt><dd>Plans.</dd></dl>',
  );
  assert.deepEqual(htmlToRequirementText(html).split('\n').slice(-5), [
    'Part 1. Plan',
    'Proficient: Three key points.',
    'Basic: Two points.',
    'Developing: No plan.',
    'Competency: Plans.',
  ]);
  const [plan] = readRequirements(htmlToRequirementText(html))?.rubric.sections ?? [];
  assert.deepEqual(
    plan.criteria?.map((c) => c.text),
    ['Three key points.', 'Two points.', 'No plan.'],
  );
});

const imported = (html: string) => readRequirements(htmlToRequirementText(html))?.rubric.sections ?? [];

test('what the page hides (hidden, display: none, aria-hidden, a site footer) makes no section and no limit', () => {
  const html = page(
    '<h3>Part 1. Overview (no more than 300 words)</h3><ul><li>What changed?</li></ul>' +
      '<p hidden>Part 2. Archive (no more than 10 photos)</p>' +
      '<div style="display: none">Part 3. Old plan (500 words)</div>' +
      '<ul aria-hidden="true"><li>Part 4. Menu (5 minutes)</li></ul>' +
      '<p>How did it go? <span style="visibility:hidden">(no more than 900 words)</span></p>' +
      '<footer><p>© 2026 NEA. All 50 states.</p></footer>',
  );
  const sections = imported(html);
  assert.deepEqual(
    sections.map((s) => s.title),
    ['Part 1. Overview'],
  );
  assert.deepEqual(sections[0].words, { max: 300, limit: 'hard' });
  assert.doesNotMatch(htmlToRequirementText(html), /Archive|Old plan|Menu|900|2026/);
});

test("an article's own footer is still read; only the page's footer is left out", () => {
  const html = page(
    '<article><h3>Part 1. Plan</h3><footer><p>Please limit your response to 250 words.</p></footer></article>',
  );
  assert.deepEqual(imported(html)[0].words, { max: 250, limit: 'hard' });
});

test("a Word web page's list markers (mso-list: Ignore) mark items, whatever the symbol, and are no words", () => {
  const item = (symbol: string, text: string) =>
    "<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'><![if !supportLists]>" +
    `<span style='font-family:"Courier New"'>` +
    `<span style='mso-list:Ignore'>${symbol}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span>` +
    `</span><![endif]>${text}<o:p></o:p></p>`;
  const html = page(
    `<p class=MsoNormal><b>Part 1. Overview (no more than 300 words)<o:p></o:p></b></p>${item('&middot;', 'Why?')}` +
      `${item('o', 'Name each book.')}${item('§', 'Say why.')}${item('1.', 'What next?')}`,
  );
  assert.deepEqual(htmlToRequirementText(html).split('\n').slice(-4), [
    '- Why?',
    '- Name each book.',
    '- Say why.',
    '- What next?',
  ]);
  assert.equal(imported(html)[0].questions?.length, 4);
});

test("comments printed in a saved Word or Google Docs page are the reviewers', not the requirements", () => {
  const html = page(
    '<p><b>Part 1. Overview (no more than 300 words)</b></p><ul><li>What changed?' +
      '<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></li>' +
      '<li>Why?<a class=msocomanchor href="#_msocom_1">[PL1]</a></li></ul>' +
      '<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Part 2 needs at least two photos?</span></p></div>' +
      "<div style='mso-element:comment-list'><div style='mso-element:comment'><p class=MsoCommentText>" +
      'Part 3: a 2-minute audio clip?</p></div></div>',
  );
  const sections = imported(html);
  assert.equal(sections.length, 1);
  assert.deepEqual(sections[0].questions, ['What changed?', 'Why?']);
  assert.equal(sections[0].media, undefined);
});

test('a rubric cell spanning two levels holds for each; a cell spanning the row from its label is said once', () => {
  const table = (rows: string) =>
    page(
      '<h3>Part 1. Plan</h3><p>Write your plan.</p><h4>Scoring guide</h4><table>' +
        `<tr><th>Artifact</th><th>Proficient</th><th>Basic</th><th>Developing</th></tr>${rows}</table>`,
    );
  const row = '<tr><td>Part 1. Plan</td><td>A full plan.</td><td colspan="2">A partial plan or none.</td></tr>';
  assert.deepEqual(
    htmlToRequirementText(table(`<tr><td colspan="4">Planning</td></tr>${row}`))
      .split('\n')
      .slice(-2),
    ['Planning\t\t\t', 'Part 1. Plan\tA full plan.\tA partial plan or none.\tA partial plan or none.'],
  );
  assert.deepEqual(
    imported(table(row))[0].criteria?.map((c) => `${c.level}: ${c.text}`),
    ['Proficient: A full plan.', 'Basic: A partial plan or none.', 'Developing: A partial plan or none.'],
  );
});

test('a page laid out in a table (the requirements in a cell beside a menu, a note in a box) is read as a page', () => {
  const html =
    '<html><body><table width="100%"><tr><td><p>Menu</p></td><td><h1>Math Journals</h1><p>Made by NEA</p>' +
    '<h2>Submission Requirements</h2><h3>Part 1. Overview Questions (no more than 300 words)</h3>' +
    '<ul><li>Why journals?</li><li>How often?</li></ul><h3>Part 2. Reflection</h3>' +
    '<table><tr><td>Part 2. Reflection</td><td>Deep.</td><td>Some.</td></tr></table></td></tr></table>' +
    '<table><tr><td>Note: please limit your reflection to 400 words.</td></tr></table></body></html>';
  const draft = readRequirements(htmlToRequirementText(html));
  assert.equal(draft?.rubric.title, 'Math Journals');
  const [part1, part2] = draft?.rubric.sections ?? [];
  assert.deepEqual(part1.questions, ['Why journals?', 'How often?']);
  assert.equal(part2.title, 'Part 2. Reflection');
  assert.ok(htmlToRequirementText(html).split('\n').includes('Part 2. Reflection\tDeep.\tSome.'));
  // Without headings: Parts in bold paragraphs, with more paragraphs and items than a rubric cell holds.
  const plain = page(
    '<table><tr><td>Menu</td><td><p><b>Part 1. Overview (no more than 300 words)</b></p><ul><li>Why?</li>' +
      '<li>How?</li><li>When?</li></ul><p><b>Part 2. Plan</b></p><p>Submit your plan.</p>' +
      '<p><b>Part 3. Reflection</b></p><p>Please limit your response to 400 words.</p></td></tr></table>',
  );
  assert.deepEqual(
    imported(plain).map((s) => [s.title, s.words?.max]),
    [
      ['Part 1. Overview', 300],
      ['Part 2. Plan', undefined],
      ['Part 3. Reflection', 400],
    ],
  );
});

test('a rubric of plain cells whose first row groups the levels ("Performance level") takes the levels below', () => {
  const html = page(
    '<h3>Part 1. Plan</h3><p>Write your plan.</p><table><tr><td rowspan="2">Part</td>' +
      '<td colspan="3">Performance level</td></tr><tr><td>Proficient</td><td>Basic</td><td>Developing</td></tr>' +
      '<tr><td>Part 1. Plan</td><td>A full plan.</td><td>A partial plan.</td><td>No plan.</td></tr></table>',
  );
  assert.deepEqual(htmlToRequirementText(html).split('\n').slice(-2), [
    'Part\tProficient\tBasic\tDeveloping',
    'Part 1. Plan\tA full plan.\tA partial plan.\tNo plan.',
  ]);
  assert.deepEqual(
    imported(html)[0].criteria?.map((c) => c.level),
    ['Proficient', 'Basic', 'Developing'],
  );
});

test('a footnote is read where its mark is, not after the last Part (Word, Google Docs, a Word web page)', () => {
  const html = page(
    '<p>Part 1. Photos</p><p>Submit photos of the night.' +
      '<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p>' +
      '<p>Part 2. Reflection (no more than 400 words)</p><ul><li>What did families say?' +
      '<sup><a href="#ftnt1" id="ftnt_ref1">[2]</a></sup></li>' +
      '<li>What next?<a href="#_ftn3" name="_ftnref3">[3]</a></li></ul>' +
      '<ol><li id="footnote-1"><p>No more than 6 photos. <a href="#footnote-ref-1">↑</a></p></li></ol>' +
      '<div><p><a href="#ftnt_ref1" id="ftnt1">[2]</a><span> Name no family.</span></p></div>' +
      "<div style='mso-element:footnote' id=ftn3>" +
      '<p><a href="#_ftnref3" name="_ftn3">[3]</a> Two sentences.</p></div>',
  );
  const [photos, reflection] = imported(html);
  assert.deepEqual(photos.media?.photos, { max: 6 });
  assert.deepEqual(reflection.questions, ['What did families say? (Name no family.)', 'What next? (Two sentences.)']);
  assert.equal(reflection.media, undefined);
});

test('a list mark Word wrote before a 7-point spacer ("Web Page, Filtered": "§" in Wingdings) is a bullet', () => {
  const spacer = `<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span>`;
  const item = (mark: string, font: string, text: string) =>
    `<p class=MsoListParagraph><span style='font-family:${font}'>${mark}${spacer}</span>${text}</p>`;
  const html = page(
    '<h3>Part 1. Overview (no more than 300 words)</h3>' +
      item('§', 'Wingdings', 'What changed?') +
      item('Ø', 'Wingdings', 'Why?') +
      `<p class=MsoListParagraph>1.${spacer}Artifact 1: Plan</p>`,
  );
  const lines = htmlToRequirementText(html).split('\n');
  assert.deepEqual(lines.slice(-3), ['- What changed?', '- Why?', '1. Artifact 1: Plan']);
  assert.equal(readRequirements(htmlToRequirementText(html))?.rubric.sections[0].questions?.length, 2);
});
