/**
 * A PDF's positioned text as requirement lines, as real producers lay pages out: two text columns, words
 * hyphenated at line ends, table cells whose text nearly touches the next cell, a browser's printed
 * margins. Runs are placed here by hand, so what each page holds is plain to see.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pdfPagesToText, type PdfTextRun, readRequirements } from '../../server/src/core/intake/requirements';

/** A run of text at (x, y), 5 points a character wide, in a font and size. */
const run = (text: string, x: number, y: number, font = 'body', size = 10): PdfTextRun => ({
  text,
  x,
  y,
  width: text.length * 5,
  font,
  size,
});

test('a page in two text columns is read down the left column, then the right, then what is below both', () => {
  const left = [
    'Part 1. Overview Questions',
    'Answer the questions in no',
    'more than three hundred',
    'words, and say why each',
    'matters to your students.',
  ];
  const right = [
    'Part 2. Reflection',
    'Write a reflection of no',
    'more than four hundred',
    'words about what changed',
    'in your class this term.',
  ];
  // Headings in bold, as a word processor sets them.
  const font = (text: string) => (text.startsWith('Part') ? 'bold' : 'body');
  const page = [
    run('Submission Requirements', 72, 760),
    ...left.map((text, i) => run(text, 72, 740 - i * 12, font(text))),
    ...right.map((text, i) => run(text, 230, 738 - i * 12, font(text))),
    run('Passing: both parts.', 72, 660),
  ];
  const lines = pdfPagesToText([page]).split('\n');
  // Each column's wrapped lines are one paragraph again.
  assert.deepEqual(lines, [
    'Submission Requirements',
    left[0],
    left.slice(1).join(' '),
    right[0],
    right.slice(1).join(' '),
    'Passing: both parts.',
  ]);
  const sections = readRequirements(lines.join('\n'))?.rubric.sections ?? [];
  assert.deepEqual(
    sections.map((s) => [s.title, s.words?.max]),
    [
      ['Part 1. Overview Questions', 300],
      ['Part 2. Reflection', 400],
    ],
  );
});

test('a rubric table of label and level columns is not taken for two text columns', () => {
  const rows = ['Proficient', 'Basic', 'Developing', 'Not yet', 'Missing'];
  const page = rows.flatMap((level, i) => [
    run(level, 72, 700 - i * 12),
    run(`The plan is ${level}.`, 320, 700 - i * 12),
  ]);
  assert.deepEqual(
    pdfPagesToText([page]).split('\n'),
    rows.map((level) => `${level} The plan is ${level}.`),
  );
});

test('a heading a narrow column wrapped is one heading; the heading above body text stays apart', () => {
  const body = (texts: string[], x: number, y: number) => texts.map((text, i) => run(text, x, y - i * 12));
  const page = [
    run('Part 1. Overview', 72, 740, 'bold', 13),
    ...body(
      ['Say what you did in no more than', 'three hundred words, in full sen-', 'tences, with examples.'],
      72,
      724,
    ),
    ...body(
      ['More lines of the left column to', 'fill it up to the edge of the', 'column, as wrapped text does.'],
      72,
      688,
    ),
    run('Part 2. Work', 260, 740, 'bold', 13),
    run('Examples/Artifacts/Evidence', 260, 726, 'bold', 13),
    run('Artifact 1: Plan', 260, 712, 'bold', 13),
    ...body(
      ['Submit a plan of at least four', 'steps, each with its purpose and', 'the people it concerns most.'],
      260,
      698,
    ),
  ];
  const lines = pdfPagesToText([page]).split('\n');
  assert.ok(lines.includes('Part 1. Overview'), lines.join('\n'));
  assert.ok(lines.includes('Part 2. Work Examples/Artifacts/Evidence'), lines.join('\n'));
  assert.ok(lines.includes('Artifact 1: Plan'), lines.join('\n'));
  assert.ok(
    lines.some((line) => line.includes('in full sentences, with examples.')),
    lines.join('\n'),
  );
});

test('a word hyphenated (or soft-hyphenated) at a line end is one word again; "300-" or "self-" keeps it', () => {
  const page = [
    'Submit a plan of a mini-',
    'mum of four circles and a 300-',
    'word summary of the self-',
    'assessment, with a reflec\u00ad',
    'tion.',
  ].map((text, i) => run(text, 72, 700 - i * 12));
  assert.deepEqual(pdfPagesToText([page]).split('\n'), [
    'Submit a plan of a minimum',
    'of four circles and a 300-word',
    'summary of the self-assessment,',
    'with a reflection.',
    '',
  ]);
});

test('a compound broken after one of its own hyphens ("think-pair-" / "share") keeps the hyphen', () => {
  const page = ['Plan three think-pair-', 'shares, step-by-', 'step.'].map((text, i) => run(text, 72, 700 - i * 12));
  assert.deepEqual(pdfPagesToText([page]).split('\n'), ['Plan three think-pair-shares,', 'step-by-step.', '']);
});

test("a table cell's text that nearly touches the next cell stays in its own column", () => {
  // Cells padded as word processors pad them: 11 points between one cell's text and the next's.
  const page = [
    run('Artifact', 72, 700),
    run('Proficient', 200, 700),
    run('Basic', 330, 700),
    run('Developing', 460, 700),
    run('Artifact 1: Plan', 72, 688),
    { text: 'Three key points, each one', x: 200, y: 688, width: 119 },
    { text: 'Two key points or a summary', x: 330, y: 688, width: 119 },
    run('No plan.', 460, 688),
  ];
  assert.deepEqual(pdfPagesToText([page]).split('\n').slice(1), [
    'Artifact 1: Plan\tThree key points, each one\tTwo key points or a summary\tNo plan.',
  ]);
});

test("a browser's printed margins (date and title, address and 1/1) are left out, even on a single page", () => {
  const page = [
    run('12/6/26, 9:41 AM', 36, 770, 'body', 8),
    run('Exit Tickets | BloomBoard', 260, 770, 'body', 8),
    run('Exit Tickets', 72, 730),
    run('Submission Requirements', 72, 710),
    run('Part 1. Overview (no more than 300 words)', 72, 690),
    run('https://bloomboard.com/credentials/exit-tickets', 36, 20, 'body', 8),
    run('1/1', 560, 20, 'body', 8),
  ];
  const text = pdfPagesToText([page]);
  assert.deepEqual(text.split('\n'), [
    'Exit Tickets',
    'Submission Requirements',
    'Part 1. Overview (no more than 300 words)',
  ]);
  assert.equal(readRequirements(text)?.rubric.title, 'Exit Tickets');
});
