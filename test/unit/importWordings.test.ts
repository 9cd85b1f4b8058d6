/**
 * English requirement texts: the wordings issuers use for a rule beside the common ones, each read
 * as its rule inside a small credential of its own, or left as a `# check:` note when no rule holds it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher } from '../../server/src/core/check';
import { readRequirements, type RubricDraft } from '../../server/src/core/intake/requirements';
import type { RubricSection } from '../../server/src/core/rubric';

/** A one-section credential whose section says `line`. */
function draftOf(...lines: string[]): RubricDraft {
  const text = ['A test credential', 'Issued by Digital Promise', 'Submission Requirements', 'Part 1. Plan', ...lines];
  const draft = readRequirements(text.join('\n'));
  assert.ok(draft, 'the text has a section');
  return draft;
}
const sectionOf = (line: string): RubricSection => draftOf(line).rubric.sections[0];

const WORDINGS: [string, (section: RubricSection) => unknown, unknown][] = [
  ['Limit: 250 words', (s) => s.words, { max: 250, limit: 'hard' }],
  ['Word limit: 400', (s) => s.words, { max: 400, limit: 'hard' }],
  ['Word count: 300-500', (s) => s.words, { min: 300, max: 500, limit: 'hard' }],
  ['Suggested word range: 200 to 300', (s) => s.words, { min: 200, max: 300, limit: 'guide' }],
  ['Response length: 300-500 words', (s) => s.words, { min: 300, max: 500, limit: 'hard' }],
  ['Write approximately 300 words.', (s) => s.words, { max: 300, limit: 'guide' }],
  ['Minimum 200 words', (s) => s.words, { min: 200, limit: 'hard' }],
  ['Maximum word count: 500', (s) => s.words, { max: 500, limit: 'hard' }],
  ['Keep your response under 300 words.', (s) => s.words, { max: 300, limit: 'hard' }],
  ['(300 words, suggested)', (s) => s.words, { max: 300, limit: 'guide' }],
  ['Write no more than 300 words about your guided reading group.', (s) => s.words, { max: 300, limit: 'hard' }],
  ['Your video should be 5 minutes or less.', (s) => s.media, { recordings: { maxSeconds: 300 }, required: true }],
  ['Videos must not be longer than 8 minutes.', (s) => s.media, { recordings: { maxSeconds: 480 }, required: true }],
  [
    'Include 3-5 photos of the anchor chart, each with a caption.',
    (s) => s.media,
    { photos: { max: 5, captions: true }, required: true },
  ],
  [
    'Include at least three photos of the room.',
    (s) => [s.media, s.items],
    [{ photos: {}, required: true }, undefined],
  ],
  ['A plan listing at least six questions you will ask.', (s) => s.items, { min: 6, noun: 'question' }],
  ['Upload a video no longer than 5 minutes.', (s) => s.media, { recordings: { maxSeconds: 300 }, required: true }],
  ['A lesson plan of no more than two pages.', (s) => s.words, undefined],
  ['(max. 300 words)', (s) => s.words, { max: 300, limit: 'hard' }],
  ['250 word max', (s) => s.words, { max: 250, limit: 'hard' }],
  ['Suggested length: 200-300 words', (s) => s.words, { min: 200, max: 300, limit: 'guide' }],
  ['150+ words', (s) => s.words, { min: 150, limit: 'hard' }],
  ['Word count: 300 max', (s) => s.words, { max: 300, limit: 'hard' }],
  ['Word Limit - 300', (s) => s.words, { max: 300, limit: 'hard' }],
  ['Limit 300 words', (s) => s.words, { max: 300, limit: 'hard' }],
  ['Maximum 1,000 characters', (s) => s.words, undefined],
  ['(~300 words)', (s) => s.words, { max: 300, limit: 'guide' }],
  ['Aim for 300 words.', (s) => s.words, { max: 300, limit: 'guide' }],
  ['Target length: 400 words', (s) => s.words, { max: 400, limit: 'guide' }],
  ['Name the learning target in no more than 50 words.', (s) => s.words, { max: 50, limit: 'hard' }],
  ['Limit responses to 400 words total.', (s) => s.words, { max: 400, limit: 'hard' }],
  ['Respond in 400 words or under.', (s) => s.words, { max: 400, limit: 'hard' }],
  ['Record a video (5 min. max)', (s) => s.media, { recordings: { maxSeconds: 300 }, required: true }],
  [
    'Video clips totaling no more than 12 minutes.',
    (s) => s.media,
    { recordings: { totalMaxSeconds: 720 }, required: true },
  ],
  [
    'A recording (audio or video) no longer than 4 minutes, or a 500-word written reflection.',
    (s) => [s.words, s.media],
    [{ max: 500, limit: 'hard' }, { recordings: { maxSeconds: 240, replacesWords: true } }],
  ],
  [
    'A 3-5 minute audio or video recording and a 300-word summary.',
    (s) => s.media,
    { recordings: { minSeconds: 180, maxSeconds: 300 }, required: true },
  ],
  ['Photos (maximum 10)', (s) => s.media, { photos: { max: 10 }, required: true }],
  ['Answer in 300 words total.', (s) => s.words, { max: 300, limit: 'hard' }],
];

