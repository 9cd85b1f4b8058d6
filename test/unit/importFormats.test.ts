/**
 * Requirement files as the platforms and word processors nobody here controls write them: a page saved in
 * windows-1252, accordions whose panels a script closed, a learning platform's menus and side bar, Word's
 * outline numbers on headings and a form's placeholders, a PDF's contents page and a header that repeats
 * the credential's title.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decodeHtml,
  htmlToRequirementText,
  pdfPagesToText,
  type PdfTextRun,
  readRequirements,
} from '../../server/src/core/intake/requirements';
import { withListNumbersWritten } from '../../server/src/core/intake/word/listNumbers';
import { withoutPlaceholders } from '../../server/src/core/intake/word/placeholders';

const page = (body: string) =>
  `<html><body><h1>Leading Change</h1><p>Made by NEA</p><h2>Submission Requirements</h2>${body}</body></html>`;
const sections = (text: string) => readRequirements(text)?.rubric.sections ?? [];

test('a page saved in windows-1252 (declared, or not UTF-8 at all) keeps its smart quotes and dashes', () => {
  const body = Buffer.from('<p>Answer in 200\x96300 words: \x93why\x94 it\x92s done.</p>', 'latin1');
  const declared = Buffer.concat([
    Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
    body,
  ]);
  assert.match(decodeHtml(declared), /200–300 words: “why” it’s done/);
  // No declaration and bytes that are no UTF-8: what browsers take a Western page to be.
  assert.match(decodeHtml(body), /200–300 words: “why” it’s done/);
  // ISO-8859-1 as declared, UTF-8 by its byte order mark or by default.
  assert.equal(decodeHtml(Buffer.from('<meta charset="iso-8859-1">caf\xe9', 'latin1')).slice(-4), 'café');
  assert.equal(decodeHtml(Buffer.from('\ufeff<p>café “x”</p>')), '<p>café “x”</p>');
  assert.equal(decodeHtml(Buffer.from('<p>café “x”</p>')), '<p>café “x”</p>');
});

test("an accordion's panel that the page's script closed is read; a hidden menu or notice is not", () => {
  const html = page(
    '<h3 role="button" aria-controls="p1" aria-expanded="false">Part 1. Overview Questions</h3>' +
      '<div id="p1" style="display: none" aria-hidden="true"><p>Answer in no more than 300 words.</p>' +
      '<ul><li>Why this change?</li></ul></div>' +
      '<div role="tablist"><button role="tab" aria-controls="p2">Part 2. Reflection</button></div>' +
      '<div id="p2" role="tabpanel" hidden><p>Part 2. Reflection (no more than 400 words)</p></div>' +
      '<button aria-controls="menu">Menu</button>' +
      '<div id="menu" style="display:none"><p>Part 3. Shop (5 photos)</p></div>',
  );
  const [overview, reflection, shop] = sections(htmlToRequirementText(html));
  assert.deepEqual(overview?.words, { max: 300, limit: 'hard' });
  assert.equal(overview?.questions?.length, 1);
  assert.deepEqual(reflection?.words, { max: 400, limit: 'hard' });
  assert.equal(shop, undefined);
});

test("a platform's menus (role=navigation) and a side bar outside the content are not the page's text", () => {
  const html =
    '<html><body><div role="navigation"><ul><li>Part 9. Grades (10 points)</li></ul></div>' +
    '<div role="main"><h1>Leading Change</h1><h2>Submission Requirements</h2>' +
    '<section><h3>Part 1. Reflection</h3><p>Write no more than 300 words.</p><ul><li>What changed?</li></ul>' +
    '<aside><p>Tip: a reflection of 250 words is enough.</p></aside></section></div>' +
    '<aside role="complementary"><h2>To Do</h2><ul><li>Quiz 2? 10 points</li></ul></aside></body></html>';
  const text = htmlToRequirementText(html);
  assert.doesNotMatch(text, /Grades|Quiz 2/);
  // A box inside the content is the page's.
  assert.match(text, /Tip: a reflection of 250 words/);
  const [reflection] = sections(text);
  assert.equal(reflection.minPoints, undefined);
  assert.equal(reflection.questions?.length, 1);
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraph = (style: string, text: string, numbering = '') =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/>${numbering}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const texts = (xml: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((p) => p[0].replace(/<[^>]+>/g, ''));

test('Word\'s outline numbers on headings ("2.1 Talk Plan") are written; a plain numbered list stays a list', () => {
  const numbering =
    `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
    '<w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="Part %1."/></w:lvl>' +
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>' +
    '<w:lvlText w:val="%1.%2"/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>' +
    '<w:lvlText w:val="%3."/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
  const styles =
    `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr>` +
    '<w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading2">' +
    '<w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style></w:styles>';
  const item = '<w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr>';
  const body = [
    paragraph('Heading1', 'Overview'),
    paragraph('Heading1', 'Evidence'),
    paragraph('Heading2', 'Talk Plan'),
    paragraph('ListParagraph', 'A question', item),
    paragraph('Heading2', 'Photos'),
  ].join('');
  const out = withListNumbersWritten(`<w:document ${W}><w:body>${body}</w:body></w:document>`, numbering, styles);
  assert.deepEqual(texts(out ?? ''), [
    'Part 1. Overview',
    'Part 2. Evidence',
    '2.1 Talk Plan',
    'A question',
    '2.2 Photos',
  ]);
});

test("a form's content control still showing its placeholder is left out; one holding text is kept", () => {
  const control = (text: string, placeholder: boolean) =>
    `<w:sdt><w:sdtPr><w:id w:val="1"/>${placeholder ? '<w:showingPlcHdr/>' : ''}</w:sdtPr>` +
    `<w:sdtContent><w:r><w:t>${text}</w:t></w:r></w:sdtContent></w:sdt>`;
  const xml =
    `<w:p><w:r><w:t>Name: </w:t></w:r>${control('Click or tap here to enter text.', true)}</w:p>` +
    `<w:p>${control('Passing: the plan names three steps.', false)}</w:p>`;
  assert.deepEqual(texts(withoutPlaceholders(xml)), ['Name: ', 'Passing: the plan names three steps.']);
});

test('a limit for the answers "in all" is the section\'s, though each question is named', () => {
  const text = (limit: string) =>
    `Leading Change\nSubmission Requirements\nPart 1. Overview Questions\n${limit}\n- Why?\n- How?\n` +
    'Part 2. Reflection (no more than 300 words)\n';
  assert.deepEqual(sections(text('Respond to each question below in 200-250 words in all.'))[0].words, {
    min: 200,
    max: 250,
    limit: 'hard',
  });
  // Each answer's own limit is still no section rule.
  assert.equal(sections(text('Respond to each question in 100 words.'))[0].words, undefined);
});

test("a table of contents' entries (dot leaders and a page) are no Parts: the Parts are read where they stand", () => {
  const text =
    'Family Reading Nights\nContents\nSubmission Requirements . . . . . . . . 2\n' +
    'Part 1. Overview Questions (no more than 300 words) ........ 2\nPart 2. Reflection (400 words) ………… 3\n' +
    'Key Method\nHold 2 nights.\nSubmission Requirements\nPart 1. Overview Questions\nAnswer in 200-250 words.\n' +
    '- Why?\nPart 2. Reflection\nWrite no more than 500 words.\n';
  assert.deepEqual(
    sections(text).map((s) => [s.title, s.words]),
    [
      ['Part 1. Overview Questions', { min: 200, max: 250, limit: 'hard' }],
      ['Part 2. Reflection', { max: 500, limit: 'hard' }],
    ],
  );
});

const run = (text: string, y: number, size: number): PdfTextRun => ({
  text,
  x: 72,
  y,
  width: text.length * size * 0.5,
  font: size > 12 ? 'title' : 'body',
  size,
});

test("a PDF's page header that repeats the credential's title is left out, and the title page's title kept", () => {
  const header = (n: number) => [run('Family Reading Nights', 760, 9), run(`Page ${n}`, 40, 9)];
  const pages = [
    [...header(1), run('Family Reading Nights', 700, 24), run('Made by NEA', 670, 11)],
    [...header(2), run('Submission Requirements', 700, 11), run('Part 1. Reflection', 680, 11)],
    [...header(3), run('Write no more than 300 words.', 700, 11), run('What changed?', 680, 11)],
  ];
  const text = pdfPagesToText(pages);
  // Once: the title page's own (marked as the title, as the largest text at the top of the first page).
  assert.equal(text.split('\n').filter((line) => line.replace(/^# /, '') === 'Family Reading Nights').length, 1);
  assert.equal(readRequirements(text)?.rubric.title, 'Family Reading Nights');
});

test("a rubric's header row repeated at the top of the next page is the header again, not a stray row", () => {
  const text =
    'Family Reading Nights\nSubmission Requirements\nPart 1. Work Examples\nArtifact 1: Invitation\n' +
    'Submit the invitation.\nArtifact 2: Photos\nSubmit up to 5 photos.\nPart 1. Rubric\n' +
    'Artifact\tProficient\tBasic\tDeveloping\n' +
    'Artifact 1: Invitation\tThe invitation names the date.\tThe invitation is vague.\tNo invitation.\n' +
    'Artifact\tProficient\tBasic\tDeveloping\n' +
    'Artifact 2: Photos\tPhotos show families reading.\tPhotos show the room.\tNo photos.\n';
  const draft = readRequirements(text);
  assert.deepEqual(
    draft?.uncertain.filter((u) => u.why.includes('rubric row')),
    [],
  );
  assert.deepEqual(
    draft?.rubric.sections[0].sections?.map((s) => s.criteria?.map((c) => c.level)),
    [
      ['Proficient', 'Basic', 'Developing'],
      ['Proficient', 'Basic', 'Developing'],
    ],
  );
});

test('"at least four weeks of groups" is a span of time, not four listed weeks: marked to check', () => {
  const text = (request: string) =>
    `Leading Change\nSubmission Requirements\nPart 1. Work Examples\nArtifact 1: Plan\n${request}\n` +
    'Part 2. Reflection (no more than 300 words)\n';
  const weeks = readRequirements(text('Submit your plan for at least four weeks of groups.'));
  assert.equal(weeks?.rubric.sections[0].sections?.[0].items, undefined);
  assert.ok(weeks?.uncertain.some((u) => u.line === 5));
  assert.deepEqual(
    readRequirements(text('Submit at least four weekly logs.'))?.rubric.sections[0].sections?.[0].items,
    {
      min: 4,
      noun: 'weekly log',
    },
  );
});

test('a wiki page\'s record ("Created by Dana Lee, last modified on Mar 04, 2025") names no issuer', () => {
  const text = (record: string) =>
    `Coaching Conversations\n${record}\nSubmission Requirements\nPart 1. Reflection (no more than 300 words)\n` +
    '- What changed?\n';
  assert.equal(
    readRequirements(text('Created by Dana Lee, last modified on Mar 04, 2025'))?.rubric.source,
    'Unknown issuer',
  );
  assert.equal(readRequirements(text('Last modified by Dana Lee on Mar 04, 2025'))?.rubric.source, 'Unknown issuer');
  assert.equal(
    readRequirements(text('Created by the National Education Association'))?.rubric.source,
    'the National Education Association',
  );
});

test('"Part l." and "Artifact l:" of a scanned copy\'s text are Part 1 and Artifact 1; "Part L" is no number', () => {
  const text = (one: string) =>
    `Number Talks\nMade by NEA\nSubmission Requirements\nPart ${one}. Overview Questions (300-word limit)\n- Why?\n` +
    `Part 2. Work Examples\nArtifact ${one}: Plans\nSubmit at least 3 plans.\n` +
    'Part 3. Reflection (no more than 400 words)\n';
  const [part1, part2] = readRequirements(text('l'))?.rubric.sections ?? [];
  assert.equal(part1.title, 'Part 1. Overview Questions');
  assert.deepEqual(part1.words, { max: 300, limit: 'hard' });
  assert.equal(part2.sections?.[0].title, 'Artifact 1: Plans');
  assert.notEqual(readRequirements(text('L'))?.rubric.sections[0].title, 'Part 1. Overview Questions');
});
