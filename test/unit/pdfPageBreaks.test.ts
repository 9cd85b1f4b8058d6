/**
 * Printed pages as browsers and word processors lay them out: a rubric table that starts low on a page,
 * its header row repeated at the next page's top, and a long title set large, wrapped over two lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pdfPagesToText, type PdfTextRun, readRequirements } from '../../server/src/core/intake/requirements';

/** A run of text at (x, y), 5 points a character wide, in a font and size. */
const run = (text: string, x: number, y: number, font = 'body', size = 10): PdfTextRun => ({
  text,
  x,
  y,
  width: (text.length * 5 * size) / 10,
  font,
  size,
});
const row = (cells: string[], y: number, font = 'body') => cells.map((text, i) => run(text, 72 + i * 120, y, font));
const HEADER = ['Artifact', 'Proficient', 'Basic', 'Developing'];

test("a table's header row at a page's foot, repeated at the next page's top, is read once, where it starts", () => {
  const first = [
    run('Submission Requirements', 72, 740),
    run('Part 1. Work Examples', 72, 720),
    run('Artifact 1: Plan', 72, 700),
    run('Write a plan of at least five steps.', 72, 686),
    run('Artifact 2: Video', 72, 666),
    run('Upload a video of no more than 5 minutes.', 72, 652),
    ...row(HEADER, 70, 'bold'),
    ...row(['Plan', 'Five steps.', 'Three steps.', 'No plan.'], 56),
  ];
  const second = [
    ...row(HEADER, 760, 'bold'),
    ...row(['Video', 'A clear video.', 'A short video.', 'No video.'], 746),
    run('Part 2. Reflection', 72, 720),
    run('Write no more than 400 words.', 72, 706),
  ];
  const text = pdfPagesToText([first, second]);
  assert.equal(text.split('\n').filter((line) => line === HEADER.join('\t')).length, 1, text);
  const [part] = readRequirements(text)?.rubric.sections ?? [];
  assert.deepEqual(
    part.sections?.map((s) => s.criteria?.map((c) => c.level)),
    [
      ['Proficient', 'Basic', 'Developing'],
      ['Proficient', 'Basic', 'Developing'],
    ],
  );
});

test('a long title set larger than the text, wrapped over two lines, is one title', () => {
  const page = [
    run('Checks for Understanding in Grade 7', 72, 740, 'heading', 24),
    run('Science Classrooms', 72, 712, 'heading', 24),
    ...[
      'Made by Riverside Unified Professional Learning for the teachers of the schools in its area',
      'who plan checks for understanding in their lessons and use what they learn from them in',
      'the lessons that follow, within a day, with the students who need it most, in small groups',
      'Submission Requirements',
      'Part 1. Overview Questions (no more than 300 words)',
      'Part 2. Reflection (no more than 400 words)',
    ].map((text, i) => run(text, 72, 690 - i * 14)),
  ];
  const lines = pdfPagesToText([page]).split('\n');
  const title = 'Checks for Understanding in Grade 7 Science Classrooms';
  // Marked as a page's top heading is: the title, whatever a page header above it says.
  assert.equal(lines[0], `# ${title}`);
  assert.equal(readRequirements(lines.join('\n'))?.rubric.title, title);
});

test("a word processor's page: its header above the title, bullets in a symbol font, its page number", () => {
  const page = [
    run('Red de Docentes Lectores · Microcredencial 2026', 72, 770),
    run('Tertulias literarias dialógicas', 72, 740, 'title', 28),
    run('Microcredencial publicada por Red de Docentes Lectores', 72, 712),
    run('Requisitos de presentación', 72, 690),
    run('Parte 1. Preguntas de contexto (no más de 300 palabras)', 72, 670),
    // Symbol's bullet as Word and LibreOffice print it: a private-use character.
    run('\uf0b7', 90, 656),
    run('¿Qué leen sus estudiantes?', 108, 656),
    run('\uf0b7 ¿Por qué eligió las tertulias?', 90, 642),
    run('Página 1 de 2', 72, 30),
  ];
  const text = pdfPagesToText([page]);
  assert.doesNotMatch(text, /Página 1/);
  const draft = readRequirements(text);
  assert.equal(draft?.rubric.title, 'Tertulias literarias dialógicas');
  assert.equal(draft?.rubric.sections[0].questions?.length, 2);
});

test('two text columns whose right one holds a numbered list, each number set apart from its text', () => {
  const left = [
    'The teacher holds short conferences of five',
    'to seven minutes with each writer, two or',
    'three a day, so that every student meets the',
    'teacher once a week during a six-week unit,',
    'each conference ending with one next move.',
  ];
  const page = [
    run('Key Method', 72, 740, 'bold'),
    ...left.map((text, i) => run(text, 72, 726 - i * 12)),
    run('Part 1. Overview Questions', 320, 740, 'bold'),
    run('Answer both questions in no more than 300', 320, 726),
    run('words, with an example for each of them.', 320, 714),
    run('1.', 320, 702),
    run('Which writers did you follow, and why?', 348, 702),
    run('2.', 320, 690),
    run('How do conferences fit into your day?', 348, 690),
  ];
  const lines = pdfPagesToText([page]).split('\n');
  assert.ok(lines.includes('1. Which writers did you follow, and why?'), lines.join('\n'));
  assert.ok(
    lines.some((line) => line.startsWith('The teacher holds') && line.endsWith('one next move.')),
    lines.join('\n'),
  );
  const [part] = readRequirements(`Submission Requirements\n${lines.join('\n')}`)?.rubric.sections ?? [];
  assert.equal(part.questions?.length, 2);
});

test('a rubric cell merged over the last levels ("Basic" and "Developing" alike) holds for each of them', () => {
  const page = [
    run('Submission Requirements', 72, 760),
    run('Part 1. Work Examples', 72, 740),
    run('Artifact 1: Plan', 72, 720),
    run('Artifact 2: Recording', 72, 700),
    ...row(HEADER, 670, 'bold'),
    ...row(['Artifact 1: Plan', 'Five steps.', 'Three steps.', 'No plan.'], 656),
    run('Artifact 2: Recording', 72, 642),
    run('Students talk.', 192, 642),
    run('The teacher leads the whole talk.', 312, 642),
  ];
  const [part] = readRequirements(pdfPagesToText([page]))?.rubric.sections ?? [];
  assert.deepEqual(
    part.sections?.[1].criteria?.map((c) => [c.level, c.text]),
    [
      ['Proficient', 'Students talk.'],
      ['Basic', 'The teacher leads the whole talk.'],
      ['Developing', 'The teacher leads the whole talk.'],
    ],
  );
});
