/**
 * Drafts in the shapes Google Docs, LibreOffice and Word's own features write. Each expected
 * outline and count is what Word shows for the section, worked out by hand from the text below.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importNotes, importWordDocument, type WordImport } from '../../server/src/core';
import { registry } from './helpers';
import { outline, paragraph, type RawDraft, rawDraft, run, sectionWords, style, styled } from './wordXml';

const P1 = 'Part 1. Overview Questions (Provides Context)';
const P3 = 'Part 3 Reflection';
const HEADING_1 = style('Heading1', 'heading 1', '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr>');
const BOLD = '<w:b/>';

async function imported(draft: RawDraft): Promise<WordImport> {
  return importWordDocument(await rawDraft({ styles: HEADING_1, ...draft }), {
    registry,
    rubricId: 'working-together-for-student-success',
    imageFolder: 'draft-images',
  });
}

const words = sectionWords;
const notes = (result: WordImport) => importNotes(result);

test('a Google Docs export: Title and Subtitle, `heading 1`, spans, and a bold `Normal (Web)` heading', async () => {
  const styles =
    style('Title', 'Title') +
    style('Subtitle', 'Subtitle') +
    style('Heading1', 'heading 1') +
    style('NormalWeb', 'Normal (Web)');
  const result = await imported({
    styles,
    body:
      styled('Title', 'Family Survey Plan') +
      styled('Subtitle', 'A micro-credential draft') +
      styled('Heading1', P1) +
      paragraph(run('Families ') + run('plan', BOLD) + run(' it together.', '<w:color w:val="434343"/>')) +
      paragraph(run(P3, BOLD), '<w:pStyle w:val="NormalWeb"/>') +
      styled('NormalWeb', 'We learned a lot.'),
  });
  assert.deepEqual(outline(result.markdown), ['# Family Survey Plan', `# ${P1}`, `# ${P3}`]);
  assert.deepEqual(words(result.markdown), { 'part-1': 4, 'part-3': 4 });
});

test('a table of contents and page numbers are never counted; a date field keeps its text', async () => {
  const field = (instruction: string, result: string) =>
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    `<w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  const entry = (text: string, page: number) =>
    `<w:hyperlink w:anchor="_Toc${page}">${run(text)}<w:r><w:tab/></w:r>` +
    `${field(` PAGEREF _Toc${page} \\h `, run(String(page)))}</w:hyperlink>`;
  const toc =
    paragraph(
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r>' +
        `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${entry(P1, 2)}`,
      '<w:pStyle w:val="TOC1"/>',
    ) +
    paragraph(entry(P3, 3), '<w:pStyle w:val="TOC1"/>') +
    paragraph('<w:r><w:fldChar w:fldCharType="end"/></w:r>');
  const styles = HEADING_1 + style('TOC1', 'toc 1');
  const result = await imported({
    styles,
    body:
      toc +
      styled('Heading1', P1) +
      // "Page families plan the survey." (5) and "Seen on page today, 5 May." (6): the numbers are Word's.
      paragraph(
        `${run('Page ')}<w:fldSimple w:instr=" PAGE ">${run('2')}</w:fldSimple>${run(' families plan the survey.')}`,
      ) +
      paragraph(
        `${run('Seen on page ')}${field(' PAGE ', run('7'))}${run(' today, ')}` +
          `<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM&quot; ">${run('5 May')}</w:fldSimple>${run('.')}`,
      ) +
      styled('Heading1', P3) +
      paragraph(run('We learned.')),
  });
  assert.deepEqual(outline(result.markdown), [`# ${P1}`, `# ${P3}`]);
  assert.doesNotMatch(result.markdown, /_Toc|Provides Context\) 2|page [27]\b|Page 2/i);
  assert.match(result.markdown, /^Seen on page today, 5 May\.$/m);
  assert.deepEqual(words(result.markdown), { 'part-1': 11, 'part-3': 2 });
  assert.deepEqual(notes(result), []);
});

test('a page number with open-and-closed marks (LibreOffice) or runs with properties is not counted', async () => {
  // LibreOffice writes `<w:fldChar w:fldCharType="begin"></w:fldChar>`, where Word writes the mark self-closed;
  // both give the mark's run its properties (`<w:rPr>`), as Word gives its result's.
  const properties = '<w:rPr><w:noProof/></w:rPr>';
  const result = await imported({
    body:
      styled('Heading1', P1) +
      paragraph(
        `${run('Page ')}<w:r>${properties}<w:fldChar w:fldCharType="begin"></w:fldChar></w:r>` +
          `<w:r>${properties}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
          `<w:r>${properties}<w:fldChar w:fldCharType="separate"></w:fldChar></w:r>${run('1', '<w:noProof/>')}` +
          `<w:r>${properties}<w:fldChar w:fldCharType="end"></w:fldChar></w:r>${run(' of the family plan.')}`,
      ) +
      styled('Heading1', P3) +
      paragraph(run('We learned.')),
  });
  assert.match(result.markdown, /^Page of the family plan\.$/m);
  assert.deepEqual(words(result.markdown), { 'part-1': 5, 'part-3': 2 });
});

const cell = (content: string) => `<w:tc>${content}</w:tc>`;

test('each Part in a cell of a one-column layout table: the Parts are found and their paragraphs counted', async () => {
  const part1 =
    paragraph(run(P1, BOLD)) + paragraph(run('Families plan the survey.')) + paragraph(run('Teachers listen.'));
  const part3 = paragraph(run(P3, BOLD)) + paragraph(run('We learned a lot.'));
  const result = await imported({
    body: `<w:tbl><w:tblPr/><w:tr>${cell(part1)}</w:tr><w:tr>${cell(part3)}</w:tr></w:tbl>`,
  });
  assert.deepEqual(outline(result.markdown), [`# ${P1}`, `# ${P3}`]);
  assert.deepEqual(words(result.markdown), { 'part-1': 6, 'part-3': 4 });
});

test('a table cell of two paragraphs keeps their words apart', async () => {
  const result = await imported({
    body:
      styled('Heading1', P1) +
      '<w:tbl><w:tblPr/>' +
      `<w:tr>${cell(paragraph(run('Who')))}${cell(paragraph(run('Why')))}</w:tr>` +
      `<w:tr>${cell(paragraph(run('Parents')))}` +
      `${cell(paragraph(run('They know.')) + paragraph(run('Ask them.')))}</w:tr>` +
      '</w:tbl>' +
      styled('Heading1', P3) +
      paragraph(run('We learned.')),
  });
  // Who, Why, Parents, They know. Ask them.
  assert.deepEqual(words(result.markdown), { 'part-1': 7, 'part-3': 2 });
});

test('a table of contents in its content control (Word, Google Docs) is left out with its title', async () => {
  const gallery =
    '<w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>';
  const entries = ['Contents', P1, P3].map((text) =>
    paragraph(`<w:hyperlink w:anchor="h.1">${run(text)}</w:hyperlink>`),
  );
  const result = await imported({
    body:
      `<w:sdt>${gallery}<w:sdtContent>${entries.join('')}</w:sdtContent></w:sdt>` +
      styled('Heading1', P1) +
      paragraph(run('Families plan the survey.')) +
      styled('Heading1', P3),
  });
  assert.doesNotMatch(result.markdown, /Contents|h\.1/);
  assert.deepEqual(outline(result.markdown), [`# ${P1}`, `# ${P3}`]);
  assert.deepEqual(words(result.markdown), { 'part-1': 4, 'part-3': 0 });
});

test('Parts separated only by page breaks, under bold headings', async () => {
  const pageBreak = '<w:r><w:br w:type="page"/></w:r>';
  const result = await imported({
    body:
      paragraph(run(P1, BOLD)) +
      paragraph(run('Families plan the survey.') + pageBreak) +
      paragraph(pageBreak + run(P3, BOLD)) +
      paragraph(run('We learned a lot.')),
  });
  assert.deepEqual(outline(result.markdown), [`# ${P1}`, `# ${P3}`]);
  assert.deepEqual(words(result.markdown), { 'part-1': 4, 'part-3': 4 });
});

test('content controls and smart tags around headings and body text', async () => {
  const control = (content: string) =>
    '<w:sdt><w:sdtPr><w:alias w:val="Part"/><w:tag w:val="part"/></w:sdtPr>' +
    `<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
  const result = await imported({
    body:
      control(styled('Heading1', P1)) +
      paragraph(control(run('Families plan the survey.'))) +
      paragraph(
        '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="City">' +
          `${run('Springfield')}</w:smartTag>${run(' families agree.')}`,
      ) +
      control(paragraph(run(P3, BOLD))) +
      control(paragraph(run('We learned a lot.'))),
  });
  assert.deepEqual(outline(result.markdown), [`# ${P1}`, `# ${P3}`]);
  assert.deepEqual(words(result.markdown), { 'part-1': 7, 'part-3': 4 });
});

test('an embedded document (altChunk) is named in a clear note, and the rest imports', async () => {
  const result = await imported({
    body:
      styled('Heading1', P1) +
      paragraph(run('Families plan.')) +
      '<w:altChunk r:id="rIdChunk"/>' +
      styled('Heading1', P3),
    relationships:
      '<Relationship Id="rIdChunk" Target="chunk.html" ' +
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"/>',
    parts: { 'word/chunk.html': '<html><body><p>Pasted words</p></body></html>' },
  });
  assert.deepEqual(words(result.markdown), { 'part-1': 2, 'part-3': 0 });
  assert.deepEqual(notes(result), [
    'a document embedded in the draft (inserted as a file or pasted whole) was left out: its words are not in the ' +
      'import; in Word, copy its text into the draft itself',
  ]);
});

test('right-to-left and East Asian runs count as Word counts them', async () => {
  const result = await imported({
    body:
      styled('Heading1', P1) +
      paragraph(
        `${run('שלום עולם', '<w:rtl/>')}${run(' and ')}${run('مرحبا بالعالم', '<w:rtl/><w:cs/>')}`,
        '<w:bidi/>',
      ) +
      paragraph(run('学生と家族', '<w:rFonts w:hint="eastAsia"/><w:lang w:eastAsia="ja-JP"/>') + run('が話す。')) +
      styled('Heading1', P3) +
      paragraph(run('我们学到了很多')),
  });
  // 2 + 1 + 2 words, then one word for each of 学生と家族が話す; one for each of 我们学到了很多.
  assert.match(result.markdown, /^שלום עולם and مرحبا بالعالم$/m);
  assert.deepEqual(words(result.markdown), { 'part-1': 13, 'part-3': 7 });
});

test("each Part's heading in the left column of a two-column layout table, its text in the right", async () => {
  const row = (left: string, right: string) => `<w:tr>${cell(left)}${cell(right)}</w:tr>`;
  const result = await imported({
    body:
      '<w:tbl><w:tblPr/>' +
      row(styled('Heading1', P1), paragraph(run('Families plan the survey.')) + paragraph(run('Teachers listen.'))) +
      row(styled('Heading1', P3), paragraph(run('We learned a lot.'))) +
      '</w:tbl>',
  });
  // Written by hand: a table cell holds no heading, so the Parts were not there for the checks.
  assert.deepEqual(outline(result.markdown), [`# ${P1}`, `# ${P3}`]);
  assert.deepEqual(words(result.markdown), { 'part-1': 6, 'part-3': 4 });
  assert.doesNotMatch(result.markdown, /\|/);
});

test('a line break typed in a heading (Shift+Enter) is a space in its title', async () => {
  const lineBreak = '<w:r><w:br/></w:r>';
  const result = await imported({
    body:
      paragraph(
        run('Part 1.') + lineBreak + run('Overview Questions (Provides Context)'),
        '<w:pStyle w:val="Heading1"/>',
      ) +
      paragraph(run('Families plan the survey.')) +
      paragraph(run('Part 3') + lineBreak + run('Reflection'), '<w:pStyle w:val="Heading1"/>') +
      paragraph(run('We learned a lot.')),
  });
  assert.deepEqual(outline(result.markdown), ['# Part 1. Overview Questions (Provides Context)', `# ${P3}`]);
  assert.deepEqual(words(result.markdown), { 'part-1': 4, 'part-3': 4 });
});

test("headings numbered by an outline ('Part %1.', as LibreOffice saves an .odt's) show their words", async () => {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const level = (ilvl: number, text: string, styleId = '') =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/>${styleId ? `<w:pStyle w:val="${styleId}"/>` : ''}` +
    `<w:numFmt w:val="decimal"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering =
    `<w:numbering xmlns:w="${W}">` +
    `<w:abstractNum w:abstractNumId="1">${level(0, 'Part %1.', 'Heading1')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="2">${level(0, 'Step %1:')}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>' +
    '</w:numbering>';
  const numbered = style(
    'Heading1',
    'heading 1',
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>',
  );
  const result = await imported({
    styles: numbered,
    parts: { 'word/numbering.xml': numbering },
    body:
      styled('Heading1', 'Overview Questions (Provides Context)') +
      paragraph(run('Families plan the survey.')) +
      paragraph(run('Ask the families.'), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>') +
      styled('Heading1', 'Work Examples/Artifacts/Evidence') +
      styled('Heading1', 'Reflection') +
      paragraph(run('We learned a lot.')),
  });
  // Written by hand: what Word shows; a numbered body line keeps its number out of the text (no word counted).
  assert.deepEqual(outline(result.markdown), [
    '# Part 1. Overview Questions (Provides Context)',
    '# Part 2. Work Examples/Artifacts/Evidence',
    '# Part 3. Reflection',
  ]);
  assert.doesNotMatch(result.markdown, /Step 1/);
  assert.deepEqual(words(result.markdown), { 'part-1': 7, 'part-2': 0, 'part-3': 4 });
});

test('bold Part titles in the left column of a layout table are headings; bold names in a table stay', async () => {
  const row = (left: string, right: string) => `<w:tr>${cell(left)}${cell(right)}</w:tr>`;
  const result = await imported({
    body:
      '<w:tbl><w:tblPr/>' +
      row(paragraph(run(P1, BOLD)), paragraph(run('Families plan the survey.')) + paragraph(run('Teachers listen.'))) +
      row(paragraph(run(P3, BOLD)), paragraph(run('We learned a lot.'))) +
      '</w:tbl>' +
      '<w:tbl><w:tblPr/>' +
      row(paragraph(run('Principal', BOLD)), paragraph(run('Funds the night.'))) +
      row(paragraph(run('Parents', BOLD)), paragraph(run('Bring food.'))) +
      '</w:tbl>',
  });
  // Written by hand: the two Parts with their paragraphs; the stakeholders' table kept whole, in Part 3.
  assert.deepEqual(outline(result.markdown), [`# ${P1}`, `# ${P3}`]);
  assert.match(result.markdown, /^\| \*\*Principal\*\* +\| Funds the night\. +\|$/m);
  assert.deepEqual(words(result.markdown), { 'part-1': 6, 'part-3': 11 });
});

test("a link to a file beside the draft, written with Windows' separators, links it with Markdown's", async () => {
  const hyperlink = (id: string, target: string) =>
    `<Relationship Id="${id}" Target="${target}" TargetMode="External" ` +
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/>';
  const result = await imported({
    relationships:
      hyperlink('rIdVideo', 'My%20Videos\\practice-run.mp4') +
      hyperlink('rIdPlan', '..\\Shared\\plan.pdf') +
      hyperlink('rIdWeb', 'https://example.org/a?b=c\\d'),
    body:
      styled('Heading1', P1) +
      paragraph(`<w:hyperlink r:id="rIdVideo">${run('Practice run')}</w:hyperlink>${run(' (3:45)')}`) +
      paragraph(`<w:hyperlink r:id="rIdPlan">${run('Plan')}</w:hyperlink>`) +
      paragraph(`<w:hyperlink r:id="rIdWeb">${run('Web')}</w:hyperlink>`),
  });
  assert.match(result.markdown, /^\[Practice run\]\(My%20Videos\/practice-run\.mp4\) \(3:45\)$/m);
  assert.match(result.markdown, /^\[Plan\]\(\.\.\/Shared\/plan\.pdf\)$/m);
  assert.match(result.markdown, /^\[Web\]\(https:\/\/example\.org\/a\?b=c\\d\)$/m);
});

test("Pages' styles: `Heading` is a heading, a bold `Body` line may be one; `Contents Heading` is none", async () => {
  const styles =
    style('Heading', 'Heading') +
    style('Body', 'Body') +
    style('ContentsHeading', 'Contents Heading', '<w:basedOn w:val="Heading"/>');
  const result = await imported({
    styles,
    body:
      styled('ContentsHeading', 'Contents') +
      styled('Heading', P1) +
      styled('Body', 'Families plan the survey.') +
      paragraph(run(P3, BOLD), '<w:pStyle w:val="Body"/>') +
      styled('Body', 'We learned a lot.'),
  });
  assert.deepEqual(outline(result.markdown), [`# ${P1}`, `# ${P3}`]);
  assert.deepEqual(words(result.markdown), { 'part-1': 4, 'part-3': 4 });
});

test("symbols in a symbol font's own codes (LibreOffice's Wingdings ✓, Symbol •) show as themselves", async () => {
  const inFont = (font: string, text: string) => run(text, `<w:rFonts w:ascii="${font}" w:hAnsi="${font}"/>`);
  const result = await imported({
    body:
      styled('Heading1', P1) +
      paragraph(
        run('Symbols ') +
          inFont('Wingdings', '\uF0FC') +
          run(' done and ') +
          inFont('Symbol', '\uF0B7') +
          run(' listed.'),
      ) +
      paragraph(inFont('Calibri', 'Plain \uF0FC stays.')),
  });
  assert.match(result.markdown, /^Symbols ✓ done and • listed\.$/m);
  assert.match(result.markdown, /^Plain \uF0FC stays\.$/m);
  // Symbols, done, and, listed; Plain, stays: a symbol is no word.
  assert.deepEqual(words(result.markdown), { 'part-1': 6 });
});
