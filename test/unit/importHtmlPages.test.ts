/**
 * Saved pages as sites build them: accordions whose Parts are named by buttons, rubrics as grids of
 * <div>s, readers' comments under a post, a published document's Title paragraph.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml, htmlToRequirementText, readRequirements } from '../../server/src/core/intake/requirements';

const page = (body: string) =>
  `<html><body><h1>Leading Change</h1><p>Made by NEA</p><h2>Submission Requirements</h2>${body}</body></html>`;
const imported = (html: string) => readRequirements(htmlToRequirementText(html))?.rubric.sections ?? [];
const PLAN = '<h3>Part 1. Work Examples</h3><h4>Artifact 1: Plan</h4><p>Write a plan of at least five steps.</p>';
const RUBRIC = [
  ['Artifact', 'Proficient', 'Basic', 'Developing'],
  ['Artifact 1: Plan', 'Five steps.', 'Three steps.', 'No plan.'],
];

test("an accordion's Part named by the button in its heading, its panel hidden until opened, is a section", () => {
  const html = page(
    '<h3><button aria-expanded="false" aria-controls="p1">Part 1. Overview Questions</button></h3>' +
      '<div id="p1" role="region" hidden><p>Answer in no more than 300 words.</p><ul><li>Why?</li></ul></div>' +
      '<h3 class="accordion-header"><button class="accordion-button collapsed">Part 2. Reflection</button></h3>' +
      '<div class="accordion-collapse collapse"><p>Write no more than 400 words.</p></div>',
  );
  assert.deepEqual(
    imported(html).map((s) => [s.title, s.words?.max]),
    [
      ['Part 1. Overview Questions', 300],
      ['Part 2. Reflection', 400],
    ],
  );
});

test('a button right before its panel names it; other buttons (Accept, Enroll) are no text of the page', () => {
  const text = htmlToRequirementText(
    page(
      '<button class="accordion">Part 1. Plan</button><div class="panel"><p>Write 300 words.</p></div>' +
        '<p>Ready?</p><button class="btn">Enroll</button><div class="cookie"><button>Accept</button></div>',
    ),
  );
  assert.match(text, /^Part 1\. Plan$/m);
  assert.doesNotMatch(text, /Enroll|Accept/);
});

test('a rubric as a grid of <div>s with ARIA table roles is read row by row, as a table', () => {
  const cell = (text: string, i: number) => `<div role="${i ? 'cell' : 'rowheader'}"><p>${text}</p></div>`;
  const head = RUBRIC[0].map((text) => `<div role="columnheader">${text}</div>`).join('');
  const html = page(
    `${PLAN}<h4>Rubric</h4>` +
      `<div role="table"><div role="rowgroup"><div role="row">${head}</div></div>` +
      `<div role="row">${RUBRIC[1].map(cell).join('')}</div></div>`,
  );
  assert.match(htmlToRequirementText(html), /^Artifact 1: Plan\tFive steps\.\tThree steps\.\tNo plan\.$/m);
  assert.deepEqual(
    imported(html)[0].sections?.[0].criteria?.map((c) => c.level),
    ['Proficient', 'Basic', 'Developing'],
  );
});

test("a rubric as a CSS framework's rows of columns (Bootstrap) is a table; a page laid out in columns is not", () => {
  const rows = RUBRIC.map(
    (row) => `<div class="row">${row.map((t) => `<div class="col-md-3">${t}</div>`).join('')}</div>`,
  );
  const html = page(
    `<div class="container"><div class="row"><div class="col-md-8">${PLAN}` +
      `<div class="rubric">${rows.join('')}</div></div>` +
      '<div class="col-md-4"><h5>At a glance</h5><p>About 12 hours</p></div></div>' +
      '<div class="row"><div class="col-md-6"><h5>Contact</h5></div>' +
      '<div class="col-md-6"><p>Help</p></div></div></div>',
  );
  const text = htmlToRequirementText(html);
  assert.match(text, /^Artifact\tProficient\tBasic\tDeveloping$/m);
  assert.match(text, /^Part 1\. Work Examples$/m, 'the page around the rubric is no table');
  assert.deepEqual(
    imported(html)[0].sections?.[0].criteria?.map((c) => c.text),
    ['Five steps.', 'Three steps.', 'No plan.'],
  );
});

test("readers' comments under a post (WordPress, Disqus) make no question and no limit", () => {
  const html = page(
    '<article><h3>Part 1. Reflection</h3><p>Write no more than 300 words.</p>' +
      '<ul><li>What changed?</li></ul></article>' +
      '<div id="comments" class="comments-area"><ol class="comment-list"><li><p>Can Part 1 be a 5 minute video?</p>' +
      '</li></ol></div><div id="disqus_thread"><p>Is 400 words too many?</p></div>',
  );
  const [part] = imported(html);
  assert.equal(part.questions?.length, 1);
  assert.doesNotMatch(htmlToRequirementText(html), /video|too many/);
});

test("a published document's Title paragraph is the title, not the file's name the page shows above it", () => {
  const html =
    '<div id="header"><div id="title">Inquiry Stations - Final copy</div></div><div id="contents">' +
    '<p class="c1 title"><span>Inquiry Stations</span></p><p>Offered by Digital Promise</p>' +
    '<p>Submission Requirements</p><p>Part 1. Overview</p><p>Answer in 300 words.</p></div>';
  assert.equal(readRequirements(htmlToRequirementText(html))?.rubric.title, 'Inquiry Stations');
  const withHeading = html.replace('<div id="contents">', '<div id="contents"><h1>Station Work</h1>');
  assert.equal(readRequirements(htmlToRequirementText(withHeading))?.rubric.title, 'Station Work');
  // Word's "Save as Web Page": the Title paragraph, then the document's first Heading 1.
  const word =
    '<p class=MsoTitle>Read-Alouds</p><h1>Key Method</h1><p>Read 3 books a week.</p>' +
    '<h1>Submission Requirements</h1><h2>Part 1. Overview</h2><p>Answer in 300 words.</p>';
  assert.equal(readRequirements(htmlToRequirementText(word))?.rubric.title, 'Read-Alouds');
});

test('a damaged page whose table cells each span a hundred rows and columns is read in seconds', {
  timeout: 20_000,
}, () => {
  const row = `<tr>${'<td rowspan="100" colspan="100">x</td>'.repeat(20)}</tr>`;
  const html = page(`<h3>Part 1. Plan</h3><p>Write no more than 300 words.</p><table>${row.repeat(300)}</table>`);
  const started = Date.now();
  const [plan] = imported(html);
  assert.deepEqual(plan.words, { max: 300, limit: 'hard' });
  assert.ok(Date.now() - started < 10_000, `read in ${Date.now() - started} ms`);
});

test('a heading whose number and name are spans set apart by the page\'s styles reads "Part 1 Overview"', () => {
  const html = page(
    '<h3><span class="eyebrow">Part 1</span><span class="title">Overview Questions</span></h3>' +
      '<p>Write no more than 300 words.</p><h3><span>Part 2.</span><span>Reflection</span></h3><p>Write 400 words.</p>',
  );
  assert.deepEqual(
    imported(html).map((s) => s.title),
    ['Part 1 Overview Questions', 'Part 2. Reflection'],
  );
  // Words a page styles in pieces stay whole.
  assert.match(
    htmlToRequirementText(page('<p><b>Re</b>flection on <i>1</i>st drafts</p>')),
    /Reflection on 1st drafts/,
  );
});

test("a footnote's bare mark after a number (400<sup>2</sup> words) is not part of the number", () => {
  const html = page('<h3>Part 1. Reflection</h3><p>Write no more than 400<sup>2</sup> words.<sup>[3]</sup></p>');
  assert.deepEqual(imported(html)[0].words, { max: 400, limit: 'hard' });
  assert.match(htmlToRequirementText(page('<p>The 1<sup>st</sup> draft and 10<sup>th</sup> grade</p>')), /1st draft/);
});

test("a web component's declarative shadow root (as SingleFile saves it) is read; other templates are not", () => {
  const html = page(
    '<mc-part><template shadowrootmode="open"><h3>Part 1. Overview</h3><p>Write no more than 300 words.</p>' +
      '</template></mc-part><template id="row"><h3>Part 9. Template (5 photos)</h3></template>',
  );
  assert.deepEqual(
    imported(html).map((s) => [s.title, s.words?.max]),
    [['Part 1. Overview', 300]],
  );
});

/** A page saved as one file (MHTML): a MIME message whose parts are the page and what it shows. */
const mhtml = (parts: { headers: string[]; body: string }[]) =>
  Buffer.from(
    [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="----=_NextPart_01DA2B"',
      '',
      'This document is a Single File Web Page, also known as a Web Archive file.',
      ...parts.flatMap(({ headers, body }) => ['', '------=_NextPart_01DA2B', ...headers, '', body]),
      '------=_NextPart_01DA2B--',
    ].join('\r\n'),
    'latin1',
  );