for (const [line, read, want] of WORDINGS)
  test(`"${line}" is read as its rule`, () => {
    assert.deepEqual(read(sectionOf(line)), want);
  });

test('a photo count with no rule to hold its minimum is marked for the writer, with its line', () => {
  for (const line of ['Include 3-5 photos of the anchor chart.', 'Include at least three photos of the room.']) {
    const draft = draftOf(line);
    const doubt = draft.uncertain.find((u) => u.path.join('.') === 'sections.0.media.photos');
    assert.ok(doubt, `${line}: ${JSON.stringify(draft.uncertain)}`);
    assert.equal(doubt.line, 5);
    assert.match(doubt.why, /at least 3 photos/);
  }
});

test('"Word limit: 300-500" is a range, not a limit of 300', () => {
  assert.deepEqual(sectionOf('Word limit: 300-500').words, { min: 300, max: 500, limit: 'hard' });
});

test('artifacts asked for as list items are named by their noun phrase, no article, and its short forms', () => {
  const text = [
    'A test credential',
    'Issued by BloomBoard',
    'Submission Requirements',
    'Part 2. Artifacts',
    'Please submit:',
    '• A lesson plan that shows the questions you will ask.',
    '• Written or video feedback you gave to two students.',
  ];
  const draft = readRequirements(text.join('\n'));
  assert.ok(draft);
  const [plan, feedback] = draft.rubric.sections[0].sections ?? [];
  assert.deepEqual([plan.id, plan.title], ['lesson-plan', 'Lesson plan']);
  assert.deepEqual([feedback.id, feedback.title], ['written-or-video-feedback', 'Written or video feedback']);
  const match = createMatcher(draft.rubric);
  for (const heading of ['Feedback', 'Video or written feedback', 'Lesson Plan'])
    assert.ok(match(heading), `a heading "${heading}" finds its section`);
  assert.deepEqual(
    draft.uncertain.filter((u) => u.path.at(-1) === 'title').map((u) => u.line),
    [6, 7],
    'both titles are marked for the writer to confirm',
  );
});

test('"a 10-minute video" is no rule (a maximum or an exact length?): it is marked for the writer', () => {
  const draft = draftOf('Record a 10-minute video of the lesson.');
  assert.equal(draft.rubric.sections[0].media, undefined);
  assert.ok(
    draft.uncertain.some((u) => u.line === 5 && u.why.includes('"10-minute"')),
    JSON.stringify(draft.uncertain),
  );
});

test('"at least 250 words" is a word limit, not a count of listed items left unplaced', () => {
  const draft = draftOf('Please write at least 250 words about the lesson.');
  assert.deepEqual(draft.rubric.sections[0].words, { min: 250, limit: 'hard' });
  assert.deepEqual(draft.uncertain, []);
});

/** A credential of the given lines after its title, issuer and "Submission Requirements". */
function credential(...lines: string[]): RubricDraft {
  const draft = readRequirements(
    ['A test credential', 'Issued by NEA', 'Submission Requirements', ...lines].join('\n'),
  );
  assert.ok(draft);
  return draft;
}

