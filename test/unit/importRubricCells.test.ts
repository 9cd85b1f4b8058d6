/**
 * What a rubric table says about a section's rules: a rule stated only in the top level's cell is the
 * section's rule; a number in a lower level's cell says what falls short, and is no rule; a row the
 * reader cannot tie to one section gives that section nothing, and is marked to check.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRequirements, type RubricDraft } from '../../server/src/core/intake/requirements';
import { flattenSections, type RubricSection } from '../../server/src/core/rubric';

function credential(...lines: string[]): RubricDraft {
  const text = ['Leading Change', 'Made by Digital Promise', 'Submission Requirements', ...lines].join('\n');
  const draft = readRequirements(text);
  assert.ok(draft);
  return draft;
}

const section = (draft: RubricDraft, id: string): RubricSection | undefined =>
  flattenSections(draft.rubric).find((flat) => flat.section.id === id)?.section;

const ARTIFACTS = [
  'Part 1. Evidence',
  'Artifact 1: Stakeholder Map',
  'Create a map of the people your plan affects.',
  'Artifact 2: Plan',
  'Write your plan.',
];

test('a table whose levels run from the lowest up: the numbers under Developing are no rules', () => {
  const draft = credential(
    ...ARTIFACTS,
    'Part 1. Rubric',
    'Artifact\tDeveloping\tBasic\tProficient',
    'Artifact 1\tFewer than 3 stakeholders, in over 400 words.\tFour stakeholders.\tFive or more stakeholders.',
    'Artifact 2\tFewer than two key points, or a video longer than 10 minutes.\tTwo points.\tA clear plan.',
  );
  for (const id of ['artifact-1', 'artifact-2']) {
    const { words, minPoints, media } = section(draft, id) ?? {};
    assert.deepEqual({ words, minPoints, media }, { words: undefined, minPoints: undefined, media: undefined }, id);
    assert.deepEqual(
      section(draft, id)?.criteria?.map((c) => c.level),
      ['Developing', 'Basic', 'Proficient'],
    );
  }
});

test('a limit stated only in the top level, whichever line it comes in, is the section rule', () => {
  const draft = credential(
    ...ARTIFACTS,
    'Part 1. Scoring guide',
    'Artifact 2: Plan',
    'Developing: The plan is missing, or runs past 600 words.',
    'Basic: The plan names two key points.',
    'Proficient: The plan names three key points and is 300 words or fewer.',
  );
  const plan = section(draft, 'artifact-2');
  assert.deepEqual(plan?.words, { max: 300, limit: 'hard' });
  assert.equal(plan?.minPoints, 3);
});

test('rubric levels under no label, or a criterion that only mentions a section, give that section nothing', () => {
  const unlabelled = credential(
    ...ARTIFACTS,
    'Part 1. Scoring guide',
    'Proficient: The plan is 300 words or fewer.',
    'Basic: The plan is long.',
    'Developing: No plan.',
  );
  const criterion = credential(
    ...ARTIFACTS,
    'Part 1. Rubric',
    'Criteria\tProficient\tBasic\tDeveloping',
    'Stakeholders named in the plan\tFive or more, in 300 words or fewer.\tThree or four.\tFewer than 3.',
  );
  for (const [draft, line] of [
    [unlabelled, 10],
    [criterion, 11],
  ] as const) {
    assert.equal(section(draft, 'artifact-2')?.words, undefined);
    assert.equal(section(draft, 'artifact-2')?.criteria, undefined);
    assert.ok(
      draft.uncertain.some((u) => u.line === line && /names no section/.test(u.why)),
      JSON.stringify(draft.uncertain),
    );
  }
});

test("levels under a Part with a single section, or none, are that section's", () => {
  const draft = credential(
    'Part 1. Reflection',
    'Reflect on your plan.',
    'Part 1. Scoring guide',
    'Proficient: The reflection is 400 words or fewer.',
    'Basic: The reflection is vague.',
    'Developing: No reflection.',
  );
  assert.deepEqual(draft.rubric.sections[0].words, { max: 400, limit: 'hard' });
  assert.equal(draft.rubric.sections[0].criteria?.length, 3);
});

test('a table whose columns are lined up with spaces (a plain-text e-mail, a PDF copied with its layout)', () => {
  const draft = credential(
    ...ARTIFACTS,
    'Part 1. Rubric',
    '                Proficient                       Basic                   Developing',
    'Artifact 1      Five or more stakeholders.       Three or four.          Fewer than three.',
    'Artifact 2      A plan with dates and owners.    A plan without dates.   No plan.',
  );
  assert.deepEqual(
    section(draft, 'artifact-1')?.criteria?.map((c) => [c.level, c.text]),
    [
      ['Proficient', 'Five or more stakeholders.'],
      ['Basic', 'Three or four.'],
      ['Developing', 'Fewer than three.'],
    ],
  );
  assert.deepEqual(
    section(draft, 'artifact-2')?.criteria?.map((c) => c.level),
    ['Proficient', 'Basic', 'Developing'],
  );
});

test('a heading spaced out the same way stays a heading, with its limit', () => {
  const draft = credential('Part 1.   Overview Questions   (no more than 300 words)', '1. Who are your students?');
  assert.deepEqual(section(draft, 'part-1')?.words, { max: 300, limit: 'hard' });
});

test('a learning platform rubric (Criteria, Ratings, Pts; "2 pts" over each level) has its levels', () => {
  const draft = credential(
    ...ARTIFACTS,
    'Criteria\tRatings\tPts',
    'Artifact 1: Stakeholder Map\t2 pts\t1 pts\t0 pts\t2 pts',
    '\tProficient\tBasic\tDeveloping\t',
    '\tFive or more people,\tThree or four people.\tNo map.\t',
    '\teach with a role.\t\t\t',
    'Artifact 2: Plan\t2 pts\t1 pts\t0 pts\t2 pts',
    '\tProficient\tBasic\tDeveloping\t',
    '\tThree steps.\tTwo steps.\tNo plan.\t',
  );
  for (const id of ['artifact-1', 'artifact-2'])
    assert.deepEqual(
      section(draft, id)?.criteria?.map((c) => c.level),
      ['Proficient', 'Basic', 'Developing'],
    );
  assert.deepEqual(
    section(draft, 'artifact-1')?.criteria?.map((c) => c.text),
    ['Five or more people, each with a role.', 'Three or four people.', 'No map.'],
  );
});
