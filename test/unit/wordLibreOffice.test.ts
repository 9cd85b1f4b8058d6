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
import { importWordDocument } from '../../server/src/core';
import { check, registry } from './helpers';
import { fullDraft, simpleDraft, toArrayBuffer, words } from './wordFixtures';

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
