/**
 * Requirement texts in other issuers' words: "Deliverable 1 — …" and "Entry 2: …" sections, a recording's
 * range with a unit at each end, passing statements of PD portals and Spanish texts.
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
const task = (...lines: string[]) =>
  read('Digital Citizenship', 'Offered by a university', 'Requirements', 'Task 1: Unit', ...lines).rubric.sections[0];

test('"### Deliverable 1 — Circle Plan", "Entry 2: Audio", "Entregable 2:" head sections as "Artifact 1" does', () => {
  const draft = read(
    '# Restorative Circles',
    'Springfield Public Schools',
    '## What to Submit',
    '### Deliverable 1 — Circle Plan',
    'Write a plan for one circle (500 words max).',
    '### Deliverable 2 — Circle Video',
    'Record one circle.',
  );
  assert.deepEqual(titles(draft), ['Deliverable 1 — Circle Plan', 'Deliverable 2 — Circle Video']);
  assert.deepEqual(draft.rubric.sections[0].id, 'deliverable-1');
  assert.deepEqual(draft.rubric.sections[0].words, { max: 500, limit: 'hard' });
  const entries = read(
    'Math Talks',
    'Digital Promise',
    'Submission Guidelines',
    'Entry 1: Talk Plans',
    'Share three talk plans.',
    'Entregable 2: Fotografías',
    'Hasta 6 fotografías.',
  );
  assert.deepEqual(
    entries.rubric.sections.map((s) => s.id),
    ['entry-1', 'deliverable-2'],
  );
});

test('"between 90 seconds and 3 minutes long": a range with a unit at each end, in seconds', () => {
  assert.deepEqual(task('Submit an audio recording of one talk, between 90 seconds and 3 minutes long.').media, {
    recordings: { minSeconds: 90, maxSeconds: 180 },
    required: true,
  });
  assert.deepEqual(task('Grabe un video de 30 segundos a 2 minutos.').media?.recordings, {
    minSeconds: 30,
    maxSeconds: 120,
  });
  const oneLength = task('Upload a video no longer than 2 minutes and 30 seconds.').media?.recordings;
  assert.equal(oneLength?.minSeconds, undefined, 'one length, no range from 2 minutes down to 30 seconds');
});

test('"… to earn credit", "A passing submission earns…", "… deben alcanzar el nivel…": the passing statement', () => {
  for (const line of [
    'Participants must score Meets Expectations or higher on every deliverable to earn credit.',
    'A passing submission earns Proficient or Advanced in every row.',
  ]) {
    const draft = read(
      'Math Talks',
      'Digital Promise',
      'Submission Guidelines',
      'Entry 1: Plans',
      'Share a plan.',
      line,
    );
    assert.ok(draft.rubric.passing, line);
  }
  const spanish = read(
    'Tertulias literarias',
    'Red de Docentes',
    'Requisitos de presentación',
    'Evidencia 1: Planificación',
    'Redacte su planificación.',
    'Para obtener la microcredencial, todas las evidencias deben alcanzar el nivel Satisfactorio.',
  );
  assert.ok(spanish.rubric.passing);
});

test('"Sobresaliente / Satisfactorio / En proceso" are levels of a rubric in labelled lines', () => {
  const draft = read(
    'Tertulias literarias',
    'Red de Docentes',
    'Requisitos de presentación',
    'Evidencia 1: Planificación',
    'Redacte su planificación.',
    'Criterios de evaluación',
    'Evidencia 1: Planificación',
    'Sobresaliente: Tres preguntas abiertas ligadas al texto.',
    'Satisfactorio: Tres preguntas abiertas.',
    'En proceso: Menos de tres preguntas.',
  );
  assert.deepEqual(
    draft.rubric.sections[0].criteria?.map((c) => c.level),
    ['Sobresaliente', 'Satisfactorio', 'En proceso'],
  );
});

test('"Use pseudonyms for students", "Utilice seudónimos": the anonymity rule', () => {
  for (const line of ['Record one circle. Use pseudonyms for students in any captions.', 'Utilice seudónimos.']) {
    const draft = read('Circles', 'Springfield Public Schools', 'What to Submit', 'Deliverable 1 — Video', line);
    assert.ok(draft.rubric.anonymity, line);
  }
});

test('"Share three to five plans", "must offer no fewer than six tasks", "…. Incluya al menos tres": a count', () => {
  assert.deepEqual(task('Share three to five talk plans.').items, { min: 3, noun: 'talk plan' });
  assert.deepEqual(task('Upload your board. It must offer no fewer than six tasks.').items, { min: 6, noun: 'task' });
  assert.deepEqual(task('The board must include no fewer than six tasks.').items, { min: 6, noun: 'task' });
  assert.deepEqual(task('Redacte su plan en un máximo de 300 palabras. Incluya al menos tres preguntas.').items, {
    min: 3,
    noun: 'pregunta',
  });
});

test('a question on a line of its own under a section is a guiding question, as a listed one is', () => {
  const draft = read(
    'Math Talks',
    'Digital Promise',
    'Submission Guidelines',
    'Part III — Reflection',
    'A minimum of 150 words and a maximum of 300 words.',
    'What changed in how your students explain their thinking?',
  );
  assert.equal(draft.rubric.sections[0].questions?.length, 1);
  const prompt = read('Math Talks', 'Digital Promise', 'Submission Guidelines', 'Part 3. Reflection', 'Why? Explain.');
  assert.equal(prompt.rubric.sections[0].questions, undefined, 'a prompt of two sentences is no question');
});

test('"at least one and no more than 8 images": photos from 1 to 8, no list of images to count', () => {
  const section = task('Include at least one and no more than 8 images of the board, each with a caption.');
  assert.deepEqual(section.media, { photos: { max: 8, captions: true }, required: true });
  assert.equal(section.items, undefined);
});

test('"A micro-credential issued by …", "A digital badge offered by …" under the title name the issuer', () => {
  for (const [line, issuer] of [
    ['A micro-credential issued by the Riverside Teacher Academy', 'the Riverside Teacher Academy'],
    ['A digital badge offered by Lakeview USD', 'Lakeview USD'],
    ['An open badge awarded by the Center for Teaching Excellence', 'the Center for Teaching Excellence'],
  ])
    assert.equal(
      read('Exit Tickets', line, 'Submission Requirements', 'Artifact 1: Plan', 'A plan.').rubric.source,
      issuer,
    );
});
