/**
 * Requirement texts in the forms issuers print: a badge's kind before its issuer, a number written as a word
 * with its digits after it, a rubric's levels given in one cell or line apart by slashes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRequirements, type RubricDraft } from '../../server/src/core/intake/requirements';

function read(...lines: string[]): RubricDraft {
  const draft = readRequirements(lines.join('\n'));
  assert.ok(draft, 'the text has a section');
  return draft;
}
const plan = (...lines: string[]) =>
  read('Supporting Diverse Learners', 'Issued by BloomBoard', 'Submission Requirements', 'Artifact 1: Plan', ...lines)
    .rubric.sections[0];

test('"Open Badge · Center for Teaching Excellence": the issuer after the badge kind', () => {
  for (const [line, issuer] of [
    ['Open Badge · Center for Teaching Excellence', 'Center for Teaching Excellence'],
    ['Micro-credential | Lakeview Unified School District', 'Lakeview Unified School District'],
    ['Digital Badge • Arkansas Department of Education', 'Arkansas Department of Education'],
    ['Microcredencial · Centro de Innovación Educativa', 'Centro de Innovación Educativa'],
  ]) {
    const draft = read('Supporting Diverse Learners', line, 'Submission Requirements', 'Artifact 1: Plan', 'A plan.');
    assert.equal(draft.rubric.source, issuer, line);
    assert.equal(draft.rubric.title, 'Supporting Diverse Learners', line);
    assert.ok(!draft.uncertain.some((u) => u.reason.key === 'import.check.noIssuer'), line);
  }
  // What follows a badge's kind may be no name: a duration, a level, tags.
  for (const line of ['Open Badge · 4 hours', 'Micro-credential · Tags: SEL, Equity', 'Badge · Level 2'])
    assert.ok(
      read(
        'Supporting Diverse Learners',
        line,
        'Submission Requirements',
        'Artifact 1: Plan',
        'A plan.',
      ).uncertain.some((u) => u.reason.key === 'import.check.noIssuer'),
      line,
    );
});

test('"a plan with five (5) accommodations, each explained": five listed items, each with its statement', () => {
  const section = plan('Submit a lesson plan with five (5) accommodations, each explained.');
  assert.deepEqual(section.items, { min: 5, noun: 'accommodation' });
  assert.deepEqual(section.statements, { minWords: 6 });
  assert.deepEqual(plan('A unit plan including six (6) learning targets.').items, { min: 6, noun: 'learning target' });
  for (const line of [
    'Meet with three (3) colleagues to plan the lesson.',
    'Describe a class with 25 students.',
    'Work with two colleagues, each explained.',
  ])
    assert.equal(plan(line).items, undefined, line);
});

/** Two artifacts, then a rubric as `rubric` lines give it. */
const circles = (...rubric: string[]) =>
  read(
    'Circle Plans',
    'Issued by BloomBoard',
    'Submission Requirements',
    'Artifact 1: Circle Plan',
    'A plan for four circles.',
    'Artifact 2: Student Feedback',
    'Feedback from students.',
    'Rubric',
    ...rubric,
  ).rubric.sections.map((s) => s.criteria?.map((c) => `${c.level}: ${c.text}`));

test('a header whose levels share one cell or line ("Proficient / Basic / Developing") names each column', () => {
  const rows = [
    'Artifact 1: Circle Plan\tFour circles planned.\tTwo circles planned.\tNo plan.',
    'Artifact 2: Student Feedback\tFeedback from ten students.\tFeedback from five.\tNone.',
  ];
  const want = [
    ['Proficient: Four circles planned.', 'Basic: Two circles planned.', 'Developing: No plan.'],
    ['Proficient: Feedback from ten students.', 'Basic: Feedback from five.', 'Developing: None.'],
  ];
  assert.deepEqual(circles('Criteria\tProficient / Basic / Developing', ...rows), want);
  assert.deepEqual(circles('Performance levels: Proficient / Basic / Developing', ...rows), want);
  assert.deepEqual(circles('Proficient / Basic / Developing', ...rows), want);
});

