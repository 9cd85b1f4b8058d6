/**
 * Requirement texts whose units and tasks are worded as other issuers word them: lettered Tasks holding the
 * artifacts, counts in upload and describe sentences.
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
const shape = (draft: RubricDraft) =>
  flattenSections(draft.rubric).map(({ section }) => [section.id, section.sections?.length ?? 0]);

test('"Task B — Artifacts" over "Artifact 1: …" is a Part holding the artifacts, as "Part 2" is', () => {
  for (const dash of [' —', ':', '.', ' –'])
    assert.deepEqual(
      shape(
        read(
          'Exit Tickets',
          'Issued by a school district',
          'Submission Requirements',
          `Task A${dash} Overview Questions (300 words)`,
          '1. Describe your class.',
          `Task B${dash} Artifacts`,
          'Artifact 1: Exit Ticket Set',
          'Submit a set of exit tickets.',
          'Artifact 2: Analysis (400 words)',
          `Task C${dash} Reflection (500 words)`,
          '1. What did you learn?',
        ),
      ),
      [
        ['task-a', 0],
        ['task-b', 2],
        ['artifact-1', 0],
        ['artifact-2', 0],
        ['task-c', 0],
      ],
      dash,
    );
});

test('lettered Tasks with no artifacts under them stay sections of their own', () => {
  const draft = read(
    'Number Strings',
    'Offered by BloomBoard',
    'Submission Guidelines',
    'Task A: Number String Plans',
    'Submit a minimum of two number string plans.',
    'Task B: Facilitation Video',
    'Upload a video of no more than 10 minutes.',
  );
  assert.deepEqual(shape(draft), [
    ['task-a', 0],
    ['task-b', 0],
  ]);
});

const counted = (...lines: string[]) =>
  read('Exit Tickets', 'Issued by Digital Promise', 'Submission Requirements', 'Artifact 1: Exit Tickets', ...lines)
    .uncertain.filter((u) => u.reason.key === 'import.check.unplacedCount')
    .map((u) => u.line);

test('counts in upload and describe sentences, listed or not, are marked to check, never a rule', () => {
  for (const line of [
    'Describe two goal-setting conferences you held with students.',
    'Please upload at least five exit tickets from one unit.',
    '- Upload at least five exit tickets from one unit.',
    '- Please attach three samples of student work.',
    'Suba cinco boletos de salida de una misma unidad.',
  ]) {
    assert.deepEqual(counted(line), [5], line);
    const draft = read(
      'Exit Tickets',
      'Issued by Digital Promise',
      'Submission Requirements',
      'Artifact 1: Tickets',
      line,
    );
    assert.equal(draft.rubric.sections[0].items, undefined, line);
  }
});

test('a numbered question, the following artifacts, points and photos are no count to check', () => {
  for (const line of [
    '1. Name at least two ideas on how to engage families.',
    'Please submit the following three artifacts:',
    'Describe three key points of your plan.',
    'Upload up to three photos of students revising their drafts.',
    'Describe your grade 3 classroom.',
    'Upload an audio recording of a conversation with two students about the results.',
  ])
    assert.deepEqual(counted(line), [], line);
});

test('an organisation over "Micro-credential: <title>" is the issuer, the labelled line titles', () => {
  const head = (masthead: string) =>
    read(masthead, 'Micro-credential: Small-Group Reading', 'Submission Requirements', 'Part 1. Context (300 words)')
      .rubric;
  const mastheads = ['Tennessee Department of Education', 'Oak Hills School District', 'Universidad de Sonora'];
  for (const masthead of mastheads) {
    assert.equal(head(masthead).title, 'Small-Group Reading', masthead);
    assert.equal(head(masthead).source, masthead, masthead);
  }
  // A series' name over the title is no organisation.
  assert.notEqual(head('Literacy Series').source, 'Literacy Series');
});

const section = (...lines: string[]) =>
  read('Proyectos', 'Issued by a state institute', 'Submission Requirements', 'Artifact 1: Plan', ...lines).rubric
    .sections[0];

test('"Una página (unas 500 palabras)", "en torno a 300 palabras" are approximate: a guide', () => {
  assert.deepEqual(section('Una página (unas 500 palabras) con la pregunta guía.').words, { max: 500, limit: 'guide' });
  assert.deepEqual(section('Escriba en torno a 300 palabras.').words, { max: 300, limit: 'guide' });
  assert.deepEqual(section('One page (about 500 words) with the driving question.').words, {
    max: 500,
    limit: 'guide',
  });
});

test('"… se requiere una puntuación de 3 o más", "… a score of 3 or higher on each artifact is required" pass', () => {
  const passing = (line: string) =>
    read(
      'Proyectos',
      'Issued by a state institute',
      'Submission Requirements',
      'Artifact 1: Plan',
      'Submit a plan.',
      line,
    ).rubric.passing;
  for (const line of [
    'Para obtener la microcredencial se requiere una puntuación de 3 o más en cada evidencia.',
    'Para obtener esta microcredencial, es necesario obtener Competente en cada evidencia.',
    'To earn the micro-credential, a score of 3 or higher on each artifact is required.',
  ])
    assert.ok(passing(line), line);
});

test('"FAQ", "Frequently Asked Questions" after the requirements end them: their questions are no Part\'s', () => {
  for (const heading of ['FAQ', 'Frequently Asked Questions', 'Preguntas frecuentes'])
    assert.equal(
      read(
        'Restorative Conversations',
        'National Education Association',
        'Submission Requirements',
        'Part 1. Reflection (300 words)',
        '- What changed?',
        heading,
        '1. Can I use a conversation from last year? No.',
        '2. How many times can I resubmit? Up to 3 times.',
      ).rubric.sections[0].questions?.length,
      1,
      heading,
    );
});

test('"each with a one-sentence summary", "with a brief justification for each" ask a statement per item', () => {
  for (const line of [
    'Keep a log of at least four conversations, each with a one-sentence summary of the agreement.',
    'Include a list of at least three strategies with a brief justification for each.',
  ])
    assert.deepEqual(section(line).statements, { minWords: 6 }, line);
});

test('"each under 90 seconds and no more than 5 minutes in total": the most for each clip and for all of them', () => {
  const draft = read(
    'Feedback',
    'Issued by a university',
    'Submission Requirements',
    'Artifact 1: Clips',
    'Record three clips of spoken feedback, each under 90 seconds and no more than 5 minutes in total.',
  );
  assert.deepEqual(draft.rubric.sections[0].media?.recordings, { maxSeconds: 90, totalMaxSeconds: 300 });
  assert.deepEqual(
    draft.uncertain.filter((u) => u.reason.key === 'import.check.secondLength'),
    [],
  );
});

test('"Open Badge · School of Education, Westbrook University": a name with its comma is the issuer', () => {
  const draft = read(
    'Feedback',
    'Open Badge · School of Education, Westbrook University',
    'Submission Requirements',
    'Part 1. Context (200 words)',
  );
  assert.equal(draft.rubric.source, 'School of Education, Westbrook University');
});

const componente = (...lines: string[]) =>
  read(
    'Lectura',
    'Microcredencial publicada por la Dirección',
    'Requisitos de entrega',
    'Componente 1: Fotos',
    ...lines,
  );

test('Spanish wordings: "Grabe una sesión de entre 3 y 5 minutos", "cada una con una descripción breve"', () => {
  assert.deepEqual(componente('Grabe una sesión de lectura de entre 3 y 5 minutos.').rubric.sections[0].media, {
    recordings: { minSeconds: 180, maxSeconds: 300 },
    required: true,
  });
  assert.deepEqual(
    componente('Comparta como máximo 6 fotografías, cada una con una descripción breve.').rubric.sections[0].media,
    { photos: { max: 6, captions: true }, required: true },
  );
  assert.deepEqual(section('Share up to 5 photos, each with a short description of the station.').media?.photos, {
    max: 5,
    captions: true,
  });
  assert.ok(
    componente('Una reflexión que no exceda una cuartilla.').uncertain.some(
      (u) => u.reason.key === 'import.check.pageLimit',
    ),
  );
});

test('"No muestre el rostro de los alumnos" is a privacy rule; "Se otorga la microcredencial con …" passes', () => {
  assert.ok(componente('Suba fotos. No muestre el rostro de los alumnos.').rubric.anonymity);
  const draft = componente('Suba fotos.', 'Se otorga la microcredencial con "Logrado" en todos los componentes.');
  assert.ok(draft.rubric.passing);
});

test('"up to 3 work samples", "no more than four goals" are the most of some things: marked, never a rule', () => {
  for (const line of ['A folder of up to 3 work samples from students.', 'A plan of no more than four goals.']) {
    assert.deepEqual(counted(line), [5], line);
    assert.equal(section(line).items, undefined, line);
  }
  for (const line of ['Hasta 6 fotografías de los cuadernos.', 'A video of up to 10 minutes.'])
    assert.deepEqual(counted(line), [], line);
});

test('"Strong / Adequate / Not Yet", "Highly Effective / Effective / Ineffective" are one Part\'s levels', () => {
  for (const levels of [
    ['Strong', 'Adequate', 'Not Yet'],
    ['Highly Effective', 'Effective', 'Ineffective'],
  ]) {
    const draft = read(
      'Read-Alouds',
      'Issued by a college',
      'Submission Requirements',
      'Part A — Plan (300 words)',
      'Part B — Recording',
      'Record one read-aloud, 3:00 max.',
      'Part B. Scoring guide',
      ...levels.map((level) => `${level}: The read-aloud draws students in.`),
    );
    assert.deepEqual(
      draft.rubric.sections[1].criteria?.map((c) => c.level),
      levels,
    );
  }
});

test('"Timestamp at least two moments", "a text set of 5 to 8 picture books" give their counts', () => {
  assert.deepEqual(section('Record a read-aloud. Timestamp at least two moments of talk.').timestamps, { min: 2 });
  assert.deepEqual(section('Build a text set of 5 to 8 picture books that reflect your students.').items, {
    min: 5,
    noun: 'picture book',
  });
});

const portal = (...lines: string[]) =>
  read('Vocabulary Routines', 'Maple Valley School District · Professional Learning', 'Requirements', ...lines);

test('a district beside another thing under the title ("<District> · Professional Learning") is the issuer', () => {
  assert.equal(portal('Step 1 - Plan', 'Write a plan (300 words).').rubric.source, 'Maple Valley School District');
});

test('a rubric line "Step 1 - Plan: Proficient - … Not Yet - …" gives the step both levels', () => {
  const draft = portal(
    'Step 1 - Plan',
    'Write a plan (300 words).',
    'Scoring Rubric',
    'Step 1 - Plan: Proficient - Words come from the texts. Not Yet - Words are not tied to the texts.',
  );
  assert.deepEqual(
    draft.rubric.sections[0].criteria?.map((c) => c.level),
    ['Proficient', 'Not Yet'],
  );
});

test('"Reflect on the routine in 200-300 words. What would you change?": the question after the task is one', () => {
  const draft = portal('Step 4 - Reflect', 'Reflect on the routine in 200-300 words. What would you change?');
  assert.deepEqual(draft.rubric.sections[0].questions, ['What would you change?']);
});

test('"Artifact 3: Samples — Upload at least five exit tickets." is titled "Artifact 3: Samples"', () => {
  const draft = read(
    'Exit Tickets',
    'Issued by Digital Promise',
    'Submission Requirements',
    'Artifact 1: Plan — Two Weeks of Lessons',
    'Write the plan.',
    'Artifact 2: Samples — Upload at least five exit tickets.',
  );
  assert.deepEqual(
    flattenSections(draft.rubric).map(({ section }) => section.title),
    ['Artifact 1: Plan — Two Weeks of Lessons', 'Artifact 2: Samples'],
  );
  assert.ok(draft.uncertain.some((u) => u.line === 6 && u.reason.key === 'import.check.unplacedCount'));
});
