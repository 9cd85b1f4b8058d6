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

test('a section marked optional ("(optional)", "- optional", "If applicable, …") is not required', () => {
  const draft = draftOf(
    'Part 1: Evidence',
    'Artifact 1: Lesson Plan',
    'Submit your plan.',
    'Artifact 2: Student Work Samples (optional)',
    'Add samples of student writing.',
    'Artifact 3 (Optional): Family Letter',
    'Share the letter you sent home.',
    'Artifact 4: Photos',
    'If applicable, upload photos of the anchor chart.',
    'Artifact 5: Video - optional',
    'Upload a video of no more than 3 minutes.',
  );
  const sections = draft.rubric.sections[0].sections ?? [];
  assert.deepEqual(
    sections.map((s) => [s.title, s.required ?? true]),
    [
      ['Artifact 1: Lesson Plan', true],
      ['Artifact 2: Student Work Samples', false],
      ['Artifact 3: Family Letter', false],
      ['Artifact 4: Photos', false],
      ['Artifact 5: Video', false],
    ],
  );
  assert.ok(sections[1].aliases?.includes('Artifact 2: Student Work Samples (optional)'), 'the heading as written');
});

test('"Option A", "Option B" sections are each not required, and the choice is marked for the writer', () => {
  const draft = draftOf(
    'Part 2: Evidence',
    'Choose ONE of the following:',
    'Option A: Video (3-5 minutes)',
    'Upload a video of your lesson.',
    'Option B: Photo Essay (no more than 300 words)',
    'Upload photos with captions.',
  );
  const options = draft.rubric.sections[0].sections ?? [];
  assert.deepEqual(
    options.map((s) => [s.id, s.required]),
    [
      ['option-a-video', false],
      ['option-b-photo-essay', false],
    ],
  );
  assert.ok(draft.uncertain.some((u) => /one of the options/.test(u.why)));
});

test("a total for the whole submission is no section's limit: it is marked, with its number", () => {
  for (const line of [
    'Total word count must not exceed 1,000 words.',
    'The whole submission should be no more than 1,000 words.',
  ]) {
    const draft = draftOf(line, 'Part 1: Context', 'Describe your class.', 'Part 2: Reflection', 'Reflect.');
    assert.equal(draft.rubric.sections[0].words, undefined, line);
    assert.ok(
      draft.uncertain.some((u) => u.line === 4 && /1000.*whole submission/.test(u.why)),
      JSON.stringify(draft.uncertain),
    );
  }
  const inside = draftOf('Part 1: Context', 'Keep the whole submission under 1,200 words.', 'Describe your class.');
  assert.equal(inside.rubric.sections[0].words, undefined);
  assert.ok(inside.uncertain.some((u) => /1200.*whole submission/.test(u.why)));
});

test('"half a page" is a page limit, not a word limit: marked, not checked', () => {
  const draft = draftOf('Part 1: Log', 'Keep a log of your circles, no longer than half a page.');
  assert.equal(draft.rubric.sections[0].words, undefined);
  assert.ok(
    draft.uncertain.some((u) => /page limit \("half a page"\)/.test(u.why)),
    JSON.stringify(draft.uncertain),
  );
});

test('a count in a passing statement raises no doubt about listed items', () => {
  const draft = draftOf('Part 3: Reflection', 'Passing: The reflection names a change seen in at least two students.');
  assert.deepEqual(draft.uncertain, []);
});

test('a rubric headed "Scoring" is no section; its lines "Evidence 1 — Level: … | Level: …" score the evidence', () => {
  const draft = draftOf(
    'Evidence 1: Screencast',
    'Upload a screencast of no more than 5 minutes.',
    'Scoring',
    'Evidence 1 — Demonstrated: The feedback names a next step. | Not Yet Demonstrated: The feedback is general.',
  );
  assert.deepEqual(
    draft.rubric.sections.map((s) => [s.id, s.criteria?.map((c) => c.level)]),
    [['evidence-1', ['Demonstrated', 'Not Yet Demonstrated']]],
  );
});