test('"Proficient / Basic / Developing" as a rating column, or a label over criteria apart by slashes', () => {
  assert.deepEqual(
    circles(
      '| Evidence | Criterion | Rating |',
      '|---|---|---|',
      '| Artifact 1: Circle Plan | The plan holds four circles. | Proficient / Basic / Developing |',
      '| Artifact 2: Student Feedback | Feedback from ten students. | Proficient / Basic / Developing |',
    ),
    [['Proficient: The plan holds four circles.'], ['Proficient: Feedback from ten students.']],
  );
  assert.deepEqual(
    circles(
      'Artifact 1: Circle Plan',
      'Proficient / Basic / Developing: Four circles planned. / Two circles planned. / No plan.',
      'Artifact 2: Student Feedback',
      'Proficient: Feedback from ten students.',
      'Basic / Developing: Feedback from fewer than ten students.',
    ),
    [
      ['Proficient: Four circles planned.', 'Basic: Two circles planned.', 'Developing: No plan.'],
      [
        'Proficient: Feedback from ten students.',
        'Basic: Feedback from fewer than ten students.',
        'Developing: Feedback from fewer than ten students.',
      ],
    ],
  );
});

test('"ISTE · Digital Badge", "Insignia digital · …": the issuer before or after the kind of credential', () => {
  for (const [line, issuer] of [
    ['ISTE · Digital Badge', 'ISTE'],
    ['Kansas State Department of Education | Micro-credential', 'Kansas State Department of Education'],
    ['Insignia digital · Instituto de Formación Docente del Sur', 'Instituto de Formación Docente del Sur'],
  ]) {
    const draft = read('Computational Thinking', line, 'Submission Requirements', 'Artifact 1: Plan', 'A plan.');
    assert.equal(draft.rubric.source, issuer, line);
  }
});

test('the issuer named above the title is no title; "Micro-credential: <title>" is the title, its label apart', () => {
  const title = (...header: string[]) =>
    read(...header, 'Submission Requirements', 'Artifact 1: Plan', 'A plan.').rubric.title;
  assert.equal(
    title(
      'Relay Graduate School of Education',
      'Micro-credential: Checking for Understanding',
      'Issuer: Relay Graduate School of Education',
    ),
    'Checking for Understanding',
  );
  assert.equal(
    title(
      'KANSAS STATE DEPARTMENT OF EDUCATION',
      'Trauma-Informed Classroom Practices',
      'Issued by: Kansas State Department of Education',
    ),
    'Trauma-Informed Classroom Practices',
  );
  assert.equal(
    title(
      'Lakeview Unified School District',
      'Vocabulary Instruction',
      'Micro-credential · Lakeview Unified School District',
    ),
    'Vocabulary Instruction',
  );
  assert.equal(
    title('Microcredencial: Tertulias dialógicas', 'Ofrecida por la Universidad de Sevilla'),
    'Tertulias dialógicas',
  );
});

test('"A 4- to 7-minute video": a length range whose first number leaves its hyphen hanging', () => {
  assert.deepEqual(plan('A 4- to 7-minute unedited video of the routine.').media?.recordings, {
    minSeconds: 240,
    maxSeconds: 420,
  });
  assert.deepEqual(plan('Record a 2- to 3-minute audio clip.').media?.recordings, { minSeconds: 120, maxSeconds: 180 });
});

test('"The reflection is limited to 400 words", "limited to 5 minutes": the most', () => {
  assert.deepEqual(plan('Reminder: the reflection is limited to 400 words.').words, { max: 400, limit: 'hard' });
  assert.deepEqual(plan('Responses are limited to 250 words each.').words, undefined);
  assert.deepEqual(plan('Your video is limited to 5 minutes.').media?.recordings, { maxSeconds: 300 });
});

