/**
 * Requirement wordings issuers use that read as the wrong rule: "about" that only names a topic, a rubric
 * given as one line per evidence with every level on it, a heading a paste wrapped before its number,
 * photos asked for without a count.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRequirements, type RubricDraft } from '../../server/src/core/intake/requirements';

const HEAD = ['Exit Tickets', 'Issued by BloomBoard', 'Submission Requirements'];

function draftOf(...lines: string[]): RubricDraft {
  const draft = readRequirements([...HEAD, ...lines].join('\n'));
  assert.ok(draft, 'the text has a section');
  return draft;
}
const first = (...lines: string[]) => draftOf('Part 1: Overview', ...lines).rubric.sections[0];

test('"write about your plan in no more than 300 words" is a hard limit; "about 300 words" is a guide', () => {
  for (const line of [
    'Write about your plan in no more than 300 words.',
    'Write about one lesson in no more than 300 words.',
    'Tell us about understanding your students, in no more than 300 words.',
  ])
    assert.deepEqual(first(line).words, { max: 300, limit: 'hard' }, line);
  for (const line of ['Write about 300 words on your plan.', 'Write approximately 300 words about your plan.'])
    assert.deepEqual(first(line).words, { max: 300, limit: 'guide' }, line);
  assert.deepEqual(first('Write around 250-300 words.').words, { min: 250, max: 300, limit: 'guide' });
});

test('a rubric given as one line per evidence, both levels on it, gives each evidence its criteria', () => {
  for (const separator of [' ', '\t', ' | ']) {
    const draft = draftOf(
      'Evidence 1: Lesson Plan',
      'Submit a lesson plan that uses an exit ticket.',
      'Evidence 2: Student Work',
      'Submit three exit tickets your students completed.',
      'Rubric',
      `Evidence 1: Meets Expectations: The plan names the ticket's question.${separator}` +
        'Does Not Meet Expectations: The plan has no question.',
      `Evidence 2:${separator}Meets Expectations: Each ticket shows feedback.${separator}` +
        'Does Not Meet Expectations: No feedback is shown.',
    );
    const [plan, work] = draft.rubric.sections;
    assert.deepEqual(
      [plan.criteria, work.criteria],
      [
        [
          { level: 'Meets Expectations', text: "The plan names the ticket's question." },
          { level: 'Does Not Meet Expectations', text: 'The plan has no question.' },
        ],
        [
          { level: 'Meets Expectations', text: 'Each ticket shows feedback.' },
          { level: 'Does Not Meet Expectations', text: 'No feedback is shown.' },
        ],
      ],
      JSON.stringify(separator),
    );
  }
});

test('both levels on one line under a section give the section two criteria', () => {
  const draft = draftOf(
    'Evidence 1: Lesson Plan',
    'Submit a lesson plan.',
    'Proficient: The plan names the question. Developing: The plan has no question.',
  );
  assert.deepEqual(draft.rubric.sections[0].criteria, [
    { level: 'Proficient', text: 'The plan names the question.' },
    { level: 'Developing', text: 'The plan has no question.' },
  ]);
});

test('a heading a paste wrapped before its number ("Key Method" / "2: …") keeps its whole title', () => {
  const draft = draftOf(
    'Evidence 1: Lesson Plan for Key Method',
    '2: Hinge Questions',
    'Submit your plan.',
    'Evidence 2: Video',
    'Upload a video of no more than 5 minutes.',
  );
  assert.deepEqual(
    draft.rubric.sections.map((s) => s.title),
    ['Evidence 1: Lesson Plan for Key Method 2: Hinge Questions', 'Evidence 2: Video'],
  );
  assert.equal(draft.rubric.sections[0].prompt, 'Submit your plan.');
});

test('"Upload photos of …" and "Include photographs of …" ask for photos, with no count', () => {
  for (const line of [
    'Upload photos of your exit tickets.',
    'Include photographs of the anchor chart students used.',
    "Please upload pictures of three students' tickets.",
    'Submit a photo of your board.',
  ])
    assert.deepEqual(first(line).media, { photos: {}, required: true }, line);
  for (const line of [
    'Photos must not show students’ faces.',
    'You may include photos of the lesson if you wish.',
    'Do not upload photos of students.',
  ])
    assert.equal(first(line).media, undefined, line);
});