test('levels written with their scores on one line ("3 – Proficient: … 2 – Basic: …") keep their names', () => {
  const draft = draftOf(
    'Artifact 1: Lesson Plan',
    'Submit your plan.',
    'Scoring Guide',
    'Lesson Plan: 3 – Proficient: Each answer reveals a misconception. 2 – Basic: Some do. 1 – Developing: None.',
  );
  assert.deepEqual(
    draft.rubric.sections[0].criteria?.map((c) => c.level),
    ['Proficient', 'Basic', 'Developing'],
  );
});

test('privacy rules ("must not show students\' faces", "remove all identifying information") are the anonymity', () => {
  const draft = draftOf(
    'Part 1: Photos',
    'Upload up to three photos. Photos must not show students’ faces.',
    'Please remove all identifying information about students from every file you submit.',
  );
  assert.equal(
    draft.rubric.anonymity,
    "Photos must not show students' faces. Please remove all identifying information about students from every file " +
      'you submit.',
  );
});

test('Markdown headings nest: "#### Task 1)" inside "### Section 2 —", and the next "###" ends the rubric', () => {
  const draft = draftOf(
    '### Section 1 — Context',
    'Describe your class.',
    '### Section 2 — Evidence',
    '#### Task 1) Plan',
    'Submit your plan.',
    '#### Activity 2 | Video',
    'Upload a video of no more than 5 minutes.',
    '### Scoring Rubric',
    '| Criteria | Proficient | Developing |',
    '|---|---|---|',
    '| Plan | The plan is clear. | No plan. |',
    '### Section 3 — Reflection',
    'Write no more than 300 words.',
  );
  assert.deepEqual(
    draft.rubric.sections.map((s) => [s.id, s.sections?.map((c) => c.id)]),
    [
      ['section-1', undefined],
      ['section-2', ['task-1', 'activity-2']],
      ['section-3', undefined],
    ],
  );
  assert.deepEqual(draft.rubric.sections[2].words, { max: 300, limit: 'hard' });
  assert.deepEqual(
    draft.rubric.sections[1].sections?.[0].criteria?.map((c) => c.level),
    ['Proficient', 'Developing'],
  );
});

test("a site's menu, one item a line, and its footer are no part of the title or of the last section", () => {
  const draft = readRequirements(
    [
      'Skip to main content',
      'Home',
      'Browse Credentials',
      'Log In',
      'Home / Micro-credentials / Family Engagement',
      'Family Conferences',
      'Issued by Digital Promise',
      'Share this page',
      'Submission Requirements',
      'Part 1. Reflection',
      'Reflect on a conference.',
      '© 2025 Digital Promise. All rights reserved.',
      'Privacy Policy | Terms of Use | Accessibility',
      'Share this page',
    ].join('\n'),
  );
  assert.ok(draft);
  assert.equal(draft.rubric.title, 'Family Conferences');
  assert.equal(draft.rubric.sections[0].prompt, 'Reflect on a conference.');
});

test('numbered items with lettered items under them are sections; the lettered items their questions or tasks', () => {
  const draft = draftOf(
    '1. Context (250 words or fewer)',
    '   a) What grade do you teach?',
    '   b) Which concept did you check?',
    '2. Lesson Plan',
    '   a) Submit a lesson plan with one hinge question.',
    '   b) List at least three misconceptions the wrong answers reveal.',
  );
  assert.deepEqual(
    draft.rubric.sections.map((s) => [s.id, s.title, s.questions?.length ?? 0]),
    [
      ['context', 'Context', 2],
      ['lesson-plan', 'Lesson Plan', 0],
    ],
  );
  assert.deepEqual(draft.rubric.sections[0].words, { max: 250, limit: 'hard' });
  assert.deepEqual(draft.rubric.sections[1].items, { min: 3, noun: 'misconception' });
});

test('"To pass, you need a total score of 5 or higher" is what it takes to pass', () => {
  const draft = draftOf('Part 1: Plan', 'Submit your plan.', 'To pass, you need a total score of 5 or higher.');
  assert.equal(
    draft.rubric.sections[0].passing ?? draft.rubric.passing,
    'To pass, you need a total score of 5 or higher.',
  );
});