test('"Part 2 continued", "Parte 2 (continuación)": the Part goes on, its sections no rubric rows', () => {
  for (const again of ['Part 2 continued', 'Part 2 (cont.)', 'Part 2 — Evidence, continued', 'Parte 2 (continuación)'])
    assert.deepEqual(
      read(
        'Vocabulary Instruction',
        'Issued by BloomBoard',
        'Submission Requirements',
        'Part 1. Context',
        'Describe the class.',
        'Part 2. Evidence',
        'Artifact 1: Plan',
        'A plan for one week.',
        again,
        'Artifact 2: Video',
        'A video of no more than 5 minutes.',
        'Part 2. Rubric',
        'Artifact 2: Video',
        'Proficient: The routine is taught.',
      ).rubric.sections[1].sections?.map((s) => [
        s.id,
        s.media?.recordings?.maxSeconds ?? null,
        s.criteria?.length ?? 0,
      ]),
      [
        ['artifact-1', null, 0],
        ['artifact-2', 300, 1],
      ],
      again,
    );
});

test('"Please use the word counts below as a guide." before the Parts: every count after it is a guide', () => {
  const draft = read(
    'Choice Boards',
    'Digital Promise',
    'Submission Requirements',
    'Please use the word counts below as a guide.',
    'Part 1. Overview Questions',
    'Please limit your response to 300 words.',
    'Part 2. Reflection (no more than 500 words)',
    '- What did students choose?',
  );
  assert.deepEqual(
    draft.rubric.sections.map((s) => s.words),
    [
      { max: 300, limit: 'guide' },
      { max: 500, limit: 'guide' },
    ],
  );
  const after = read(
    'Choice Boards',
    'Digital Promise',
    'Submission Requirements',
    'Part 1. Overview Questions (300 words)',
    'Part 2. Reflection (no more than 500 words)',
    'The word count for this part is a guide.',
  );
  assert.deepEqual(
    after.rubric.sections.map((s) => s.words?.limit),
    ['hard', 'guide'],
  );
});

test('"Three (3) samples of student work…": a count the line opens with, marked as a list verb\'s is', () => {
  const marked = (line: string) =>
    read('Feedback', 'Issued by BloomBoard', 'Submission Requirements', 'Artifact 1: Samples', line).uncertain.some(
      (u) => u.line === 5 && u.reason.key === 'import.check.unplacedCount',
    );
  assert.ok(marked('Three (3) samples of student work with your written feedback, each annotated.'));
  assert.ok(marked('Two lesson plans from the same unit.'));
  assert.ok(!marked('Two weeks of daily check-ins.'));
  assert.ok(!marked('A plan for one week.'));
});

test('a guide\'s own level ("Skillful: …" beside "Developing:" and "Not Yet:" under each component) is a level', () => {
  const sections = read(
    'Checking for Understanding',
    'Issuer: Relay Graduate School of Education',
    'What to Submit',
    'Component 1: Lesson Video',
    'Submit a video.',
    'Component 2: Written Analysis',
    'Analyze what the checks showed.',
    'Scoring',
    'Component 1: Lesson Video',
    'Skillful: Three or more checks.',
    'Developing: Checks happen.',
    'Not Yet: Fewer than three checks.',
    'Component 2: Written Analysis',
    'Skillful: The analysis of 400–600 words names each misconception.',
    'Developing: The analysis names misconceptions only.',
    'Not Yet: No analysis.',
  ).rubric.sections;
  assert.deepEqual(
    sections.map((s) => s.criteria?.map((c) => c.level)),
    [
      ['Skillful', 'Developing', 'Not Yet'],
      ['Skillful', 'Developing', 'Not Yet'],
    ],
  );
  assert.deepEqual(sections[1].words, { min: 400, max: 600, limit: 'hard' }, 'a limit only in the top level');
  const once = read(
    'Checking for Understanding',
    'Issuer: Relay Graduate School of Education',
    'What to Submit',
    'Component 1: Lesson Video',
    'Note: Submit a video.',
    'Proficient: The video shows three checks.',
  ).rubric.sections[0];
  assert.deepEqual(
    once.criteria?.map((c) => c.level),
    ['Proficient'],
    'a label seen once is no level',
  );
});

