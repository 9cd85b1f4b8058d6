/**
 * `import-rubric` of printable PDFs: text read with pdf.js, the rubric table read cell by cell,
 * and the header and footer that repeat on every page left out, even where a page break falls
 * inside a rubric row. The PDFs are laid out here, so what each page holds is plain to see.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TextRun, writePdf } from '../helpers/pdfWriter';
import { run } from './run';

const COLUMNS = [72, 200, 330, 460];
/** A line of prose, or a table line: one string per column (wrapped cell text continues in its column). */
type Line = string | string[];

function page(lines: Line[], header: string, footer: string): TextRun[] {
  const runs: TextRun[] = [{ x: 72, y: 760, text: header, size: 8 }];
  lines.forEach((line, i) => {
    const y = 730 - i * 14;
    if (typeof line === 'string') runs.push({ x: 72, y, text: line });
    else line.forEach((text, column) => text && runs.push({ x: COLUMNS[column], y, text, size: 8 }));
  });
  runs.push({ x: 72, y: 30, text: footer, size: 8 });
  return runs;
}

function pdfFile(pages: Line[][], header: string, footer: (n: number) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-pdf-'));
  const file = join(dir, 'requirements.pdf');
  writeFileSync(file, writePdf(pages.map((lines, i) => page(lines, header, footer(i + 1)))));
  return file;
}

async function importPdf(file: string) {
  const done = await run(['import-rubric', file, '--format', 'json']);
  assert.equal(done.status, 0, done.stderr);
  return JSON.parse(done.stdout);
}

test('an NEA PDF: the page footer and header inside the rubric table are not criteria text', async () => {
  const file = pdfFile(
    [
      [
        'Project-Based Learning Launch',
        'Made by National Education Association',
        'Key Method',
        'Teachers plan a 3-week project with 4 checkpoints and a 10-minute showcase.',
        'Submission Requirements',
        'Part 1. Overview Questions',
        '(300-350 words)',
        'Please use the suggested word count as a guide to answer the following:',
        '1. What project did your students launch?',
        '2. Why did you choose it?',
        'Part 2. Work Examples/Artifacts/Evidence',
        'Artifact 1: Project Plan',
        'Submit a project plan of no more than 300 words with three key milestones.',
        'Artifact 2: Launch Video',
        'Upload a 3-5 minute video of the project launch.',
        'Part 2. Rubric',
        ['', 'Proficient', 'Basic', 'Developing'],
        ['Artifact 1: Project Plan', 'The plan names three', 'The plan names two', 'The plan names one'],
        ['', 'milestones and who', 'milestones.', 'milestone or none.'],
      ],
      [
        ['', 'leads each one.', '', ''],
        ['Artifact 2: Launch Video', 'A 3-5 minute video of', 'The video shows part', 'No video.'],
        ['', 'the whole launch.', 'of the launch.', ''],
        'Part 3. Reflection',
        '(no more than 400 words)',
        '- What would you change for the next project?',
        'Passing: The reflection names specific changes.',
      ],
    ],
    'Project-Based Learning Launch - Requirements',
    (n) => `NEA Micro-credentials | Page ${n} of 2`,
  );
  const { rubric } = await importPdf(file);
  assert.equal(rubric.title, 'Project-Based Learning Launch');
  const [part1, part2, part3] = rubric.sections;
  assert.deepEqual(part1.words, { min: 300, max: 350, limit: 'guide' });
  assert.equal(part1.questions.length, 2);
  const [plan, video] = part2.sections;
  assert.deepEqual(plan.words, { max: 300, limit: 'hard' });
  assert.equal(plan.minPoints, undefined, 'milestones are not points');
  assert.deepEqual(plan.criteria, [
    { level: 'Proficient', text: 'The plan names three milestones and who leads each one.' },
    { level: 'Basic', text: 'The plan names two milestones.' },
    { level: 'Developing', text: 'The plan names one milestone or none.' },
  ]);
  assert.deepEqual(video.media, { recordings: { minSeconds: 180, maxSeconds: 300 }, required: true });
  assert.equal(video.criteria[0].text, 'A 3-5 minute video of the whole launch.');
  assert.deepEqual(part3.words, { max: 400, limit: 'hard' });
  assert.ok(part3.passing);
  assert.doesNotMatch(JSON.stringify(rubric), /Page \d|NEA Micro-credentials|- Requirements/);
});

