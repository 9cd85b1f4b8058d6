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

test('with no "Part", "Section 1 – …" heads a Part when artifacts are numbered inside the Sections', () => {
  const draft = read(
    'Culturally Responsive Read-Alouds',
    'Offered by NEA',
    'Submission Guidelines',
    'Section 1 – Overview Questions',
    'Your response should be no longer than 400 words.',
    '1. Describe your class.',
    'Section 2 – Artifacts',
    'Artifact 1: Text Set',
    'List at least three texts you chose.',
    'Artifact 2: Read-Aloud Video',
    'A video of one read-aloud, not to exceed 8 minutes.',
    'Section 2 Scoring Guide',
    'Artifact 1: Text Set',
    'Proficient: Three or more texts.',
    'Developing: Fewer than three texts.',
    'Section 3 – Reflection',
    'Write no more than 250 words.',
  );
  const [one, two, three] = draft.rubric.sections;
  assert.deepEqual(
    draft.rubric.sections.map((s) => [s.id, s.title]),
    [
      ['section-1', 'Section 1 – Overview Questions'],
      ['section-2', 'Section 2 – Artifacts'],
      ['section-3', 'Section 3 – Reflection'],
    ],
  );
  assert.deepEqual(
    [one.words, three.words],
    [
      { max: 400, limit: 'hard' },
      { max: 250, limit: 'hard' },
    ],
  );
  assert.deepEqual(
    two.sections?.map((s) => [s.id, s.criteria?.map((c) => c.level) ?? []]),
    [
      ['artifact-1', ['Proficient', 'Developing']],
      ['artifact-2', []],
    ],
  );
});

test('"Sección 2 – Evidencias" holds its "Evidencia 1"; "Section A" inside a Part stays a section', () => {
  const spanish = read(
    'Retroalimentación',
    'Ofrecida por: Red de Educadores',
    'Requisitos para la entrega',
    'Sección 1 – Contexto',
    'Responda en no más de 300 palabras.',
    'Sección 2 – Evidencias',
    'Evidencia 1: Muestras',
    'Presente al menos tres muestras.',
  );
  assert.deepEqual(titles(spanish), ['Sección 1 – Contexto', 'Sección 2 – Evidencias', 'Evidencia 1: Muestras']);
  assert.equal(spanish.rubric.sections[1].sections?.length, 1);
  const inPart = read(
    'Home Visits',
    'Offered by BloomBoard',
    'Part 1: Overview',
    'Section A: Context',
    'Section B: Goals',
  );
  assert.deepEqual(
    inPart.rubric.sections.map((s) => [s.id, s.sections?.map((c) => c.id)]),
    [['part-1', ['section-a', 'section-b']]],
  );
});

const task = (...lines: string[]) =>
  read(
    'Digital Citizenship',
    'Offered by a university',
    'Requirements for Earning This Badge',
    'Task 1: Unit',
    ...lines,
  ).rubric.sections[0];

test('"a 250 word response", without its hyphen, is a limit as "a 250-word response" is', () => {
  for (const line of ['Describe the unit in a 250 word response.', 'Write a 250 word reflection on the unit.'])
    assert.deepEqual(task(line).words, { max: 250, limit: 'hard' }, line);
  assert.equal(task('Use the 3 word rule: name, claim, evidence.').words, undefined);
});

test('"Cite no fewer than three sources, each with a sentence…" asks for a list of sources, each explained', () => {
  const cited = task(
    'Cite no fewer than three sources that informed your unit, each with a sentence on how you used it.',
  );
  assert.deepEqual(cited.items, { min: 3, noun: 'source' });
  assert.deepEqual(cited.statements, { minWords: 6 });
});

