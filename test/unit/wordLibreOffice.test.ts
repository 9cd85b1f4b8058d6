/**
 * Word drafts as an office suite saves them: the fixtures of wordFixtures.ts, opened and saved again
 * as .docx by LibreOffice Writer (`soffice --headless --convert-to docx`, see test/fixtures/word/).
 * Its files differ from the `docx` library's (its own styles, run properties, numbering and
 * settings parts); the import must read the same submission from both.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords, importNotes, importWordDocument } from '../../server/src/core';
import { docxParts } from '../helpers/docxPackage';
import { check, registry } from './helpers';
import { fullDraft, simpleDraft, toArrayBuffer, words } from './wordFixtures';
import { shapesDraft } from './wordShapes';

const FIXTURES = join(__dirname, '../fixtures/word');

async function imported(data: ArrayBuffer) {
  const result = await importWordDocument(data, { registry, imageFolder: 'draft-images' });
  const analysis = check(result.markdown);
  return {
    rubric: result.rubric?.id,
    sections: analysis.sections.map((s) => [s.id, s.heading !== null, s.words, s.items]),
    codes: analysis.diagnostics.map((d) => d.code).sort(),
    images: result.images.length,
  };
}

test('the full draft saved by LibreOffice imports as the same submission, count for count', async () => {
  const saved = toArrayBuffer(readFileSync(join(FIXTURES, 'full-draft.libreoffice.docx')));
  const [fromOffice, original] = await Promise.all([imported(saved), fullDraft().then(imported)]);
  assert.deepEqual(fromOffice, original);
});

test('every heading style, lists, a stakeholder table, a text box, saved by LibreOffice: count for count', async () => {
  const saved = toArrayBuffer(readFileSync(join(FIXTURES, 'shapes.libreoffice.docx')));
  const [fromOffice, original] = await Promise.all([imported(saved), shapesDraft().then(imported)]);
  assert.deepEqual(fromOffice, original);
  assert.deepEqual(
    fromOffice.sections.find(([id]) => id === 'artifact-3'),
    ['artifact-3', true, 9, null],
    'its caption and the text box LibreOffice writes as a drawing only',
  );
});

test("an office suite's own styles (its footnote characters) are no note for the writer; text is kept", async () => {
  const saved = toArrayBuffer(readFileSync(join(FIXTURES, 'full-draft.libreoffice.docx')));
  const result = await importWordDocument(saved, { registry, imageFolder: 'draft-images' });
  assert.deepEqual(result.messages, []);
  assert.match(result.markdown, /\[\^\d+\]: Family survey, spring term\./);
});

test('bold Normal headings, typed numbering and a section over its limit, saved by LibreOffice', async () => {
  const saved = toArrayBuffer(readFileSync(join(FIXTURES, 'bold-headings.libreoffice.docx')));
  const original = await simpleDraft([
    { heading: 'Part 2. Work Examples/Artifacts/Evidence' },
    { bold: 'Artifact 2: Written Plan' },
    { text: '1. Point 1: families first' },
    { text: '2. Point 2: translated letters' },
    { text: words(150) },
    { text: words(170) },
    { heading: 'Part 3 Reflection' },
    { text: words(350) },
  ]);
  const [fromOffice, fromLibrary] = await Promise.all([imported(saved), imported(original)]);
  assert.deepEqual(fromOffice, fromLibrary);
  assert.deepEqual(
    fromOffice.sections.find(([id]) => id === 'artifact-2'),
    ['artifact-2', true, 328, null],
  );
  assert.ok(fromOffice.codes.includes('word-limit-exceeded'));
});

/**
 * LibreOffice's own count of a fixture: the `<Words>` it saved in docProps/app.xml (its Tools → Word
 * Count), the whole document at once.
 */
function officeCount(bytes: Uint8Array): number {
  const parts = docxParts(bytes);
  const app = new TextDecoder().decode(parts.get('docProps/app.xml'));
  const words = /<Words>(\d+)<\/Words>/.exec(app);
  assert.ok(words, "the fixture carries LibreOffice's count (re-save it as test/fixtures/word/README.md says)");
  return Number(words[1]);
}

