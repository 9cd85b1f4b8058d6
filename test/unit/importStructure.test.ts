/** The shape of requirements as printed pages and plain copies set it: where Parts and sections begin. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRequirements } from '../../server/src/core/intake/requirements';
import { flattenSections } from '../../server/src/core/rubric';

const sectionsOf = (...lines: string[]) => {
  const draft = readRequirements(['Leading Change', 'Made by NEA', 'Submission Requirements', ...lines].join('\n'));
  assert.ok(draft);
  return flattenSections(draft.rubric).map(({ section }) => section);
};

test('"PART 1" with its name on the next line is one Part, named by both', () => {
  const sections = sectionsOf(
    'PART 1',
    'Overview Questions',
    'Please answer in 250-300 words.',
    '- What changed?',
    'PART 2',
    'Reflection',
    '- Why?',
  );
  assert.deepEqual(
    sections.map((s) => [s.id, s.title, s.questions?.length]),
    [
      ['part-1', 'PART 1 Overview Questions', 1],
      ['part-2', 'PART 2 Reflection', 1],
    ],
  );
  assert.ok(sections[0].aliases?.includes('Overview Questions'));
  assert.equal(sections[0].prompt, 'Please answer in 250-300 words.');
});

test('"Artifact 1 Lesson Plan", with no colon or dash, heads artifact-1; "Artifact 2 shows…" heads nothing', () => {
  const sections = sectionsOf(
    'Part 1 Artifacts',
    'Artifact 1 Lesson Plan',
    'Write a plan.',
    'Artifact 2 shows the lesson.',
    'Artifact 3 Video (no more than 5 minutes)',
  );
  assert.deepEqual(
    sections.map((s) => [s.id, s.title]),
    [
      ['part-1', 'Part 1 Artifacts'],
      ['artifact-1', 'Artifact 1 Lesson Plan'],
      ['artifact-3', 'Artifact 3 Video'],
    ],
  );
  assert.ok(sections[1].aliases?.includes('Lesson Plan'));
});
