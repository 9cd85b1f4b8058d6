/**
 * Word drafts in more shapes other word processors write: heading styles named in the writer's language,
 * and what a draft carries besides its text. Each expected outline and count is worked out by hand from
 * the text below, as Word shows and counts it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importWordDocument, type WordImport } from '../../server/src/core';
import { registry } from './helpers';
import { outline, paragraph, type RawDraft, rawDraft, run, sectionWords, style, styled } from './wordXml';

const P1 = 'Part 1. Overview Questions (Provides Context)';
const P3 = 'Part 3 Reflection';

async function imported(draft: RawDraft): Promise<WordImport> {
  return importWordDocument(await rawDraft(draft), {
    registry,
    rubricId: 'working-together-for-student-success',
    imageFolder: 'draft-images',
  });
}

const words = sectionWords;

test("heading styles named in the writer's language (German, French, Spanish, Dutch, Polish)", async () => {
  // As a word processor set up in that language names them: no outline level, based on Normal.
  const names = [
    ['berschrift1', 'Überschrift 1', 'Titel'],
    ['Titre1', 'Titre 1', 'Titre'],
    ['Ttulo1', 'Título 1', 'Título'],
    ['Kop1', 'Kop 1', 'Titel'],
    ['Nagwek1', 'Nagłówek 1', 'Tytuł'],
  ];
  for (const [id, name, title] of names) {
    const result = await imported({
      styles: style(id, name, '<w:basedOn w:val="Normal"/>') + style('Title0', title, '<w:basedOn w:val="Normal"/>'),
      body:
        styled('Title0', 'Family Survey Plan') +
        styled(id, P1) +
        paragraph(run('Families plan it together.')) +
        styled(id, P3) +
        paragraph(run('We learned a lot.')),
    });
    assert.deepEqual(outline(result.markdown), ['# Family Survey Plan', `# ${P1}`, `# ${P3}`], name);
    assert.deepEqual(words(result.markdown), { 'part-1': 4, 'part-3': 4 }, name);
  }
});

test('heading styles a draft uses without defining them (as some generators write) head sections', async () => {
  const result = await imported({
    body:
      styled('Title', 'Family Survey Plan') +
      styled('Heading1', P1) +
      paragraph(run('Families plan it together.')) +
      styled('heading1', P3) +
      paragraph(run('We learned a lot.')),
  });
  assert.deepEqual(outline(result.markdown), ['# Family Survey Plan', `# ${P1}`, `# ${P3}`]);
  assert.deepEqual(words(result.markdown), { 'part-1': 4, 'part-3': 4 });
  // The converter's note that the styles are not defined leaves the writer nothing to do.
  assert.deepEqual(result.messages, []);
});

test('text under a phonetic guide (furigana) is imported and counted once, with no reading in it', async () => {
  const ruby = (base: string, reading: string) =>
    `<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="distributeSpace"/></w:rubyPr><w:rt>${run(reading)}</w:rt>` +
    `<w:rubyBase>${run(base)}</w:rubyBase></w:ruby></w:r>`;
  const result = await imported({
    styles: style('Heading1', 'heading 1', '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>'),
    body:
      styled('Heading1', P1) +
      paragraph(run('Students write ') + ruby('漢字', 'かんじ') + run('を書く daily.')) +
      styled('Heading1', P3) +
      paragraph(run('We learned a lot.')),
  });
  assert.match(result.markdown, /Students write 漢字を書く daily\./);
  // "Students", "write", "daily.", and each of 漢, 字, を, 書, く.
  assert.deepEqual(words(result.markdown), { 'part-1': 8, 'part-3': 4 });
});

test('a carriage return and an absolute tab part words; runs in w:dir or w:bdo keep their text', async () => {
  // Word writes w:cr for a line break typed in some fields and pasted text, w:ptab for a tab set against the
  // margin, and wraps runs typed with a direction mark (Arabic, Hebrew) in w:dir or w:bdo.
  const result = await imported({
    body:
      styled('Heading1', P1) +
      paragraph(
        '<w:r><w:t>Families</w:t><w:cr/><w:t>plan</w:t><w:ptab w:relativeTo="margin" w:alignment="right" ' +
          'w:leader="none"/><w:t>together.</w:t></w:r>',
      ) +
      styled('Heading1', P3) +
      paragraph(
        `${run('We learned ')}<w:dir w:val="rtl">${run('שלום עולם')}</w:dir>` +
          `<w:bdo w:val="ltr">${run(' a lot.')}</w:bdo>`,
      ),
    styles: style('Heading1', 'heading 1', '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>'),
  });
  assert.deepEqual(words(result.markdown), { 'part-1': 3, 'part-3': 6 });
  assert.match(result.markdown, /שלום עולם/);
});

test('an equation keeps its text in its place, in linear form, where it was dropped', async () => {
  // Word, LibreOffice and Google Docs write an equation as Office Math: runs of its own (m:r, m:t) in structures
  // (a superscript, a fraction), in the paragraph's text or as a display equation of its own.
  const math = (inner: string) => `<m:oMath>${inner}</m:oMath>`;
  const mathRun = (text: string) => `<m:r><w:rPr><w:rFonts w:ascii="Cambria Math"/></w:rPr><m:t>${text}</m:t></m:r>`;
  const result = await imported({
    styles: style('Heading1', 'heading 1', '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>'),
    body:
      styled('Heading1', P1) +
      paragraph(
        run('The area is ') +
          math(`${mathRun('A=π')}<m:sSup><m:e>${mathRun('r')}</m:e><m:sup>${mathRun('2')}</m:sup></m:sSup>`) +
          run(' for each circle.'),
      ) +
      paragraph(
        '<m:oMathPara><m:oMathParaPr><m:jc m:val="centerGroup"/></m:oMathParaPr>' +
          `${math(`<m:f><m:num>${mathRun('a')}</m:num><m:den>${mathRun('b')}</m:den></m:f>`)}</m:oMathPara>`,
      ) +
      styled('Heading1', P3) +
      paragraph(run('We learned a lot.')),
  });
  assert.match(result.markdown, /^The area is A=πr\^2 for each circle\.$/m);
  assert.match(result.markdown, /^a\/b$/m);
  assert.deepEqual(result.messages, []);
  // "The area is A=πr^2 for each circle." is 7 words, "a/b" one.
  assert.deepEqual(words(result.markdown), { 'part-1': 8, 'part-3': 4 });
});

test('a page or column break parts the words on each side; one before a heading leaves its title as is', async () => {
  const pageBreak = '<w:r><w:br w:type="page"/></w:r>';
  const result = await imported({
    styles: style('Heading1', 'heading 1', '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>'),
    body:
      styled('Heading1', P1) +
      paragraph(
        '<w:r><w:t>Families</w:t><w:br w:type="page"/><w:t>plan</w:t><w:br w:type="column"/><w:t>it.</w:t></w:r>',
      ) +
      paragraph(run('Teachers listen.') + pageBreak) +
      paragraph(pageBreak) +
      paragraph(`<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${pageBreak}${run(P3)}`) +
      paragraph(`${pageBreak}<w:r><w:tab/></w:r>${run('We learned a lot.')}`),
  });
  assert.deepEqual(outline(result.markdown), [`# ${P1}`, `# ${P3}`]);
  assert.match(result.markdown, /^Families plan it\.$/m);
  assert.match(result.markdown, /^We learned a lot\.$/m);
  assert.deepEqual(words(result.markdown), { 'part-1': 5, 'part-3': 4 });
});

test('a check box (a content control or a form field) is the box Word shows, no word, not "[x]"', async () => {
  const box = (checked: boolean) =>
    '<w:sdt><w:sdtPr><w14:checkbox xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">' +
    `<w14:checked w14:val="${checked ? 1 : 0}"/></w14:checkbox></w:sdtPr><w:sdtContent>` +
    `<w:r><w:rPr><w:rFonts w:ascii="MS Gothic"/></w:rPr><w:t>${checked ? '☒' : '☐'}</w:t></w:r></w:sdtContent></w:sdt>`;
  const formBox =
    '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:checkBox><w:sizeAuto/>' +
    '<w:default w:val="1"/></w:checkBox></w:ffData></w:fldChar></w:r>' +
    '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
  const result = await imported({
    styles: style('Heading1', 'heading 1', '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>'),
    body:
      styled('Heading1', P1) +
      paragraph(box(true) + run(' Families agree.')) +
      paragraph(box(false) + run(' Teachers agree.')) +
      paragraph(formBox + run(' Students agree.')) +
      styled('Heading1', P3) +
      paragraph(run('We learned a lot.')),
  });
  assert.match(result.markdown, /^☒ Families agree\.$/m);
  assert.match(result.markdown, /^☐ Teachers agree\.$/m);
  assert.match(result.markdown, /^☒ Students agree\.$/m);
  assert.deepEqual(words(result.markdown), { 'part-1': 6, 'part-3': 4 });
});