test('"Do not include identifying information", "Remove student names…" and their Spanish are the anonymity', () => {
  const cases: [string, string][] = [
    ['Submit four samples. Do not include identifying information.', 'Do not include identifying information.'],
    [
      'Remove student names from any captions or on-screen text.',
      'Remove student names from any captions or on-screen text.',
    ],
    ['Upload two samples of student work, with student names removed.', 'With student names removed.'],
    ['Incluya hasta 6 fotos. No incluya nombres de estudiantes.', 'No incluya nombres de estudiantes.'],
    [
      'Grabe un video. Cuide que no aparezcan los rostros de los estudiantes.',
      'Cuide que no aparezcan los rostros de los estudiantes.',
    ],
  ];
  for (const [line, rule] of cases) {
    const draft = read('Read-Alouds', 'Offered by NEA', 'Submission Requirements', 'Part 1: Evidence', line);
    assert.equal(draft.rubric.anonymity, rule, line);
  }
  const criterion = read(
    'Read-Alouds',
    'Offered by NEA',
    'Part 1: Evidence',
    'Submit the names of three texts you read.',
  );
  assert.equal(criterion.rubric.anonymity, undefined, 'naming texts is no privacy rule');
});

test('a Spanish level labelling its criterion keeps its sentence case: "No logrado", not "No Logrado"', () => {
  const draft = read(
    'Retroalimentación',
    'Ofrecida por: Red de Educadores',
    'Requisitos para la entrega',
    'Evidencia 1: Muestras',
    'Presente al menos tres muestras.',
    'Rúbrica',
    'Evidencia 1 – Logrado: Tres o más muestras. | En proceso: Muestras sin explicación. | No logrado: Sin muestras.',
  );
  assert.deepEqual(
    draft.rubric.sections[0].criteria?.map((c) => c.level),
    ['Logrado', 'En proceso', 'No logrado'],
  );
});

test('screenshots are the images a section holds, as photos are: their most, their captions', () => {
  const shots = task('Provide 2-4 screenshots of the dashboard. Each screenshot needs a caption explaining the data.');
  assert.deepEqual(shots.media, { photos: { max: 4, captions: true }, required: true });
  assert.equal(shots.items, undefined, 'no list items');
  assert.deepEqual(task('Upload up to 3 screen captures of the tool.').media, { photos: { max: 3 }, required: true });
  assert.deepEqual(task('Incluya hasta 5 capturas de pantalla con su pie de foto.').media, {
    photos: { max: 5, captions: true },
    required: true,
  });
});

test('the issuer ends where the page goes on to its tags; "Microcredencial publicada por …" names it', () => {
  const issuer = (line: string) => read('Morning Meetings', line, 'Evidence 1: Video', 'Submit a video.').rubric.source;
  assert.equal(issuer('A micro-credential by BloomBoard · Tags: SEL, Classroom Community'), 'BloomBoard');
  assert.equal(issuer('Issued by Digital Promise | 4 hours'), 'Digital Promise');
  assert.equal(
    issuer('Microcredencial publicada por el Instituto de Formación Docente'),
    'Instituto de Formación Docente',
  );
  assert.equal(issuer('Una microcredencial de Digital Promise'), 'Digital Promise');
});

test('"Offered by El Paso ISD" keeps the issuer\'s whole name', () => {
  const draft = read('Morning Meetings', 'Offered by El Paso ISD', 'Evidence 1: Video', 'Submit a video.');
  assert.equal(draft.rubric.source, 'El Paso ISD');
});

test('what it takes to pass, said after the rubric by whoever must earn it, or of a badge', () => {
  for (const line of [
    'Participants must receive "Meets Expectations" on all four steps to earn the micro-credential.',
    'A score of 3 or higher on every task is required to earn the badge.',
    'All components and the reflection must meet the standard to earn the micro-credential.',
    'Educators need to score Proficient on each step in order to earn this badge.',
  ]) {
    const draft = read(
      'Station Rotation',
      'Provided by: Office of Teaching and Learning',
      'What to Submit',
      'Part 1: Evidence',
      'Step 1 – Lesson Plan',
      'Upload a lesson plan.',
      'Rubric',
      '\tMeets Expectations\tDoes Not Meet Expectations',
      'Step 1 – Lesson Plan\tThe plan names its stations.\tNo plan.',
      line,
    );
    assert.equal(draft.rubric.passing, line, line);
    assert.equal(draft.rubric.sections[0].passing, undefined, `${line}: no Part's own`);
  }
});