test("a page saved as one file (MHTML: Chrome's Single File, Word's .mht) is read from its page part", () => {
  const css = { headers: ['Content-Type: text/css'], body: 'p { margin: 0 }' };
  // Word: quoted-printable in windows-1252, its soft line breaks inside a word.
  const word = mhtml([
    css,
    {
      headers: ['Content-Type: text/html; charset="windows-1252"', 'Content-Transfer-Encoding: quoted-printable'],
      body: '<p class=3DMsoNormal>Part 1. Overview</p><p>Answer in 200=96300 wo=\r\nrds: =93why=94.</p>',
    },
  ]);
  assert.match(decodeHtml(word), /<p class=MsoNormal>Part 1\. Overview<\/p><p>Answer in 200–300 words: “why”\.<\/p>/);
  // Base64 in UTF-8, the charset said by the page's own <meta>.
  const body = Buffer.from('<meta charset="utf-8"><p>Parte 1. Reflexión (máximo 300 palabras)</p>').toString('base64');
  const chrome = mhtml([{ headers: ['Content-Type: text/html', 'Content-Transfer-Encoding: base64'], body }]);
  assert.match(decodeHtml(chrome), /Parte 1\. Reflexión \(máximo 300 palabras\)/);
  // A page that only speaks of MIME is a page.
  const page = Buffer.from('<p>Content-Type: multipart/related</p>');
  assert.equal(decodeHtml(page), '<p>Content-Type: multipart/related</p>');
});