test('a BloomBoard PDF without Parts: its artifacts, levels and limits over three pages', async () => {
  const file = pdfFile(
    [
      [
        'Data Chats with Students',
        'Offered by BloomBoard',
        'Overview',
        'Teachers meet 5 students for 15 minutes each week.',
        'Submission Requirements',
        'Artifact 1: Data Chat Notes',
        'Provide a list of at least five data chats, with a short statement of the goal set in each.',
        'Artifact 2: Goal Tracker (Please limit your response to 250 words)',
        'Describe the tracker students used.',
      ],
      [
        'Artifact 3: Student Photos',
        'No more than 8 photos of students using the tracker. Caption each photo.',
        'Rubric',
        ['', 'Demonstrated', 'Progressing', 'Not Met'],
        ['Artifact 1: Data Chat Notes', 'Five or more chats,', 'Fewer than five', 'No notes.'],
        ['', 'each with its goal.', 'chats.', ''],
        ['Artifact 2: Goal Tracker', 'The tracker shows', 'The tracker shows', 'No tracker.'],
      ],
      [
        ['', 'progress on each goal.', 'some goals.', ''],
        ['Artifact 3: Student Photos', 'Captioned photos of', 'Some photos lack', 'No photos.'],
        ['', 'the tracker in use.', 'captions.', ''],
        'To earn this micro-credential, you must receive Demonstrated on every artifact.',
      ],
    ],
    'BloomBoard',
    (n) => `Data Chats with Students - Page ${n}`,
  );
  const { rubric } = await importPdf(file);
  assert.deepEqual(
    rubric.sections.map((s: { id: string }) => s.id),
    ['artifact-1', 'artifact-2', 'artifact-3'],
  );
  const [notes, tracker, photos] = rubric.sections;
  assert.deepEqual(notes.items, { min: 5, noun: 'data chat' });
  assert.deepEqual(notes.statements, { minWords: 6 });
  assert.deepEqual(tracker.words, { max: 250, limit: 'hard' });
  assert.equal(tracker.criteria[0].text, 'The tracker shows progress on each goal.');
  assert.deepEqual(photos.media, { photos: { max: 8, captions: true }, required: true });
  assert.deepEqual(
    photos.criteria.map((c: { level: string }) => c.level),
    ['Demonstrated', 'Progressing', 'Not Met'],
  );
  assert.ok(rubric.passing);
  assert.doesNotMatch(JSON.stringify(rubric), /Page \d/);
});

test('a Spanish BloomBoard PDF: Evidencia sections, Spanish limits and levels, a row split by a page', async () => {
  const file = pdfFile(
    [
      [
        'Conversaciones sobre datos con los estudiantes',
        'Ofrecido por BloomBoard',
        'Resumen',
        'Los docentes se reúnen con 5 estudiantes durante 15 minutos cada semana.',
        'Requisitos de presentación',
        'Evidencia 1: Notas de las conversaciones',
        'Presente una lista de al menos seis conversaciones, con una breve explicación de la meta de cada una.',
        'Evidencia 2: Registro de metas (no más de 250 palabras)',
        'Describa el registro que usaron los estudiantes.',
        'Evidencia 3: Video de una conversación',
        'Un video de 3 a 5 minutos de una conversación con un estudiante.',
      ],
      [
        'Evidencia 4: Fotos del registro',
        'No más de 8 fotos del registro en uso, cada una con su pie de foto.',
        'Rúbrica',
        ['', 'Demostrado', 'En progreso', 'No demostrado'],
        ['Evidencia 1: Notas de las', 'Seis conversaciones o', 'Menos de seis', 'Sin notas.'],
        ['conversaciones', 'más, cada una con su meta.', 'conversaciones.', ''],
        ['Evidencia 2: Registro de metas', 'El registro muestra el', 'El registro muestra', 'Sin registro.'],
      ],
      [
        ['', 'avance de cada meta.', 'algunas metas.', ''],
        ['Evidencia 3: Video de una', 'Un video de 3 a 5', 'El video es más corto', 'Sin video.'],
        ['conversación', 'minutos completo.', 'o más largo.', ''],
        ['Evidencia 4: Fotos del registro', 'Fotos con pie de foto.', 'Faltan pies de foto.', 'Sin fotos.'],
        'Para obtener esta microcredencial, debe recibir Demostrado en cada evidencia.',
      ],
    ],
    'BloomBoard',
    (n) => `Conversaciones sobre datos - Página ${n}`,
  );
  const { rubric } = await importPdf(file);
  assert.equal(rubric.title, 'Conversaciones sobre datos con los estudiantes');
  assert.equal(rubric.source, 'BloomBoard');
  assert.deepEqual(
    rubric.sections.map((s: { id: string }) => s.id),
    ['evidence-1', 'evidence-2', 'evidence-3', 'evidence-4'],
  );
  const [notes, tracker, video, photos] = rubric.sections;
  assert.deepEqual(notes.items, { min: 6, noun: 'conversación' });
  assert.deepEqual(notes.statements, { minWords: 6 });
  assert.deepEqual(tracker.words, { max: 250, limit: 'hard' });
  assert.equal(tracker.criteria[0].text, 'El registro muestra el avance de cada meta.');
  assert.deepEqual(video.media, { recordings: { minSeconds: 180, maxSeconds: 300 }, required: true });
  assert.deepEqual(photos.media, { photos: { max: 8, captions: true }, required: true });
  assert.deepEqual(
    photos.criteria.map((c: { level: string }) => c.level),
    ['Demostrado', 'En progreso', 'No demostrado'],
  );
  assert.ok(rubric.passing);
  assert.doesNotMatch(JSON.stringify(rubric), /Página \d/);
});

test('a file that is not a PDF gets one line and exit 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-pdf-'));
  writeFileSync(join(dir, 'broken.pdf'), 'not a pdf');
  const done = await run(['import-rubric', join(dir, 'broken.pdf')]);
  assert.equal(done.status, 2);
  assert.match(done.stderr, /broken\.pdf: is not a PDF that can be read/);
});