test('"Record interviews with at least three students, 2-3 minutes each": recordings, no list of students', () => {
  const draft = read(
    'Morning Meetings',
    'A micro-credential by BloomBoard',
    'Evidence 1: Student Interviews',
    'Record audio interviews with at least three students, 2-3 minutes each, asking what they like.',
  );
  const interviews = draft.rubric.sections[0];
  assert.equal(interviews.items, undefined);
  assert.deepEqual(interviews.media, { recordings: { minSeconds: 120, maxSeconds: 180 }, required: true });
  assert.ok(
    draft.uncertain.some((u) => u.line === 4 && u.why.includes('count')),
    JSON.stringify(draft.uncertain),
  );
  const listed = task('Submit a 3-5 minute video and a list of at least five strategies, each explained.');
  assert.deepEqual(listed.items, { min: 5, noun: 'strategy' }, 'a list beside one video is a list');
});

test('"Meets the Standard" / "Does Not Yet Meet the Standard" label a scoring guide\'s levels', () => {
  const draft = read(
    'Small-Group Reading',
    'Issued by Relay Graduate School of Education',
    'Submission Requirements',
    'Component 1: Group Data',
    'Explain how you formed your groups. Maximum of 350 words.',
    'Scoring Criteria',
    'Component 1: Group Data',
    'Exceeds Standard: Groups come from three data sources.',
    'Meets the Standard: Groups are formed from two or more data sources.',
    'Approaches Standard: Groups come from one source.',
    'Does Not Yet Meet the Standard: Groups are not tied to data.',
  );
  assert.deepEqual(
    draft.rubric.sections[0].criteria?.map((c) => c.level),
    ['Exceeds Standard', 'Meets the Standard', 'Approaches Standard', 'Does Not Yet Meet the Standard'],
  );
});

test('a reminder that restates the most of a range ("must not exceed 400 words") is the same limit, no doubt', () => {
  const draft = read(
    'Small-Group Reading',
    'Issued by Relay Graduate School of Education',
    'Part C: Reflection',
    'Respond to both prompts in 300 to 400 words.',
    'Reminder: your reflection must not exceed 400 words.',
    'Keep it to no more than 450 words.',
  );
  assert.deepEqual(draft.rubric.sections[0].words, { min: 300, max: 400, limit: 'hard' });
  assert.deepEqual(
    draft.uncertain.map((u) => u.line),
    [6],
    `only the limit that differs is marked: ${JSON.stringify(draft.uncertain)}`,
  );
});

test('"a plan with three or four stations. For each station, describe…": a range of items, each explained', () => {
  const plan = task('Upload a lesson plan with three or four stations. For each station, describe what students do.');
  assert.deepEqual(plan.items, { min: 3, noun: 'station' });
  assert.deepEqual(plan.statements, { minWords: 6 });
  assert.deepEqual(task('List two or three goals for your students.').items, { min: 2, noun: 'goal' });
  assert.equal(task('Teach the lesson once or twice a week.').items, undefined);
});

test('a Part named again in a scoring guide ("Part C: Reflection") labels the levels after it, not an artifact', () => {
  const draft = read(
    'Small-Group Reading',
    'Issued by Relay Graduate School of Education',
    'Part A: Planning',
    'Component 1: Group Data',
    'Explain how you formed your groups.',
    'Part C: Reflection',
    'Respond in 300 to 400 words.',
    'Scoring Criteria',
    'Component 1: Group Data',
    'Proficient: Groups are formed from data.',
    'Developing: Groups are not tied to data.',
    'Part C: Reflection',
    'Proficient: Both prompts answered with data.',
    'Developing: A prompt is unanswered.',
  );
  const [planning, reflection] = draft.rubric.sections;
  assert.deepEqual(
    planning.sections?.[0].criteria?.map((c) => c.text),
    ['Groups are formed from data.', 'Groups are not tied to data.'],
  );
  assert.deepEqual(
    reflection.criteria?.map((c) => c.level),
    ['Proficient', 'Developing'],
  );
});

