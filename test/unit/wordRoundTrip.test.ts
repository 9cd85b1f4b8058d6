/** Export to Word, then import: every section's count and every diagnostic code stay as they were. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { exportDocx, importWordDocument } from '../../server/src/core';
import { runs } from '../fuzzScale';
import { check, registry } from './helpers';
import { toArrayBuffer } from './wordFixtures';

const HEADINGS = [
  '## Part 1. Overview Questions (Provides Context)',
  '## Part 2. Work Examples/Artifacts/Evidence',
  '### Artifact 1: List of Stakeholders',
  '### Artifact 2: Written Plan',
  '### Artifact 3: Visual Presentation',
  '## Part 3 Reflection',
];
const word = fc.constantFrom('students', 'well-being', "don't", 'e.g.', 'K-12', '3.5', 'and/or', '“quoted”', 'plan');
const sentence = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => `${words.join(' ')}.`);
const block = fc.oneof(
  sentence,
  fc.array(sentence, { minLength: 1, maxLength: 6 }).map((items) => items.map((item) => `- ${item}`).join('\n')),
  fc
    .array(sentence, { minLength: 1, maxLength: 4 })
    .map((items) => items.map((item, i) => `${i + 1}. ${item}`).join('\n')),
  sentence.map((text) => `> ${text}`),
);
const submission = fc
  .array(fc.tuple(fc.boolean(), fc.array(block, { maxLength: 4 })), { minLength: 6, maxLength: 6 })
  .map((sections) =>
    [
      '---',
      'rubric: working-together-for-student-success',
      '---',
      '',
      ...sections.flatMap(([present, blocks], i) =>
        present ? [HEADINGS[i], '', ...blocks.flatMap((b) => [b, ''])] : [],
      ),
    ].join('\n'),
  );

test('for generated submissions, export to Word then import keeps every count and every diagnostic code', async () => {
  await fc.assert(
    fc.asyncProperty(submission, async (text) => {
      const before = check(text);
      const docx = await exportDocx(before);
      const imported = await importWordDocument(toArrayBuffer(docx.bytes), {
        registry,
        rubricId: 'working-together-for-student-success',
        imageFolder: 'draft-images',
      });
      const after = check(imported.markdown);
      const counts = (a: typeof before) => a.sections.map((s) => [s.id, s.words, s.items]);
      const codes = (a: typeof before) => a.diagnostics.map((d) => d.code).sort();
      assert.deepEqual(counts(after), counts(before), imported.markdown);
      assert.deepEqual(codes(after), codes(before), imported.markdown);
    }),
    { numRuns: runs(15) },
  );
});