test('"with a one-sentence rationale for each" asks a statement for every item', () => {
  const draft = draftOf(
    'Part 1: Books',
    'Provide a list of at least five books, with a one-sentence rationale for each.',
  );
  assert.deepEqual(draft.rubric.sections[0].statements, { minWords: 6 });
});

test('levels named by their score ("Score 3: … Score 2: …") under a Part without sections are its criteria', () => {
  const draft = draftOf(
    'Part 3: Reflection',
    'Write no more than 500 words.',
    'Score 3: The reflection cites student work. Score 2: The reflection is general. Score 1: No reflection.',
  );
  assert.deepEqual(
    draft.rubric.sections[0].criteria?.map((c) => c.level),
    ['Score 3', 'Score 2', 'Score 1'],
  );
  const proficient = draftOf(
    'Part 3: Reflection',
    'Write no more than 500 words.',
    'Proficient: The reflection cites work.',
  );
  assert.deepEqual(proficient.rubric.sections[0].criteria, [
    { level: 'Proficient', text: 'The reflection cites work.' },
  ]);
});

test('a Markdown paragraph opening with its name in bold ("**Lesson Plan.** Submit…") is a section', () => {
  const draft = draftOf(
    '**Part 2 – Evidence**',
    '**Lesson Plan.** Submit one lesson plan. It should include at least 3 phonics skills.',
    '**Video:** Upload a 5–7 minute clip of the lesson.',
    '**Note:** Label every file with the artifact number.',
    '| Criteria | Proficient | Developing |',
    '| --- | --- | --- |',
    '| Lesson Plan | Skills build on each other. | One skill. |',
  );
  const [plan, video] = draft.rubric.sections[0].sections ?? [];
  assert.deepEqual(
    [plan?.title, plan?.items, plan?.criteria?.length, video?.title, video?.media?.recordings],
    ['Lesson Plan', { min: 3, noun: 'phonics skill' }, 2, 'Video', { minSeconds: 300, maxSeconds: 420 }],
  );
  assert.equal(draft.rubric.sections[0].sections?.length, 2, 'a note is no section');
});

test('"Do not include students\' names or faces" and "Blur … faces" are privacy rules, the anonymity', () => {
  for (const line of [
    "Do not include students' names or faces in any artifact.",
    'Blur or crop out the faces of students without a media release.',
  ])
    assert.equal(draftOf('Part 1: Context', 'Describe your class.', line).rubric.anonymity, line);
});

test('media the writer may add ("You may submit up to 10 photos") is allowed, not required', () => {
  assert.deepEqual(first('You may submit up to 10 photos of student work.').media, { photos: { max: 10 } });
  assert.deepEqual(first('Optionally, add a video of no more than 3 minutes.').media, {
    recordings: { maxSeconds: 180 },
  });
  assert.deepEqual(first('The video may be no longer than 3 minutes.').media, {
    recordings: { maxSeconds: 180 },
    required: true,
  });
});

test('"at least 3 but no more than 5 discussions" asks at least three; the most is marked', () => {
  const draft = draftOf('Part 1: Log', 'Keep a log of at least 3 but no more than 5 discussions.');
  assert.deepEqual(draft.rubric.sections[0].items, { min: 3, noun: 'discussion' });
  assert.ok(draft.uncertain.some((u) => u.reason.key === 'import.check.itemsAtMost'));
});

test('a count given with its tolerance ("250 words (+/- 10%)") is a guide', () => {
  assert.deepEqual(first('Word count: 250 (+/- 10%).').words, { max: 250, limit: 'guide' });
});

