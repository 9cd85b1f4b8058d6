/**
 * Requirement texts in shapes beside the ones issuers most use: divisions named "Section II" or "Part B",
 * a rubric table for evidence asked for as a list, lines an e-mail wrapped, counts given as a range.
 * Each is read as its rule, or marked `# check:` where no rule holds it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRequirements, type RubricDraft } from '../../server/src/core/intake/requirements';
import { flattenSections } from '../../server/src/core/rubric';

const HEAD = ['Talk Moves', 'Issued by Digital Promise', 'Submission Requirements'];

function draftOf(...lines: string[]): RubricDraft {
  const draft = readRequirements([...HEAD, ...lines].join('\n'));
  assert.ok(draft, 'the text has a section');
  return draft;
}
const outline = (draft: RubricDraft) =>
  flattenSections(draft.rubric).map(
    ({ section }) => `${section.id}${section.sections ? ` (${section.sections.length})` : ''}`,
  );

test('"Section I / II / III" are Parts with their sections inside, and "Section II Rubric" scores them', () => {
  const draft = draftOf(
    'Section I: Context (300-word maximum)',
    'Describe your class.',
    'Section II: Evidence',
    'Lesson Plan:',
    'Submit your plan.',
    'Lesson Video:',
    'Upload a video of no more than 5 minutes.',
    'Section II Rubric',
    'Evidence\tMeets\tNot Yet',
    'Lesson Plan\tThe plan names the talk moves.\tNo plan.',
    'Lesson Video\tStudents use the talk moves.\tNo video.',
    'Section III: Reflection',
    'Write no more than 400 words.',
  );
  assert.deepEqual(outline(draft), ['section-1', 'section-2 (2)', 'lesson-plan', 'lesson-video', 'section-3']);
  const [plan, video] = draft.rubric.sections[1].sections ?? [];
  assert.deepEqual(
    [plan.criteria?.map((c) => c.level), video.criteria?.map((c) => c.level)],
    [
      ['Meets', 'Not Yet'],
      ['Meets', 'Not Yet'],
    ],
  );
  assert.equal(draft.rubric.sections[0].title, 'Section I: Context');
  assert.deepEqual(draft.rubric.sections[2].words, { max: 400, limit: 'hard' });
});

test('"Section A", "Section 2" stay sections inside their Part; a "Part" lettered in lowercase heads nothing', () => {
  const draft = draftOf(
    'Part 1: Evidence',
    'Section A: Plan',
    'Submit your plan.',
    'Section 2: Video',
    'Upload a video.',
    'Part a of the plan names the talk moves.',
  );
  assert.deepEqual(outline(draft), ['part-1 (2)', 'section-a', 'section-2']);
});

test('Parts lettered "Part A — …", "Part B", with "Part B Rubric" scoring Part B', () => {
  const draft = draftOf(
    '### Part A — Overview',
    'Approximately 300 words.',
    '- Who are your students?',
    '### Part B — Evidence',
    'Artifact 1: Lesson Plan',
    'Submit your plan.',
    '#### Part B Rubric',
    '| Artifact | Proficient | Developing |',
    '|---|---|---|',
    '| Artifact 1: Lesson Plan | The plan names three talk moves. | No plan. |',
    '### Part C — Reflection',
    'Write no more than 400 words.',
  );
  assert.deepEqual(outline(draft), ['part-a', 'part-b (1)', 'artifact-1', 'part-c']);
  assert.equal(draft.rubric.sections[0].title, 'Part A — Overview');
  assert.deepEqual(
    draft.rubric.sections[1].sections?.[0].criteria?.map((c) => c.level),
    ['Proficient', 'Developing'],
  );
  assert.deepEqual(draft.rubric.sections[2].words, { max: 400, limit: 'hard' });
});

test('a rubric table whose rows name evidence asked for as a list gives those sections their levels', () => {
  const draft = draftOf(
    'Part 2: Evidence',
    '1. **Anchor Chart:** A photo of the anchor chart, with a caption.',
    '2. **Lesson Plan:** Your plan for one lesson.',
    'Part 2 Rubric',
    '| Evidence | Proficient | Developing |',
    '|---|---|---|',
    '| Anchor Chart | The chart shows the talk moves. | No chart. |',
    '| Lesson Plan | The plan names the talk moves. | No plan. |',
  );
  const [chart, plan] = draft.rubric.sections[0].sections ?? [];
  assert.deepEqual(
    [chart.id, chart.criteria?.map((c) => c.level), plan.id, plan.criteria?.map((c) => c.level)],
    ['anchor-chart', ['Proficient', 'Developing'], 'lesson-plan', ['Proficient', 'Developing']],
  );
  assert.equal(
    draft.uncertain.some((u) => /names no section/.test(u.why)),
    false,
  );
});

test('a count or a limit an e-mail cut from what it counts goes on to the next line, even one in capitals', () => {
  const draft = draftOf(
    'Part 1: Evidence',
    'Provide a list of at least three',
    'CER paragraphs written by different students.',
    'Part 2: Reflection',
    'Answer in no more than',
    '300 words.',
  );
  assert.deepEqual(draft.rubric.sections[0].items, { min: 3, noun: 'CER paragraph' });
  assert.deepEqual(draft.rubric.sections[1].words, { max: 300, limit: 'hard' });
  assert.deepEqual(draft.uncertain, [], 'nothing left unplaced');
});

test('a count cut before a heading stays where it is: the heading still heads its section', () => {
  const draft = draftOf('Part 1: Evidence', 'Write a plan of up to', 'Part 2: Reflection', 'Reflect on the plan.');
  assert.deepEqual(outline(draft), ['part-1', 'part-2']);
});

test('"with a short note on what each one shows" asks a statement for every item', () => {
  const draft = draftOf('Part 1: Evidence', 'Provide at least four samples, with a short note on what each one shows.');
  assert.deepEqual(draft.rubric.sections[0].statements, { minWords: 6 });
  const plain = draftOf('Part 1: Evidence', 'Provide at least four samples. Add a note about your class.');
  assert.equal(plain.rubric.sections[0].statements, undefined);
});

const evidence = (line: string) => draftOf('Part 1: Evidence', line);

test('a range of listed items ("three to five strategies") asks at least the fewest; the most is marked', () => {
  for (const [line, items] of [
    ['List three to five strategies students used.', { min: 3, noun: 'strategy' }],
    ['Provide 2-3 examples of student talk.', { min: 2, noun: 'example' }],
    ['Identify between two and four community partners.', { min: 2, noun: 'community partner' }],
  ] as const) {
    const draft = evidence(line);
    assert.deepEqual(draft.rubric.sections[0].items, items, line);
    const marked = draft.uncertain.filter((u) => u.line === 5);
    assert.equal(marked.length, 1, line);
    assert.match(
      marked[0].why,
      new RegExp(`at most ${line.includes('four') ? 4 : line.includes('five') ? 5 : 3} is not`),
    );
  }
  for (const line of ['Provide a plan you use 2-3 times a week.', 'Provide work from grades 3-5 students.'])
    assert.equal(evidence(line).rubric.sections[0].items, undefined, line);
});

test('"keep a log of at least six lessons" counts the log\'s entries', () => {
  assert.deepEqual(
    evidence('Keep a log of at least six lessons in which you used a routine.').rubric.sections[0].items,
    {
      min: 6,
      noun: 'lesson',
    },
  );
});

test('"one or more video clips" is what a section holding a clip asks: no count left to check', () => {
  const draft = evidence('Upload one or more video clips of your lesson.');
  assert.deepEqual(draft.uncertain, []);
  const two = evidence('Upload clips of at least two lessons.');
  assert.equal(two.uncertain.length, 1, 'a count above one is still marked');
});

for (const heading of ['What to Submit', 'What You Will Submit', 'Requirements for Earning This Micro-credential'])
  test(`"${heading}" begins the requirements: the title, the issuer and the method stay out`, () => {
    const text = [
      'Morning Meetings',
      'Offered by BloomBoard',
      'Key Method',
      'Meetings run 15-20 minutes with at least 4 components: greeting, sharing, activity and message.',
      heading,
      'Please submit:',
      '- A meeting plan that names at least four components, with a sentence explaining each.',
      '- A video of one meeting (no longer than 15 minutes).',
    ].join('\n');
    const draft = readRequirements(text);
    assert.ok(draft);
    assert.deepEqual(outline(draft), ['meeting-plan', 'video']);
    assert.equal(draft.rubric.title, 'Morning Meetings');
    assert.equal(draft.rubric.source, 'BloomBoard');
  });

test('"Part 1:<tab>Overview", as a word processor sets a numbered heading, heads a Part, not a table row', () => {
  const draft = draftOf(
    'Part 1:\tOverview Questions (300 words)',
    '1. Who are your students?',
    'Part 2:\tEvidence',
    'Artifact 1:\tInquiry Plan',
    'Submit a plan with at least three guiding questions.',
    'Artifact\tProficient\tDeveloping',
    'Artifact 1:\tThe plan names three questions.\tNo plan.',
  );
  assert.deepEqual(outline(draft), ['part-1', 'part-2 (1)', 'artifact-1']);
  assert.equal(draft.rubric.sections[0].title, 'Part 1: Overview Questions');
  assert.deepEqual(draft.rubric.sections[0].words, { max: 300, limit: 'hard' });
  assert.deepEqual(
    draft.rubric.sections[1].sections?.[0].criteria?.map((c) => c.level),
    ['Proficient', 'Developing'],
  );
});

test('Markdown "_emphasis_" is no part of the words: "_at least four_" counts, "_Passing:_" passes', () => {
  const draft = draftOf(
    'Part 1: Evidence',
    'Submit _at least four_ samples of feedback you gave.',
    '_Passing:_ The samples show feedback students acted on.',
  );
  assert.deepEqual(draft.rubric.sections[0].items, { min: 4, noun: 'sample' });
  assert.ok(draft.rubric.sections[0].passing);
  const snake = draftOf('Part 1: Evidence', 'Name the file lesson_plan_final before you submit it.');
  assert.match(snake.rubric.sections[0].prompt ?? '', /lesson_plan_final/);
});

test('"Issuer: Digital Promise" under the title names the issuer', () => {
  const draft = readRequirements(['# Feedback', '**Issuer:** Digital Promise', 'Part 1: Plan', 'Plan.'].join('\n'));
  assert.equal(draft?.rubric.source, 'Digital Promise');
});

test('a list item indented under a question is a point of that question, not a question of its own', () => {
  const draft = draftOf(
    'Part 1: Reflection',
    '1. What did you learn?',
    '   - Consider the survey.',
    '2. What will you change?',
    '   a. Which routine will you keep?',
    '- What surprised you?',
    '  - What else did you notice?',
  );
  assert.deepEqual(draft.rubric.sections[0].questions, [
    'What did you learn? Consider the survey.',
    'What will you change? Which routine will you keep?',
    'What surprised you?',
    'What else did you notice?',
  ]);
});

test('"Artifact #1", "Evidence No. 2" and "Part 3 of 3:" are numbered headings', () => {
  const draft = draftOf(
    'Artifact #1: Coaching Plan',
    'Submit your plan.',
    'Evidence No. 2: Observation Notes',
    'Provide your notes (no more than 500 words).',
    'Part 3 of 3: Reflection',
    'Write 300-400 words.',
  );
  assert.deepEqual(outline(draft), ['artifact-1', 'evidence-2', 'part-3']);
  assert.deepEqual(draft.rubric.sections[2].words, { min: 300, max: 400, limit: 'hard' });
});

test('under "Artifact 1 Rubric", table rows naming criteria ("Goals") are that artifact\'s criteria', () => {
  const draft = draftOf(
    'Artifact 1: Coaching Plan',
    'Submit a coaching plan with at least three goals.',
    'Artifact 2: Observation Notes',
    'Provide your notes.',
    'Artifact 1 Rubric',
    '| Criteria | Meets | Not Yet |',
    '|---|---|---|',
    '| Goals | Three measurable goals. | Fewer than three goals. |',
    '| Timeline | A timeline for each goal. | No timeline. |',
  );
  const [plan, notes] = draft.rubric.sections;
  assert.deepEqual(plan.criteria, [
    { level: 'Meets', text: 'Goals: Three measurable goals. Timeline: A timeline for each goal.' },
    { level: 'Not Yet', text: 'Goals: Fewer than three goals. Timeline: No timeline.' },
  ]);
  assert.equal(notes.criteria, undefined);
  assert.deepEqual(draft.uncertain, []);
});

test('a rubric table whose rows are labelled "Part 1", "Part 2" scores those Parts', () => {
  const draft = draftOf(
    'Part 1: Overview Questions (200-300 words)',
    '- Who are your students?',
    'Part 2: Exit Slip Samples',
    'Submit at least five exit slips with student answers.',
    'Scoring Rubric',
    '\tProficient\tDeveloping',
    'Part 1\tAnswers the question with detail.\tNo answer.',
    'Part 2\tFive or more slips.\tFewer than five slips.',
  );
  assert.deepEqual(
    draft.rubric.sections.map((s) => s.criteria?.map((c) => c.level)),
    [
      ['Proficient', 'Developing'],
      ['Proficient', 'Developing'],
    ],
  );
  assert.deepEqual(draft.uncertain, []);
});

test('a task list ("- [ ] **Plan:** …", "☐ Photos: …") asks for its items as sections, named without the box', () => {
  for (const box of ['- [ ]', '- [x]', '☐'])
    assert.deepEqual(
      outline(
        draftOf(
          'Part 1: Evidence',
          'Please submit:',
          `${box} **Lesson plan:** a plan naming at least three routines.`,
          `${box} Photos: up to 5 photos of the room.`,
        ),
      ),
      ['part-1 (2)', 'lesson-plan', 'photos'],
      box,
    );
});

test('what it takes to pass: "Passing Criteria:" above it, "Criteria for passing:", "To pass this section, …"', () => {
  const draft = draftOf(
    'Part 1: Overview Questions',
    '- What goals do your students set?',
    'Passing Criteria:',
    'Response describes how students set goals.',
    'Part 2: Reflection',
    'Criteria for passing: The reflection names one change.',
    'Part 3: Goal Sheets',
    'Submit at least six goal sheets.',
    'To pass this section, every goal sheet must name a measurable goal.',
  );
  assert.deepEqual(
    draft.rubric.sections.map((s) => s.passing),
    [
      'Response describes how students set goals.',
      'The reflection names one change.',
      'To pass this section, every goal sheet must name a measurable goal.',
    ],
  );
  assert.deepEqual(outline(draft), ['part-1', 'part-2', 'part-3']);
});

test('levels headed "Level 1 – Unsatisfactory" … "Level 4 – Distinguished" are named and scored', () => {
  const draft = draftOf(
    'Artifact 1: Lesson Plan',
    'Submit your plan.',
    'Rubric',
    'Artifact\tLevel 1 – Unsatisfactory\tLevel 2 – Basic\tLevel 3 – Proficient\tDistinguished (Level 4)',
    'Artifact 1\tNo plan.\tA plan of fewer than 100 words.\tA plan.\tA plan of no more than 500 words.',
  );
  const [plan] = draft.rubric.sections;
  assert.deepEqual(
    plan.criteria?.map((c) => c.level),
    ['Unsatisfactory', 'Basic', 'Proficient', 'Distinguished'],
  );
  assert.deepEqual(plan.words, { max: 500, limit: 'hard' });
});

test('Markdown headings: "### 1. Overview" numbers a Part, and a deeper "#### Video" is a section inside it', () => {
  const markdown = (number: (n: number) => string) =>
    readRequirements(
      [
        '# Number Talks',
        'Issued by Digital Promise',
        '## Submission Requirements',
        `### ${number(1)}Overview Questions (300 words)`,
        '- Why number talks?',
        `### ${number(2)}Evidence`,
        '#### Number Talk Plan',
        'Submit a plan with at least three problem strings.',
        '#### Video',
        'Upload a video of no more than 10 minutes.',
        `### ${number(3)}Reflection`,
        'Write no more than 400 words.',
      ].join('\n'),
    );
  const numbered = markdown((n) => `${n}. `);
  assert.ok(numbered);
  assert.deepEqual(outline(numbered), ['part-1', 'part-2 (2)', 'number-talk-plan', 'video', 'part-3']);
  assert.equal(numbered.rubric.sections[0].title, '1. Overview Questions');
  assert.deepEqual(numbered.rubric.sections[2].words, { max: 400, limit: 'hard' });
  const named = markdown(() => '');
  assert.ok(named);
  assert.deepEqual(outline(named), ['overview-questions', 'evidence (2)', 'number-talk-plan', 'video', 'reflection']);
  const list = draftOf('Part 1: Plan', '1. Overview of the plan', '2. Evidence of the plan');
  assert.deepEqual(outline(list), ['part-1'], 'a numbered list item is no heading');
});

test('Word\'s bullets copied as text (U+F0B7 and a tab, "o" and a tab) are list items, not table rows', () => {
  const draft = draftOf(
    'Part 1: Overview (300 words)',
    '\uf0b7\tWho are your students?',
    'o\tWhich data did you use?',
    '\uf0a7 Why this goal?',
  );
  assert.deepEqual(draft.rubric.sections[0].questions, [
    'Who are your students?',
    'Which data did you use?',
    'Why this goal?',
  ]);
  assert.deepEqual(draft.uncertain, []);
});

test('"Scoring Criteria" and "Assessment Criteria" head the rubric: no section, and no rule of their own', () => {
  for (const heading of ['Scoring Criteria', 'Assessment Criteria']) {
    const draft = draftOf(
      'Section 1: Context (250 words maximum)',
      'Describe your class.',
      'Section 2: Evidence',
      'Evidence 1: Classroom Video',
      'Upload a video of 5-8 minutes showing small-group instruction.',
      heading,
      'Evidence 1: Meets Expectations: video 5-8 minutes. Does Not Meet Expectations: video missing.',
    );
    // (With no Part numbered, Section 2 is the Part that holds Evidence 1.)
    assert.deepEqual(outline(draft), ['section-1', 'section-2 (1)', 'evidence-1'], heading);
    // Its row gives Evidence 1 its criteria; the length the row restates is the same rule, once.
    const read = draft.provenance.filter((p) => p.line >= 9).map((p) => p.path.join('.'));
    const own = 'sections.1.sections.0';
    assert.deepEqual([...new Set(read)], [`${own}.criteria`, `${own}.media.recordings`], heading);
    const evidence = draft.rubric.sections[1].sections?.[0] ?? draft.rubric.sections[1];
    assert.deepEqual(evidence.media, { recordings: { minSeconds: 300, maxSeconds: 480 }, required: true });
    assert.deepEqual(
      evidence.criteria?.map((c) => c.level),
      ['Meets Expectations', 'Does Not Meet Expectations'],
    );
  }
});

test('"Section B" asking for "the following" as a list: a section per item; "Evaluation" scores them all', () => {
  const draft = draftOf(
    'Section A – Context',
    'Response length: 200–400 words',
    '- Describe the families you serve.',
    'Section B – Evidence',
    'Upload the following:',
    '1. A home visit plan for at least three families',
    '2. A 3–5 minute video in which you debrief a visit with a colleague',
    'Section C – Reflection',
    'Word count: 300 maximum',
    'Evaluation',
    'Each section is scored Meets Standard or Does Not Meet Standard. All sections must Meet Standard.',
  );
  assert.deepEqual(outline(draft), ['section-a', 'section-b (2)', 'home-visit-plan', 'video', 'section-c']);
  const video = draft.rubric.sections[1].sections?.[1];
  assert.equal(video?.title, 'Video');
  assert.deepEqual(video?.media?.recordings, { minSeconds: 180, maxSeconds: 300 });
  assert.equal(draft.rubric.passing, 'All sections must Meet Standard.');
  assert.equal(draft.rubric.sections[2].passing, undefined, 'the last section does not take it as its own');
});

test('"Scoring Guide – Part Two" and its rows without outer pipes ("Evidence | Proficient | Developing")', () => {
  const draft = draftOf(
    'Part Two – Work Examples',
    'Please include the following evidence:',
    '• Circle Plans: two circle plans, each with an opening and a closing.',
    '• Video: a video (no longer than 8 minutes) of one circle in progress.',
    'Scoring Guide – Part Two',
    'Evidence | Proficient | Developing',
    'Circle Plans | Both plans include both elements. | One plan.',
    'Video | Under 8 minutes; circle norms visible. | Longer than 8 minutes.',
  );
  const [plans, video] = draft.rubric.sections[0].sections ?? [];
  assert.equal(draft.rubric.sections[0].prompt, 'Please include the following evidence:');
  assert.deepEqual(
    plans?.criteria?.map((c) => [c.level, c.text]),
    [
      ['Proficient', 'Both plans include both elements.'],
      ['Developing', 'One plan.'],
    ],
  );
  assert.deepEqual(video?.media?.recordings, { maxSeconds: 480 });
  assert.deepEqual(
    video?.criteria?.map((c) => c.level),
    ['Proficient', 'Developing'],
  );
  assert.ok(!draft.uncertain.some((u) => u.why.includes('8 minutes')), 'the rubric cell restates the rule');
});

test('"1–3 photos" is a section that holds photos, at most three: nothing left to check', () => {
  const draft = draftOf('Evidence 1: Data Wall Photo', 'Submit 1–3 photos of your data wall.');
  assert.deepEqual(draft.rubric.sections[0].media, { photos: { max: 3 }, required: true });
  assert.deepEqual(draft.uncertain, []);
});

test('timestamps counted in the section and restated without a count in its rubric cell: nothing to check', () => {
  const draft = draftOf(
    'Part 2: Evidence',
    'Artifact 2: Lesson Video',
    'Submit a video of 5 to 10 minutes. Include a written timestamp for each of the three notebook moves.',
    'Part 2 Rubric',
    'Artifact 2',
    'Proficient: The video shows all three moves, each with a timestamp.',
    'Basic: Two moves are shown.',
  );
  const video = draft.rubric.sections[0].sections?.[0];
  assert.deepEqual(video?.timestamps, { min: 3 });
  assert.deepEqual(
    draft.uncertain.map((u) => u.why),
    [],
  );
});
