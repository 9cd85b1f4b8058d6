/**
 * Requirement texts as issuers nobody here copied write them: an evidence's name and its text on one line
 * after "Evidence 1:", Parts headed "Section 1 – …", limits and counts in other words, privacy rules.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRequirements, type RubricDraft } from '../../server/src/core/intake/requirements';
import { flattenSections } from '../../server/src/core/rubric';

function read(...lines: string[]): RubricDraft {
  const draft = readRequirements(lines.join('\n'));
  assert.ok(draft, 'the text has a section');
  return draft;
}
const titles = (draft: RubricDraft) => flattenSections(draft.rubric).map(({ section }) => section.title);

test('"**Evidence 1: Lesson Video.** Submit a video…": each evidence is a section of its name, from the first', () => {
  const draft = read(
    '# Morning Meetings',
    'A micro-credential by BloomBoard',
    '## Evidence',
    '**Evidence 1: Morning Meeting Video.** Submit a video (not to exceed 5 minutes) of one morning meeting.',
    '**Evidence 2: Meeting Plans.** Upload five meeting plans. Use the template provided.',
  );
  assert.deepEqual(titles(draft), ['Evidence 1: Morning Meeting Video', 'Evidence 2: Meeting Plans']);
  assert.deepEqual(draft.rubric.sections[0].media, { recordings: { maxSeconds: 300 }, required: true });
});