test('"Artifact 1 — Exit Ticket Samples: Submit three …" is the heading and the text of its section', () => {
  const draft = readRequirements(
    [
      'Formative Assessment with Exit Tickets',
      'A micro-credential by Digital Promise',
      'Submission Requirements',
      'Part 2: Evidence',
      'Artifact 1 — Exit Ticket Samples: Submit at least three exit tickets you designed.',
      'Artifact 2 — Next-Day Plan. A lesson plan of no more than 500 words.',
      'Scoring Guide',
      'Artifact 1: Proficient – Each ticket aligns to a target. Developing – Tickets do not align.',
    ].join('\n'),
  );
  assert.ok(draft);
  assert.equal(draft.rubric.source, 'Digital Promise');
  const [tickets, plan] = draft.rubric.sections[0].sections ?? [];
  assert.deepEqual(
    [tickets?.title, tickets?.items, tickets?.criteria?.length, plan?.title, plan?.words],
    [
      'Artifact 1 — Exit Ticket Samples',
      { min: 3, noun: 'exit ticket' },
      2,
      'Artifact 2 — Next-Day Plan',
      { max: 500, limit: 'hard' },
    ],
  );
});

test('list items named in bold before a dash ("1. **Coaching Log** — A log of …") are sections of that name', () => {
  const draft = draftOf(
    'Part 2: Evidence',
    'Please submit:',
    '1. **Coaching Log** — A log of at least four coaching conversations.',
    '2. **Audio Clip** — An audio recording (no more than 4 minutes) of one debrief.',
  );
  const items = draft.rubric.sections[0].sections ?? [];
  assert.deepEqual(
    items.map((s) => [s.id, s.title]),
    [
      ['coaching-log', 'Coaching Log'],
      ['audio-clip', 'Audio Clip'],
    ],
  );
  assert.deepEqual(items[0].items, { min: 4, noun: 'coaching conversation' });
  assert.equal(draft.uncertain.filter((u) => u.reason.key === 'import.check.titleFromListItem').length, 0);
});

test('"Question 1 (100 words max): …" is a question whose limit is its answer\'s, not the section\'s', () => {
  const draft = draftOf(
    'Section 1 — Context',
    'Question 1 (100 words max): Describe your students.',
    'Question 2 (100 words max): Describe your feedback routine.',
  );
  const [context] = draft.rubric.sections;
  assert.deepEqual([context.words, context.questions?.length], [undefined, 2]);
  assert.ok(draft.uncertain.some((u) => u.reason.key === 'import.check.limitPerAnswer'));
});

test('"a 300- to 500-word reflection" is a range of words', () => {
  assert.deepEqual(first('In a 300- to 500-word reflection, describe what you learned.').words, {
    min: 300,
    max: 500,
    limit: 'hard',
  });
});

test('"Evaluation" heads the rubric; "All sections must be Met to earn the micro-credential" is passing', () => {
  const draft = draftOf(
    'Part 1: Context',
    'Describe your class.',
    'Evaluation',
    'Each section is scored Met or Not Met. All sections must be Met to earn the micro-credential.',
  );
  assert.deepEqual(
    draft.rubric.sections.map((s) => s.id),
    ['part-1'],
  );
  assert.equal(draft.rubric.passing, 'All sections must be Met to earn the micro-credential.');
});

test('"Optional: add captions" opening a section offers an extra: the section is still required', () => {
  const draft = draftOf('Artifact 1: Video', 'Optional: add captions.', 'Upload a video of no more than 5 minutes.');
  assert.equal(draft.rubric.sections[0].required, undefined);
});

test('items offered as a choice ("Choose one of the following options:") are each not required, and marked', () => {
  const draft = draftOf(
    'Part 2: Evidence',
    'Choose one of the following options:',
    '• A 3-5 minute video of a student-led conference',
    '• A written summary of a conference (no more than 500 words)',
  );
  const options = draft.rubric.sections[0].sections ?? [];
  assert.deepEqual(
    options.map((s) => s.required),
    [false, false],
  );
  assert.equal(draft.uncertain.filter((u) => u.reason.key === 'import.check.oneOfOptions').length, 2);
  const both = draftOf('Part 2: Evidence', 'Please submit:', '• A lesson plan', '• A video of the lesson');
  assert.deepEqual(
    (both.rubric.sections[0].sections ?? []).map((s) => s.required),
    [undefined, undefined],
  );
});