test('"1. Calm Corner Plan — a plan of …" as a list item: the section is named before the dash', () => {
  const draft = read(
    'Trauma-Informed Classroom Practices',
    'Issued by: Kansas State Department of Education',
    'Submission Requirements',
    'PART TWO: EVIDENCE',
    '1. Calm Corner Plan — a plan for a calm corner, naming at least three regulation tools.',
    '2. Check-In Data - a two-week log of daily student check-ins.',
    '3. A photo of the corner — taken after the first week.',
    'PART TWO RUBRIC',
    'Evidence\tMeets Standard\tDoes Not Meet Standard',
    'Calm Corner Plan\tThree or more tools.\tFewer tools.',
    'Check-In Data\tTwo weeks of check-ins.\tFewer days.',
  );
  const sections = draft.rubric.sections[0].sections ?? [];
  assert.deepEqual(
    sections.map((s) => [s.title, s.criteria?.length ?? 0]),
    [
      ['Calm Corner Plan', 2],
      ['Check-In Data', 2],
      ['Photo of the corner', 0],
    ],
  );
  assert.deepEqual(sections[0].items, { min: 3, noun: 'regulation tool' });
  assert.ok(!draft.uncertain.some((u) => u.line === 5 && u.reason.key === 'import.check.titleFromListItem'));
});

test('"(no student faces)", "Students\' faces should not be visible": privacy rules, the anonymity', () => {
  const anonymity = (line: string) =>
    read('Calm Corners', 'Issued by BloomBoard', 'Submission Requirements', 'Artifact 1: Plan', line).rubric.anonymity;
  for (const line of [
    'Photo Evidence: three photos of the calm corner in use (no student faces).',
    "A video of the routine. Students' faces should not be visible.",
    'Photos with no faces visible.',
  ])
    assert.ok(anonymity(line), line);
  assert.equal(anonymity('No student work is needed.'), undefined);
});

test('"at least 300 but no more than 500 words" is 300 to 500 words, no count; "Word count: no more than 500"', () => {
  const draft = read(
    'Feedback',
    'Issued by BloomBoard',
    'Submission Requirements',
    'Artifact 1: Reflection',
    'Write a reflection of at least 300 but no more than 500 words.',
  );
  assert.deepEqual(draft.rubric.sections[0].words, { min: 300, max: 500, limit: 'hard' });
  assert.deepEqual(
    draft.uncertain.filter((u) => u.line === 5),
    [],
  );
  assert.deepEqual(plan('Word count: no more than 500').words, { max: 500, limit: 'hard' });
  assert.deepEqual(plan('Word limit: up to 400').words, { max: 400, limit: 'hard' });
});

test('"a list of 5 strategies, with a rationale for each": five listed items, each with its statement', () => {
  const section = plan('Provide a list of 5 strategies, with a rationale for each.');
  assert.deepEqual(section.items, { min: 5, noun: 'strategy' });
  assert.deepEqual(section.statements, { minWords: 6 });
  assert.deepEqual(plan('Elabore una lista de seis preguntas para la clase.').items, { min: 6, noun: 'pregunta' });
  assert.equal(plan('Provide a list of 2 weeks of dates.').items, undefined);
});

test('"at least 3 but not more than 6 annotated photos", "up to 5 labeled photos": a word before the noun', () => {
  assert.deepEqual(plan('Provide at least 3 but not more than 6 annotated photos.').media?.photos, { max: 6 });
  assert.equal(plan('Provide at least 3 but not more than 6 annotated photos.').items, undefined);
  assert.deepEqual(plan('Upload up to 5 labeled photos of the room.').media?.photos, { max: 5 });
  assert.deepEqual(plan('Include at least two dated photographs of the chart.').media?.photos, {});
});

test('"no less than four images" is the fewest photos, never the most', () => {
  for (const line of ['Include no less than four images.', 'Include not fewer than four photos.']) {
    assert.deepEqual(plan(line).media?.photos, {}, line);
  }
});