test('a heading in sentence case that ends in its limit is a section; an instruction ending in one is not', () => {
  const draft = credential(
    'Part 1. Overview questions',
    'Context and goals (200-300 words)',
    '- Describe your class.',
    'Lesson reflection (no more than 400 words)',
    '- What happened?',
    'Part 2. Artifacts',
    'Upload a video of the lesson (3-5 minutes)',
  );
  const [part1, part2] = draft.rubric.sections;
  assert.deepEqual(
    part1.sections?.map((s) => [s.title, s.words]),
    [
      ['Context and goals', { min: 200, max: 300, limit: 'hard' }],
      ['Lesson reflection', { max: 400, limit: 'hard' }],
    ],
  );
  assert.equal(part2.sections, undefined);
  assert.deepEqual(part2.media?.recordings, { minSeconds: 180, maxSeconds: 300 });
});

test('the levels Exceeds / Meets / Does Not Meet, as labelled lines under an artifact', () => {
  const draft = credential(
    'Artifact 1: Conference Log',
    'Submit a conference log with at least 10 entries.',
    'Exceeds: The log has 12 or more entries with next steps.',
    'Meets: The log has 10 entries with next steps.',
    'Does Not Meet: The log has fewer than 10 entries.',
  );
  const [log] = draft.rubric.sections;
  assert.deepEqual(
    log.criteria?.map((c) => c.level),
    ['Exceeds', 'Meets', 'Does Not Meet'],
  );
  assert.deepEqual(log.items, { min: 10, noun: 'entry' });
  assert.deepEqual(draft.uncertain, []);
});

test('a limit on each answer ("200 words per question") is no limit on the section: it is marked, not checked', () => {
  for (const line of [
    'Please answer each question in 200 words or less.',
    '200-word limit per question',
    'Limit each response to 200 words.',
    '(100 words each)',
    '150 words per response',
  ]) {
    const draft = draftOf(line);
    assert.equal(draft.rubric.sections[0].words, undefined, line);
    assert.ok(
      draft.uncertain.some((u) => u.line === 5 && /each answer/.test(u.why)),
      JSON.stringify(draft.uncertain),
    );
  }
});

test('what it takes to pass a section, however the issuer labels it', () => {
  for (const label of ['Passing', 'Passing criteria', 'Passing Score', 'Passing requirement', 'To pass'])
    assert.equal(
      sectionOf(`${label}: The plan names three examples.`).passing,
      'The plan names three examples.',
      label,
    );
});

test('"(200 words minimum)" and "200 words or more" are the fewest words, not the most', () => {
  for (const line of ['(200 words minimum)', 'Write 200 words or more.'])
    assert.deepEqual(sectionOf(line).words, { min: 200, limit: 'hard' }, line);
});

test('"Provide three samples of student work" is a count with no least or most: marked, not a rule', () => {
  const draft = draftOf('Provide three samples of student work from the unit.');
  assert.equal(draft.rubric.sections[0].items, undefined);
  assert.ok(
    draft.uncertain.some((u) => u.line === 5 && /count the reader could not place/.test(u.why)),
    JSON.stringify(draft.uncertain),
  );
  for (const line of ['Upload the plan from Part 2 for grades 3 and 4.', 'Submit two videos of the lesson.'])
    assert.deepEqual(
      draftOf(line).uncertain.filter((u) => u.reason.key === 'import.check.unplacedCount'),
      [],
      line,
    );
});

test('of two recording lengths on a line, or on two clashing lines, the first is the rule, the second marked', () => {
  const draft = draftOf(
    'Submit two videos: a 3-5 minute video of the lesson and a 1-2 minute video of you reviewing the results.',
    'Record a second reflection of no more than 2 minutes.',
  );
  assert.deepEqual(draft.rubric.sections[0].media?.recordings, { minSeconds: 180, maxSeconds: 300 });
  const marked = draft.uncertain.map((u) => [u.line, u.reason.key, Object.values(u.reason.params ?? {})[0]]);
  assert.deepEqual(marked, [
    [5, 'import.check.secondLength', '1-2 minute'],
    [5, 'import.check.recordingCount', 'two videos'],
    [6, 'import.check.secondLength', '2 minutes'],
  ]);
});

test('one length written in two units, a total beside a range, and a restated length raise no doubt', () => {
  for (const lines of [
    ['Record a video of no more than 2 minutes and 30 seconds.'],
    ['Each video is 2-4 minutes.', 'Maximum total length of the recordings: 10 minutes.'],
    ['Record a 3-5 minute video.', 'The video is 3-5 minutes long.'],
  ])
    assert.deepEqual(draftOf(...lines).uncertain, [], lines.join(' / '));
});