test('a page Safari saved as a Web Archive is read from its main resource, in the encoding the archive names', () => {
  const archive = readFileSync(join(__dirname, '../fixtures/requirements/safari-web-archive.webarchive'));
  const html = decodeHtml(archive);
  assert.match(html, /^<!DOCTYPE html>/);
  assert.match(html, /each with the student’s “word of the week”/);
  assert.equal(readRequirements(htmlToRequirementText(html))?.rubric.title, 'Explicit Vocabulary Routines');
  // Cut short, it is no archive and no crash.
  for (const end of [40, archive.length / 2, archive.length - 8])
    assert.equal(typeof decodeHtml(archive.subarray(0, end)), 'string');
});

test('a borderless table laying out Parts (a bold title over its instructions in a cell) is read as the page', () => {
  const cell = (...paragraphs: string[]) => `<td>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</td>`;
  const html =
    '<p><strong>Reading Nights</strong></p><p>Issued by Riverbend Schools</p><p><strong>Submission Requirements' +
    '</strong></p><table><tr>' +
    cell('<strong>Part 1</strong>') +
    cell('<strong>Overview</strong>', 'Respond in 200-350 words.', '1. Who comes?', '2. Who does not?') +
    '</tr><tr>' +
    cell('<strong>Part 2</strong>') +
    cell('<strong>Reflection</strong>', 'Write no more than 400 words.', '1. What did families say?', 'Thank you.') +
    '</tr></table>';
  const sections = readRequirements(htmlToRequirementText(html))?.rubric.sections ?? [];
  assert.deepEqual(
    sections.map((s) => [s.title, s.words?.max, s.questions?.length]),
    [
      ['Part 1 Overview', 350, 2],
      ['Part 2 Reflection', 400, 1],
    ],
  );
});

test("a site's menu as a bar of links with no <nav> (Home · Courses · Groups) is not the credential's title", () => {
  const html =
    '<div id="header"><a href="/">Home</a> · <a href="/courses">Courses</a> · <a href="/groups">Groups</a></div>' +
    '<h2>Thinking Routines</h2><p>Offered by Valley Schools</p><p>Submission Requirements</p>' +
    '<p>Part 1. Overview (no more than 250 words)</p><p>See <a href="/a">one</a>, <a href="/b">two</a> and ' +
    '<a href="/c">three</a>.</p>';
  const draft = readRequirements(htmlToRequirementText(html));
  assert.equal(draft?.rubric.title, 'Thinking Routines');
  assert.match(htmlToRequirementText(html), /See one, two and three\./);
});