test('"No incluya apellidos de los estudiantes": a privacy rule, the anonymity', () => {
  const anonymity = (line: string) =>
    read('Tertulias', 'Ofrecido por la NEA', 'Requisitos de presentación', 'Evidencia 1: Plan', line).rubric.anonymity;
  assert.ok(anonymity('No incluya apellidos de los estudiantes.'));
  assert.ok(anonymity('Omita los nombres y apellidos de las familias.'));
});

test('"A rating of Proficient on every row earns the micro-credential": what it takes to pass', () => {
  for (const line of [
    'A rating of Proficient on every row earns the micro-credential.',
    'A score of 3 or higher on each piece of evidence earns the badge.',
  ])
    assert.ok(
      read('Math Talks', 'Issued by BloomBoard', 'Submission Requirements', 'Artifact 1: Plan', 'A plan.', line).rubric
        .passing,
      line,
    );
});

test('"You earn the badge when…", "To earn the badge, … must…", "… is awarded once…": what it takes to pass', () => {
  for (const line of [
    'You earn the badge when every artifact is rated Proficient.',
    'To earn the badge, every artifact must be rated Proficient.',
    'The micro-credential is awarded once all three parts are rated Proficient.',
  ]) {
    const { rubric } = read(
      'Math Talks',
      'Issued by BloomBoard',
      'Submission Requirements',
      'Artifact 1: Plan',
      'A plan.',
      line,
    );
    assert.equal(rubric.passing, line);
    assert.equal(rubric.sections[0].prompt, 'A plan.', 'the statement is no part of the last section');
  }
  const plain = read('Math Talks', 'Submission Requirements', 'Artifact 1: Plan', 'You earn the trust of families.');
  assert.equal(plain.rubric.passing, undefined);
});

test('"Artifact 1 (required): Project Calendar" heads its section, as "(optional)" heads one not required', () => {
  const draft = read(
    'Driving Questions',
    'Offered by: Digital Promise',
    'Submission Requirements',
    'Artifact 1 (required): Project Calendar',
    'Submit the project calendar.',
    'Artifact 2 (Required) – Student Drafts',
    'Up to 4 photos of student drafts.',
    'Evidencia 3 (obligatoria): Video',
    'Un video de 3 a 5 minutos.',
  );
  assert.deepEqual(
    draft.rubric.sections.map((s) => [s.id, s.title, s.required ?? true]),
    [
      ['artifact-1', 'Artifact 1: Project Calendar', true],
      ['artifact-2', 'Artifact 2 – Student Drafts', true],
      ['evidence-3', 'Evidencia 3: Video', true],
    ],
  );
});

test('"no fewer than 200 and no more than 350 words", "a minimum of 3 and a maximum of 6 photos": ranges', () => {
  const draft = read(
    'Driving Questions',
    'Offered by: Digital Promise',
    'Submission Requirements',
    'Artifact 1: Reflection',
    'Answer in no fewer than 200 and no more than 350 words.',
  );
  assert.deepEqual(draft.rubric.sections[0].words, { min: 200, max: 350, limit: 'hard' });
  assert.deepEqual(draft.uncertain, []);
  assert.deepEqual(plan('Include a minimum of 3 and a maximum of 6 photos.').media?.photos, { max: 6 });
});

test('"Evidence 3 – Exhibition Video (3–5 min)": the length is no part of the title', () => {
  const section = read(
    'Driving Questions',
    'Offered by: Digital Promise',
    'Submission Requirements',
    'Evidence 3 – Exhibition Video (3–5 min)',
    'A video of the public exhibition.',
  ).rubric.sections[0];
  assert.equal(section.title, 'Evidence 3 – Exhibition Video');
  assert.deepEqual(section.media?.recordings, { minSeconds: 180, maxSeconds: 300 });
});

