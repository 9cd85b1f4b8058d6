/**
 * Footnotes in a PDF as word processors and browsers print them: the mark raised in smaller type after a
 * word or a number, the note at the foot of the page; and a list's label set right against its text. Runs
 * are placed here by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pdfPagesToText, type PdfTextRun, readRequirements } from '../../server/src/core/intake/requirements';

/** A run of text at (x, y), 5 points a character wide (a mark 3 points), in a size. */
const run = (text: string, x: number, y: number, size = 10): PdfTextRun => ({
  text,
  x,
  y,
  width: text.length * (size < 8 ? 3 : 5),
  font: 'body',
  size,
});
const after = (previous: PdfTextRun) => previous.x + previous.width;

test('a footnote mark raised after a limit\'s number ("400²" words) is not part of the number', () => {
  const limit = run('Write a reflection of no more than 400', 72, 600);
  const mark = run('2', after(limit), 602, 6);
  const page = [
    run('Submission Requirements', 72, 700),
    run('Part 1. Reflection', 72, 650),
    limit,
    mark,
    run(' words.', after(mark), 600),
    run('What changed?', 72, 585),
  ];
  const text = pdfPagesToText([page]);
  assert.match(text, /no more than 400 words\./);
  assert.deepEqual(readRequirements(text)?.rubric.sections[0].words, { max: 400, limit: 'hard' });
});

test("a footnote at the page's foot is read at its mark's line, not in the last Part of the page", () => {
  const research = run('Feedback is among the strongest influences on learning.', 72, 720);
  const page = [
    research,
    run('1', after(research), 724, 6),
    run('Submission Requirements', 72, 700),
    run('Part 1. Reflection', 72, 650),
    run('Write no more than 400 words.', 72, 600),
    run('1', 72, 94, 6),
    run('Hattie (2009) brought together 800 meta-analyses of 50,000 studies, 3 pages each.', 75, 90),
    run('2', 300, 40),
  ];
  const text = pdfPagesToText([page]);
  assert.match(text, /learning\. \(Hattie \(2009\) brought together 800 meta-analyses/);
  const draft = readRequirements(text);
  assert.deepEqual(draft?.rubric.sections[0].words, { max: 400, limit: 'hard' });
  assert.deepEqual(
    draft?.uncertain.filter((u) => u.path[0] === 'sections'),
    [],
  );
  // A page's number alone at its foot is no note, even where a mark of the same number is in the text.
  assert.match(text, /^2$/m);
});

test('a heading\'s list label set right at its text ("Part 1." then "Overview") reads "Part 1. Overview"', () => {
  const label = run('Part 1.', 72, 650);
  const labelTwo = run('Part 2.', 72, 560);
  const page = [
    run('Submission Requirements', 72, 700),
    label,
    run('Overview Questions', after(label), 650),
    run('Write no more than 300 words.', 72, 620),
    labelTwo,
    run('Reflection', after(labelTwo), 560),
    run('Write no more than 400 words.', 72, 530),
    // A number's own pieces stay together: "2" "5" is no label.
    run('Record 2', 72, 500),
    run('5 clips.', after(run('Record 2', 72, 500)), 500),
  ];
  const text = pdfPagesToText([page]);
  assert.match(text, /^Part 1\. Overview Questions$/m);
  assert.deepEqual(
    readRequirements(text)?.rubric.sections.map((s) => s.title),
    ['Part 1. Overview Questions', 'Part 2. Reflection'],
  );
  assert.match(text, /^Record 25 clips\.$/m);
});