/** The words of the page headers and footers, which LibreOffice counts and a submission has not. */
function headerAndFooterWords(bytes: Uint8Array): number {
  let words = 0;
  for (const [name, data] of docxParts(bytes)) {
    if (!/^word\/(header|footer)\d*\.xml$/.test(name)) continue;
    const xml = new TextDecoder().decode(data);
    for (const [, paragraph] of xml.matchAll(/<w:p[ >]([\s\S]*?)<\/w:p>/g))
      words += countWords([...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  }
  return words;
}

/*
 * What LibreOffice counts that the spec leaves out: the headings' words; the typed list markers
 * (`1.`, `•`: a word each for LibreOffice, list numbers once imported); the page header's text.
 * Both leave out comments, deleted tracked text and image descriptions, and both count footnotes,
 * captions, table cells and inserted text. What LibreOffice counts differently, absent from these
 * fixtures: en and em dashes are word separators for it by default, so `3–5` is two words where the
 * spec's rule (a run of non-space characters) makes it one; a lone dash is no word for either.
 */
for (const name of ['full-draft', 'bold-headings']) {
  test(`${name}: the sections hold LibreOffice's own count less headings, list markers, header`, async () => {
    const bytes = readFileSync(join(FIXTURES, `${name}.libreoffice.docx`));
    const result = await importWordDocument(toArrayBuffer(bytes), { registry, imageFolder: 'draft-images' });
    const body = result.markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
    const sections = check(result.markdown).sections.filter((s) => s.heading?.parent === -1);
    const counted = sections.reduce((sum, s) => sum + (s.words ?? 0), 0);
    const headings = [...body.matchAll(/^#{1,6} (.*)$/gm)].reduce((sum, [, text]) => sum + countWords(text), 0);
    const markers = [...body.matchAll(/^ *(?:\d+[.)]|[-*+]) /gm)].length;
    assert.ok(headings > 0 && markers > 0);
    assert.equal(counted, officeCount(bytes) - headings - markers - headerAndFooterWords(bytes));
  });
}

test('an .odt whose headings LibreOffice numbers by its outline ("Part 1.", "Artifact 1:"), as .docx', async () => {
  const saved = toArrayBuffer(readFileSync(join(FIXTURES, 'outline.libreoffice.docx')));
  const result = await importWordDocument(saved, { registry, imageFolder: 'draft-images' });
  assert.equal(result.rubric?.id, 'working-together-for-student-success');
  // Written by hand from outline.fodt: the headings as Writer shows them, each section's words.
  assert.deepEqual(
    result.markdown.split('\n').filter((line) => line.startsWith('#')),
    [
      '# Part 1. Overview Questions (Provides Context)',
      '# Part 2. Work Examples/Artifacts/Evidence',
      '## Artifact 1: List of Stakeholders',
      '## Artifact 2: Written Plan',
      '## Artifact 3: Visual Presentation',
      '# Part 3. Reflection',
    ],
  );
  const counts = Object.fromEntries(check(result.markdown).sections.map((s) => [s.id, s.words]));
  assert.deepEqual(counts, {
    'part-1': 5,
    'part-2': 17,
    'artifact-1': 5,
    'artifact-2': 7,
    'artifact-3': 5,
    'part-3': 6,
  });
});

test('every part Word counts, saved by LibreOffice: its counts, and no note on how its box is drawn', async () => {
  const saved = toArrayBuffer(readFileSync(join(FIXTURES, 'features.libreoffice.docx')));
  const result = await importWordDocument(saved, { registry, imageFolder: 'draft-images' });
  // Part 1: "Families plan well‑being co­operatively on page today." (7, the page number computed), its footnote
  // (4), "Inserted new text and kept words." (6, the deletion and the comment left out), "Shown text." (2, two
  // hidden words left out), the text box (3), "After the box." (3), the table's cells (7): 32. Part 3: 4 and the
  // endnote's 3.
  const sections = check(result.markdown).sections;
  assert.deepEqual(
    sections.filter((s) => s.words !== null).map((s) => [s.id, s.words]),
    [
      ['part-1', 32],
      ['part-3', 7],
    ],
  );
  // The box's fill and border (VML's v:fill and v:stroke) are how it is drawn: nothing of the text is lost.
  assert.deepEqual(importNotes(result), ['hidden text (2 words) was left out: Word neither shows nor counts it']);
});
