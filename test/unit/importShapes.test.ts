/**
 * Requirement texts in shapes issuers use beside the common ones: levels given with their scores,
 * headings numbered as an outline, limits on a labelled line, counts written with their digits, a web
 * page's closing furniture. Each is read as its rule, or marked `# check:` where no rule holds it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  pdfPagesToText,
  type PdfTextRun,
  readRequirements,
  type RubricDraft,
} from '../../server/src/core/intake/requirements';
import { flattenSections, type RubricSection } from '../../server/src/core/rubric';

const HEAD = ['Exit Tickets', 'Issued by Digital Promise', 'Submission Requirements'];

function draftOf(...lines: string[]): RubricDraft {
  const draft = readRequirements([...HEAD, ...lines].join('\n'));
  assert.ok(draft, 'the text has a section');
  return draft;
}
const sectionOf = (line: string): RubricSection => draftOf('Part 1. Plan', line).rubric.sections[0];
const sections = (draft: RubricDraft) => flattenSections(draft.rubric).map(({ section }) => section);
const checksOn = (draft: RubricDraft, line: number) => draft.uncertain.filter((u) => u.line === line);

const WORDINGS: [string, (section: RubricSection) => unknown, unknown][] = [
  ['Upload at least one (1) photo of your classroom.', (s) => s.media, { photos: {}, required: true }],
  ['Include a list of 5+ strategies you used.', (s) => s.items, { min: 5, noun: 'strategy' }],
  ['Submit a list of at least three (3) routines.', (s) => s.items, { min: 3, noun: 'routine' }],
  ['Provide evidence from at least three students.', (s) => s.items, undefined],
  ['Submit one (1) photo of the anchor chart.', (s) => s.media, { photos: { max: 1 }, required: true }],
  ['Upload 3 photos of the anchor chart.', (s) => s.media, { photos: { max: 3 }, required: true }],
  ['Length: about 2 pages (approximately 500 words)', (s) => s.words, { max: 500, limit: 'guide' }],
];

for (const [line, read, want] of WORDINGS)
  test(`"${line}" is read as its rule`, () => {
    assert.deepEqual(read(sectionOf(line)), want);
  });

test('"at least one photo" is what a required photo is: no count left to check', () => {
  const draft = draftOf('Part 1. Plan', 'Upload at least one photo of your classroom.');
  assert.deepEqual(checksOn(draft, 5), []);
});

test('evidence "from at least three students" and "two (2) lesson plans" are counts marked, not rules', () => {
  const draft = draftOf(
    'Part 1. Plan',
    'Provide evidence from at least three students.',
    'Submit two (2) lesson plans.',
  );
  assert.equal(draft.rubric.sections[0].items, undefined);
  for (const line of [5, 6])
    assert.ok(
      checksOn(draft, line).some((u) => u.reason.key === 'import.check.unplacedCount'),
      `line ${line}`,
    );
});

test('"Length:" and "Word count:" lines give their section a limit, never a section of their own', () => {
  const draft = draftOf(
    'Part 1. Plan',
    'Lesson Plan:',
    'Length: about 2 pages (approximately 500 words)',
    'Word count: 300 max',
  );
  assert.deepEqual(
    sections(draft).map((s) => s.id),
    ['part-1', 'lesson-plan'],
  );
  assert.deepEqual(sections(draft)[1].words, { max: 500, limit: 'guide' });
});

test('a limit for several Parts at once is marked to check, in a Part or before the first', () => {
  for (const at of ['before', 'inside']) {
    const shared = 'Your answers to Parts 1 and 3 may total no more than 750 words.';
    const draft = draftOf(...(at === 'before' ? [shared, 'Part 1. Plan'] : ['Part 1. Plan', shared]), 'Part 3. Notes');
    assert.equal(draft.rubric.sections[0].words, undefined, at);
    const line = at === 'before' ? 4 : 5;
    assert.ok(
      checksOn(draft, line).some((u) => u.reason.key === 'import.check.limitForSeveralParts'),
      `${at}: ${JSON.stringify(draft.uncertain)}`,
    );
  }
});

test('a table whose levels are scores, from the lowest up, takes its rules from the highest score', () => {
  const draft = draftOf(
    'Part 1. Plan',
    'Write your plan.',
    'Part 1. Rubric',
    'Part\t1\t2\t3\t4',
    'Part 1. Plan\tFewer than 100 words.\tA plan with one key point.\tA plan.\tA plan of no more than 300 words.',
  );
  const plan = draft.rubric.sections[0];
  assert.deepEqual(plan.words, { max: 300, limit: 'hard' });
  assert.equal(plan.minPoints, undefined);
  assert.deepEqual(
    plan.criteria?.map((c) => c.level),
    ['1', '2', '3', '4'],
  );
});

test('levels named with their scores ("4 – Exemplary", "Exemplary (4 points):") are named without them', () => {
  const table = draftOf(
    'Part 1. Plan',
    'Part 1. Rubric',
    'Part\t1 – Beginning\t2 – Developing\t3 – Proficient\t4 – Exemplary',
    'Part 1. Plan\tNo plan.\tA plan.\tA plan with three key points.\tA plan with four key points.',
  );
  assert.deepEqual(
    table.rubric.sections[0].criteria?.map((c) => c.level),
    ['Beginning', 'Developing', 'Proficient', 'Exemplary'],
  );
  assert.equal(table.rubric.sections[0].minPoints, 4);
  const paragraphs = draftOf(
    'Part 1. Plan',
    'Part 1. Scoring Guide',
    'Exemplary (4 points): The plan names two changes.',
    'Proficient (3 points): The plan names one change.',
    '1 – Beginning: No plan.',
  );
  assert.deepEqual(
    paragraphs.rubric.sections[0].criteria?.map((c) => c.level),
    ['Exemplary', 'Proficient', 'Beginning'],
  );
});

test('headings numbered "2.0" are Parts and "2.1" their sections, ids without the number', () => {
  const draft = draftOf(
    '1.0 Overview [300 words max]:',
    'Describe your class.',
    '2.0 Evidence',
    '2.1 Lesson Plan:',
    'Submit your plan.',
    '2.2 Student Work',
    'Upload no more than 5 photos of student work.',
    '2.5 hours of planning are enough.',
  );
  const all = sections(draft);
  assert.deepEqual(
    all.map((s) => [s.id, s.title]),
    [
      ['part-1', '1.0 Overview'],
      ['part-2', '2.0 Evidence'],
      ['lesson-plan', '2.1 Lesson Plan'],
      ['student-work', '2.2 Student Work'],
    ],
  );
  assert.deepEqual(all[0].words, { max: 300, limit: 'hard' });
  assert.ok(all[2].aliases?.includes('Lesson Plan'));
});

test("a web page's related credentials and feedback prompt end the requirements; a cookie banner is no title", () => {
  const draft = readRequirements(
    [
      'We use cookies to improve your experience. Accept all cookies',
      'Exit Tickets',
      'Issued by Digital Promise',
      'Submission Requirements',
      'Part 1. Plan (no more than 300 words)',
      'Write your plan.',
      'Related micro-credentials',
      'Questioning Strategies',
      'Part 2. Evidence (no more than 200 words)',
      'Part 1 (400-500 words)',
    ].join('\n'),
  );
  assert.ok(draft);
  assert.equal(draft.rubric.title, 'Exit Tickets');
  assert.deepEqual(
    sections(draft).map((s) => [s.id, s.words]),
    [['part-1', { max: 300, limit: 'hard' }]],
  );
});

const run = (text: string, x: number, y: number): PdfTextRun => ({ text, x, y, width: text.length * 4 });

test("a PDF table row wrapped in some columns only keeps the table's columns, and its last cell's words", () => {
  const text = pdfPagesToText([
    [
      run('Part 1. Rubric', 72, 700),
      run('Part', 78, 680),
      run('Developing', 200, 680),
      run('Basic', 320, 680),
      run('Proficient', 440, 680),
      run('Part 1. Plan', 78, 660),
      run('No plan, or', 200, 660),
      run('A plan with', 320, 660),
      run('A plan with', 440, 660),
      run('one of', 200, 648),
      run('no key', 320, 648),
      run('three key', 440, 648),
      run('points.', 440, 636),
    ],
  ]);
  assert.deepEqual(text.split('\n').slice(1), [
    'Part\tDeveloping\tBasic\tProficient',
    'Part 1. Plan\tNo plan, or\tA plan with\tA plan with',
    '\tone of\tno key\tthree key',
    '\t\t\tpoints.',
  ]);
  const draft = draftOf('Part 1. Plan', 'Write your plan.', ...text.split('\n'));
  assert.equal(draft.rubric.sections[0].minPoints, 3);
  assert.deepEqual(
    draft.rubric.sections[0].criteria?.map((c) => c.text),
    ['No plan, or one of', 'A plan with no key', 'A plan with three key points.'],
  );
});

test('"a three to five (3-5) minute video" is a range, its digits a repetition', () => {
  assert.deepEqual(sectionOf('Upload a three to five (3-5) minute video of the lesson.').media, {
    recordings: { minSeconds: 180, maxSeconds: 300 },
    required: true,
  });
});

test("an artifact's checklist (Yes / No columns, boxes to tick) is that artifact's rules, no section", () => {
  const draft = draftOf(
    'Part 2. Evidence',
    'Artifact 1: Lesson Plan',
    'Submit your lesson plan.',
    'Artifact 2: Video',
    'Upload a video of no more than 5 minutes.',
    'Artifact 1 Checklist',
    'Criteria\tYes\tNo',
    'The plan names at least three strategies.\t☐\t☐',
    'The plan is no more than 400 words.\t☐\t☐',
  );
  assert.deepEqual(
    sections(draft).map((s) => s.id),
    ['part-2', 'artifact-1', 'artifact-2'],
  );
  const plan = sections(draft)[1];
  assert.deepEqual(
    [plan.words, plan.items],
    [
      { max: 400, limit: 'hard' },
      { min: 3, noun: 'strategy' },
    ],
  );
  assert.equal(plan.criteria, undefined);
  assert.deepEqual(
    draft.uncertain.filter((u) => u.reason.key === 'import.check.strayRow'),
    [],
  );
});

test('"Artifact 2 Rubric" with each level on a line of its own, its criterion below, scores the artifact', () => {
  const draft = draftOf(
    'Part 2. Evidence',
    'Artifact 1: Lesson Plan',
    'Submit your lesson plan.',
    'Artifact 2: Student Work',
    'Submit student work.',
    'Artifact 2 Rubric',
    'Exemplary (4)',
    'The work shows three key points.',
    'Proficient (3)',
    'The work shows one point.',
  );
  const work = sections(draft)[2];
  assert.equal(work.id, 'artifact-2');
  assert.deepEqual(
    work.criteria?.map((c) => [c.level, c.text]),
    [
      ['Exemplary', 'The work shows three key points.'],
      ['Proficient', 'The work shows one point.'],
    ],
  );
  assert.equal(work.minPoints, 3);
  assert.equal(sections(draft)[1].criteria, undefined);
});

test('levels named "Level 1" … "Level 4" or "1 point" … "4 points" rank by their number', () => {
  for (const levels of [
    ['Level 1', 'Level 2', 'Level 3', 'Level 4'],
    ['1 point', '2 points', '3 points', '4 points'],
  ]) {
    const draft = draftOf(
      'Part 1. Plan',
      'Write your plan.',
      'Part 1. Rubric',
      `Part\t${levels.join('\t')}`,
      'Part 1. Plan\tFewer than 100 words.\tA plan.\tA plan.\tA plan of no more than 300 words.',
    );
    const plan = draft.rubric.sections[0];
    assert.deepEqual(plan.words, { max: 300, limit: 'hard' }, levels[0]);
    assert.deepEqual(
      plan.criteria?.map((c) => c.level),
      levels,
    );
  }
});

test('a limit after a dash ends a heading ("Lesson Plan — 500 word limit"); "Suggested length: 300 words"', () => {
  const draft = draftOf('Part 2 – Evidence', 'Section 2: Lesson Plan — 500 word limit', 'Submit your plan.');
  assert.deepEqual(
    sections(draft).map((s) => [s.title, s.words]),
    [
      ['Part 2 – Evidence', undefined],
      ['Section 2: Lesson Plan', { max: 500, limit: 'hard' }],
    ],
  );
  assert.deepEqual(sectionOf('(Suggested length: 300 words)').words, { max: 300, limit: 'guide' });
});

test('"Evidence Requirements" begins the requirements as "Submission Requirements" does: the method stays out', () => {
  const draft = readRequirements(
    [
      'Family Surveys',
      'Issued by BloomBoard',
      'Key Method',
      'Step 1: Survey Design',
      'Educators survey at least 10 families.',
      'Evidence Requirements',
      'Evidence 1: Planning Document',
      'Submit a plan that lists at least four goals.',
    ].join('\n'),
  );
  assert.ok(draft);
  assert.deepEqual(
    sections(draft).map((s) => [s.id, s.items]),
    [['evidence-1', { min: 4, noun: 'goal' }]],
  );
});

test("the competency a printed page wrapped is the rubric's whole description", () => {
  const draft = readRequirements(
    [
      'Exit Tickets',
      'Issued by Digital Promise',
      'Competency',
      'The educator uses exit tickets to check what',
      'each student understood before the next lesson.',
      'Submission Requirements',
      'Part 1. Plan',
    ].join('\n'),
  );
  assert.equal(
    draft?.rubric.description,
    'The educator uses exit tickets to check what each student understood before the next lesson.',
  );
});

test('"Exemplary – 4 points: …" is a level and its criterion; the score is no number of points asked', () => {
  const draft = draftOf(
    'Part 1. Plan',
    'Write your plan.',
    'Part 1. Scoring Guide',
    'Exemplary – 4 points: The plan names two changes.',
    'Proficient – 3 points: The plan names one change.',
  );
  const plan = draft.rubric.sections[0];
  assert.deepEqual(
    plan.criteria?.map((c) => [c.level, c.text]),
    [
      ['Exemplary', 'The plan names two changes.'],
      ['Proficient', 'The plan names one change.'],
    ],
  );
  assert.equal(plan.minPoints, undefined);
});

test('"Combined word count for Part 1 and Part 3: 750" is a limit for two Parts: marked, not dropped', () => {
  const draft = draftOf('Part 1. Plan', 'Combined word count for Part 1 and Part 3: 750');
  assert.equal(draft.rubric.sections[0].words, undefined);
  assert.ok(checksOn(draft, 5).some((u) => u.reason.key === 'import.check.limitForSeveralParts'));
});

test('a rubric table with no header row whose cells name their level ("Proficient: …") has those levels', () => {
  const draft = draftOf(
    'Part 2. Evidence',
    'Artifact 1: Library Audit',
    'Submit your audit of at least 50 books.',
    'Part 2. Rubric',
    'Artifact 1\tProficient: Audit covers 50 or more books.\tBasic: Fewer than 50 books.\tDeveloping: No audit.',
  );
  const audit = sections(draft).find((section) => section.id === 'artifact-1');
  assert.deepEqual(audit?.criteria, [
    { level: 'Proficient', text: 'Audit covers 50 or more books.' },
    { level: 'Basic', text: 'Fewer than 50 books.' },
    { level: 'Developing', text: 'No audit.' },
  ]);
});

test('"To earn this micro-credential, all evidence must be …" after the last section is what it takes to pass', () => {
  const draft = draftOf(
    'Evidence 1: Circle Plan',
    'Write a plan of no more than 300 words.',
    'To earn this micro-credential, all evidence must be rated Demonstrated.',
  );
  assert.equal(draft.rubric.passing, 'To earn this micro-credential, all evidence must be rated Demonstrated.');
  assert.doesNotMatch(sections(draft)[0].prompt ?? '', /To earn/);
});

test('a platform named on a line of its own under the title is the issuer', () => {
  for (const platform of ['BloomBoard', 'Digital Promise', 'National Education Association']) {
    const text = ['Restorative Circles', platform, 'Requirements', 'Evidence 1: Circle Plan', 'Write a plan.'];
    const draft = readRequirements(text.join('\n'));
    assert.equal(draft?.rubric.source, platform);
    assert.equal(draft?.rubric.title, 'Restorative Circles');
    assert.ok(!draft?.uncertain.some((u) => u.reason.key === 'import.check.noIssuer'), platform);
  }
});