test('an own level seen once, in a run of lines with two known levels ("Skillful", "Developing", "Not Yet")', () => {
  const section = read(
    'Checking for Understanding',
    'Issuer: Relay Graduate School of Education',
    'What to Submit',
    'Component 1: Lesson Video',
    'Submit a video.',
    'Scoring',
    'Component 1: Lesson Video',
    'Skillful: Three or more checks.',
    'Developing: Checks happen.',
    'Not Yet: Fewer than three checks.',
  ).rubric.sections[0];
  assert.deepEqual(
    section.criteria?.map((c) => c.level),
    ['Skillful', 'Developing', 'Not Yet'],
  );
  const note = read(
    'Checking for Understanding',
    'Issuer: Relay Graduate School of Education',
    'What to Submit',
    'Component 1: Lesson Video',
    'Submit a video.',
    'Scoring',
    'Component 1: Lesson Video',
    'Reminder: Reviewers watch the whole video, from the first minute to the last.',
    'Proficient: Three or more checks.',
  ).rubric.sections[0];
  assert.deepEqual(
    note.criteria?.map((c) => c.level),
    ['Proficient'],
  );
});

test('"La reflexión está limitada a 400 palabras", "limitado a 5 minutos": the most, in Spanish too', () => {
  const evidencia = (line: string) =>
    read('Boletos de salida', 'Ofrecido por la NEA', 'Requisitos de presentación', 'Evidencia 1: Reflexión', line)
      .rubric.sections[0];
  assert.deepEqual(evidencia('La reflexión está limitada a 400 palabras.').words, { max: 400, limit: 'hard' });
  assert.deepEqual(evidencia('Un video limitado a 5 minutos.').media?.recordings, { maxSeconds: 300 });
});

test('"Reviewer Form", "Scoring Form", "Evaluation Form" head the rubric: no prompt of the Part above', () => {
  for (const heading of ['## Reviewer Form', 'Scoring Form', 'Evaluation Form', 'Review Criteria']) {
    const draft = read(
      'Math Talks',
      'Issued by BloomBoard',
      'Submission Requirements',
      'Part 1. Evidence',
      'Artifact 1: Talk Video',
      'A video of one number talk.',
      heading,
      'Artifact\tProficient\tBasic',
      'Artifact 1\tStudents explain.\tStudents answer.',
    );
    const video = draft.rubric.sections[0].sections?.[0];
    assert.equal(video?.prompt, 'A video of one number talk.', heading);
    assert.equal(draft.rubric.sections[0].prompt, undefined, heading);
    assert.deepEqual(
      video?.criteria?.map((c) => c.level),
      ['Proficient', 'Basic'],
      heading,
    );
  }
});

test('"Scan or photograph 6 to 10 notebook pages", "Photograph three anchor charts": that many photos', () => {
  const sections = read(
    'Math Journals',
    'Issued by BloomBoard',
    'Submission Requirements',
    'Artifact 1: Notebook pages',
    'Scan or photograph 6 to 10 notebook pages.',
    'Artifact 2: Anchor charts',
    'Photograph three anchor charts from your room.',
    'Artifact 3: Talk',
    'Record a 5 minute talk and photograph 2 minutes of it.',
  ).rubric.sections;
  assert.deepEqual(sections[0].media, { photos: { max: 10 }, required: true });
  assert.deepEqual(sections[1].media, { photos: { max: 3 }, required: true });
  assert.equal(sections[2].media?.photos, undefined, 'minutes are no photos');
});

test('a word limit in the rubric unlike the text\'s ("under 300" for "about 250 words") is marked to check', () => {
  const table = (cell: string) => [
    '| Evidence | Demonstrated | Not Yet Demonstrated |',
    '| --- | --- | --- |',
    `| Evidence 1 | ${cell} | The reflection is general. |`,
  ];
  const text = ['Goal Setting', 'Issued by BloomBoard', 'Submission Requirements', 'Evidence 1: Reflection'];
  const other = read(...text, 'In approximately 250 words, respond.', ...table('It stays under 300 words.'));
  assert.deepEqual(other.rubric.sections[0].words, { max: 250, limit: 'guide' });
  const marked = other.uncertain.filter((u) => u.reason.key === 'import.check.secondLimit');
  assert.deepEqual(
    marked.map((u) => u.line),
    [8],
  );
  const same = read(...text, 'In no more than 250 words, respond.', ...table('It stays within 250 words.'));
  assert.equal(same.uncertain.filter((u) => u.reason.key === 'import.check.secondLimit').length, 0);
});