test('a line a page wrapped after a quoted level ("receive "Meets Expectations"" / "on all steps…") goes on', () => {
  const draft = read(
    'Station Rotation',
    'Provided by: Office of Teaching and Learning',
    'What to Submit',
    'Step 1 – Lesson Plan',
    'Upload a lesson plan.',
    'Participants must receive "Meets Expectations"',
    'on all four steps to earn the micro-credential.',
  );
  assert.equal(
    draft.rubric.passing,
    'Participants must receive "Meets Expectations" on all four steps to earn the micro-credential.',
  );
});

test('"no fewer than 200 words and no more than 400 words" is 200 to 400, its least no most', () => {
  assert.deepEqual(task('Write no fewer than 200 words and no more than 400 words.').words, {
    min: 200,
    max: 400,
    limit: 'hard',
  });
  assert.deepEqual(task('Write no less than 150 words.').words, { min: 150, limit: 'hard' });
  assert.deepEqual(task('Write fewer than 150 words.').words, { max: 150, limit: 'hard' });
});

test('"no menos de 200 palabras" and "no menos de 3 minutos" are the least, not the most', () => {
  assert.deepEqual(task('Escriba no menos de 200 palabras.').words, { min: 200, limit: 'hard' });
  assert.deepEqual(task('Escriba menos de 200 palabras.').words, { max: 200, limit: 'hard' });
  assert.equal(task('Grabe un video de no menos de 3 minutos.').media?.recordings?.maxSeconds, undefined);
});

test('"District Professional Learning · Issued by: Lakeview USD": the issuer named after a program\'s name', () => {
  const draft = read(
    '# Visual Schedules',
    'District Professional Learning · Issued by: Lakeview Unified School District',
    '**Part 1 of 3: Your Context**',
    'Answer in up to 300 words.',
  );
  assert.equal(draft.rubric.source, 'Lakeview Unified School District');
  assert.equal(draft.rubric.sections[0].title, 'Part 1 of 3: Your Context');
});

test('"two or more short video clips" is a number of recordings, marked as such, once', () => {
  const draft = read(
    'Interventions',
    'Made by Digital Promise',
    'Step 2: Intervention Clips',
    'Upload two or more short video clips. The total length of all clips must not exceed 10 minutes.',
  );
  assert.deepEqual(draft.rubric.sections[0].media, { recordings: { totalMaxSeconds: 600 }, required: true });
  assert.deepEqual(
    draft.uncertain.filter((u) => u.line === 4).map((u) => u.reason.key),
    ['import.check.recordingCount'],
  );
});

test('a rubric laid out by level ("Proficient", then "Step 1: …" per step) gives each step its criteria', () => {
  for (const mark of ['### ', '']) {
    const draft = read(
      '# Academic Conversations',
      'Issued by BloomBoard',
      '## Submission Requirements',
      '### Step 1: Conversation Plan',
      'Plan a conversation.',
      '### Step 2: Reflection',
      'Reflect on the conversation.',
      '## Rubric',
      `${mark}Proficient`,
      '- Step 1: Four or more frames.',
      '- Step 2: The reflection names the frames.',
      `${mark}Developing`,
      '- Step 1: Fewer than four frames.',
      '- Step 2: The reflection is general.',
    );
    assert.deepEqual(
      draft.rubric.sections.map((s) => s.criteria?.map((c) => `${c.level}: ${c.text}`)),
      [
        ['Proficient: Four or more frames.', 'Developing: Fewer than four frames.'],
        ['Proficient: The reflection names the frames.', 'Developing: The reflection is general.'],
      ],
      mark,
    );
    assert.deepEqual(draft.uncertain, [], mark);
  }
});

