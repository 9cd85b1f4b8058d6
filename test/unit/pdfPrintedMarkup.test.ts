/**
 * What a printed page shows by its drawing, not its text: a tracked change printed with the old number struck
 * through beside the new one, and a rubric cell merged over levels in the middle of its row.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pdfPagesToText, type PdfTextRun, readRequirements } from '../../server/src/core/intake/requirements';

/** A run of text at (x, y), 5 points a character wide. */
const run = (text: string, x: number, y: number): PdfTextRun => ({ text, x, y, width: text.length * 5 });
/** Runs set one after the other on a baseline, each starting where the last ended. */
const touching = (texts: string[], x: number, y: number) =>
  texts.map((text, i) => run(text, x + texts.slice(0, i).join('').length * 5, y));
const row = (cells: string[], y: number) => cells.map((text, i) => run(text, 72 + i * 120, y));

test('a changed number printed beside the one it replaced ("250" struck, "300") is read as neither', () => {
  const page = [
    run('Submission Requirements', 72, 760),
    ...touching(['Part 1. Overview Questions (no more than ', '250', '300', ' words)'], 72, 740),
    run('What do you want to change?', 72, 726),
    run('Part 2. Work Examples', 72, 706),
    run('Artifact 1: Plan', 72, 692),
    ...touching(['Submit a plan of at least ', 'four', 'five', ' meetings.'], 72, 678),
  ];
  const text = pdfPagesToText([page]);
  assert.match(text, /no more than 250 \/ 300 words/);
  assert.match(text, /at least four \/ five meetings/);
  const draft = readRequirements(text);
  const [overview, work] = draft?.rubric.sections ?? [];
  assert.equal(overview.words, undefined);
  assert.equal(work.sections?.[0].items, undefined);
  assert.ok(draft?.uncertain.some((u) => u.line === 2 && /words/.test(u.why)));
});

test('runs that touch inside a word or a number ("Refl" "ection", "300" "-word", "2" "5 clips") are one word', () => {
  const page = [...touching(['Refl', 'ection of ', '300', '-word', 's, ', '2', '5 clips.'], 72, 740)];
  assert.equal(pdfPagesToText([page]), 'Reflection of 300-words, 25 clips.');
});

test('a rubric cell merged over two middle levels holds for both, the last level keeping its own cell', () => {
  const page = [
    run('Submission Requirements', 72, 760),
    run('Part 1. Work Examples', 72, 740),
    run('Artifact 1: Plan', 72, 720),
    run('Artifact 2: Video', 72, 700),
    ...row(['Artifact', 'Proficient', 'Basic', 'Developing'], 670),
    ...row(['Artifact 1: Plan', 'Five steps.', 'Three steps.', 'No plan.'], 656),
    run('Artifact 2: Video', 72, 642),
    run('Students greet one another by name', 192, 642),
    run('No greeting.', 432, 642),
    run('and each speaks once.', 192, 630),
  ];
  const [part] = readRequirements(pdfPagesToText([page]))?.rubric.sections ?? [];
  const merged = 'Students greet one another by name and each speaks once.';
  assert.deepEqual(
    part.sections?.[1].criteria?.map((c) => [c.level, c.text]),
    [
      ['Proficient', merged],
      ['Basic', merged],
      ['Developing', 'No greeting.'],
    ],
  );
});