test('an instruction a page wrapped after its step number ("Step 1. Teach students what a…" / "is.")', () => {
  const draft = read(
    'Goal Setting',
    'Made by NEA',
    'Part 2. Artifacts',
    'Complete the following steps before you upload your artifacts:',
    'Step 1. Teach students what a learning goal',
    'is.',
    'Artifact 1: Goal Sheets',
    'Upload goal sheets.',
  );
  assert.deepEqual(titles(draft), ['Part 2. Artifacts', 'Artifact 1: Goal Sheets']);
  const kept = read('Goal Setting', 'Made by NEA', 'Part 1. Overview', 'Step 1: Look Back', 'about 250 words.');
  assert.deepEqual(titles(kept), ['Part 1. Overview', 'Step 1: Look Back'], 'a short name stays a heading');
});

test('"Phase 1: Plan", "Module 2: Teach", "Etapa 3: Reflexión" head sections as "Step 1" does', () => {
  for (const [word, spanish] of [
    ['Phase', 'Fase'],
    ['Module', 'Módulo'],
    ['Stage', 'Etapa'],
  ]) {
    const draft = read(
      'Blended Learning Badge',
      'Offered by State University',
      `${word} 1: Plan`,
      'Submit a unit plan with at least three lessons.',
      `${word} 2: Teach`,
      'Record a video of no more than 10 minutes.',
      `${spanish} 3: Reflexión`,
      'Escriba entre 300 y 500 palabras.',
    );
    const id = word.toLowerCase();
    assert.deepEqual(
      draft.rubric.sections.map((s) => s.id),
      [`${id}-1`, `${id}-2`, `${id}-3`],
    );
    assert.equal(draft.rubric.source, 'State University');
    assert.deepEqual(draft.rubric.sections[2].words, { min: 300, max: 500, limit: 'hard' });
  }
});

test('a length as a clock shows it ("between 3:00 and 5:00 minutes", "up to 4:30") is minutes and seconds', () => {
  assert.deepEqual(task('Upload a video between 3:00 and 5:00 minutes long.').media, {
    recordings: { minSeconds: 180, maxSeconds: 300 },
    required: true,
  });
  assert.deepEqual(task('Record a video of up to 4:30.').media, { recordings: { maxSeconds: 270 }, required: true });
  assert.equal(task('Record the 8:00-8:30 a.m. class on video.').media?.recordings?.maxSeconds, undefined);
});

test('"Upload a video of your lesson", no length: it must hold a recording; "may" or a choice does not', () => {
  for (const line of [
    'Upload a video of your lesson.',
    'Grabe un video de su clase.',
    'Submit a screencast of the tool.',
  ])
    assert.deepEqual(task(line).media, { recordings: {}, required: true }, line);
  for (const line of ['You may upload a video of your lesson.', 'Submit a video or photos of the lesson.'])
    assert.equal(task(line).media, undefined, line);
});

test('"- **Evidence 1 — Lesson Plan:** Upload your plan." as a list item: the section is named before its text', () => {
  const draft = read(
    '# Morning Meetings',
    'Issued by BloomBoard',
    '## Evidence',
    '- **Evidence 1 — Lesson Plan:** Upload your plan.',
    '- **Evidence 2 — Video:** A video of no more than 5 minutes.',
  );
  assert.deepEqual(titles(draft).slice(-2), ['Evidence 1 — Lesson Plan', 'Evidence 2 — Video']);
  const [plan, video] = draft.rubric.sections.flatMap((s) => s.sections ?? [s]).slice(-2);
  assert.deepEqual([plan.questions, plan.prompt], [undefined, 'Upload your plan.']);
  assert.deepEqual(video.media, { recordings: { maxSeconds: 300 }, required: true });
});

test('"Step 1: Choose a text. Read it aloud." is an instruction, as a paragraph or a list item: no section', () => {
  for (const mark of ['', '- ']) {
    const draft = read(
      'Read-Alouds',
      'Issued by NEA',
      'Part 1: Plan',
      'Complete these steps:',
      `${mark}Step 1: Choose a text. Read it aloud twice.`,
      `${mark}Step 2: Ask three questions. Note what students say.`,
    );
    assert.deepEqual(titles(draft), ['Part 1: Plan'], mark);
  }
});
