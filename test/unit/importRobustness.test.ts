/**
 * The importer on any text at all: lines of real requirements shuffled, cut short and mixed with
 * random Unicode, and texts of megabytes. It returns a rubric the loader accepts, or null (which the
 * CLI reports as "no section found"); it never throws and never hangs (each test has a time-out).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { htmlToRequirementText, readRequirements, rubricFileText } from '../../server/src/core/intake/requirements';
import { flattenSections, loadRubricText } from '../../server/src/core/rubric';

const FIXTURES = join(__dirname, '../fixtures/requirements');
const TEXTS = readdirSync(FIXTURES)
  .filter((name) => /\.(?:txt|md|html)$/.test(name))
  .map((name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    return name.endsWith('.html') ? htmlToRequirementText(text) : text;
  });
const LINES = TEXTS.flatMap((text) => text.split(/\r?\n/));

/**
 * What the CLI does with a draft: write it as a rubric file and load that file back. A rubric file of
 * megabytes (prompts that long) is refused with its size, which the CLI says, and which is no crash.
 */
function assertUsable(text: string): void {
  const draft = readRequirements(text);
  if (!draft) return;
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const { line } of [...draft.provenance, ...draft.uncertain])
    assert.ok(line >= 1 && line <= lineCount, `line ${line} is in the text`);
  const problems = loadRubricText(
    rubricFileText({ ...draft, rubric: { ...draft.rubric, id: 'imported' } }, 'x.txt'),
  ).problems.filter((problem) => problem.severity === 'error' && !/too large/.test(problem.message));
  assert.deepEqual(problems, [], 'the rubric file loads');
}

const line = fc.oneof(
  fc.constantFrom(...LINES),
  fc.tuple(fc.constantFrom(...LINES), fc.nat()).map(([text, cut]) => text.slice(0, cut % (text.length + 1))),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('\t', '|', '| --- |', '(', 'Part 1.', 'Artifact 1:', 'Proficient:', '\u200b', '\u00ad', '#'),
);
const endings = fc.constantFrom('\n', '\r\n', '\r');

test('any mix of requirement lines, cut or shuffled, and random Unicode gives a usable rubric or none', {
  timeout: 120_000,
}, () => {
  fc.assert(
    fc.property(fc.array(line, { maxLength: 80 }), endings, (lines, ending) => assertUsable(lines.join(ending))),
    { numRuns: 150 },
  );
});

/** The text's lines in an order drawn from `seed`. */
function shuffled(text: string, seed: number): string {
  const lines = text.split('\n');
  let state = seed;
  for (let i = lines.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    const j = state % (i + 1);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  return lines.join('\n');
}

test('a fixture with its lines shuffled gives a usable rubric or none', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(fc.constantFrom(...TEXTS), fc.integer(), (text, seed) => assertUsable(shuffled(text, seed))),
    { numRuns: 100 },
  );
});

test('a first line of only markup ("**") gives the default title, marked to check, and a rubric that loads', () => {
  assertUsable('**\nPart 2');
  const draft = readRequirements('**\nPart 2');
  assert.ok(draft?.rubric.title);
  assert.ok(draft?.uncertain.some((u) => u.reason.key === 'import.check.noTitle'));
});

test('a rubric row whose cells hold only points ("3 pts", its ratings elsewhere) gives no empty criterion', () => {
  // The Canvas page's lines in an order where the criterion's row of points stands apart from its ratings.
  const canvas = readFileSync(join(FIXTURES, 'canvas-chrome-complete.html'), 'utf8');
  assertUsable(shuffled(htmlToRequirementText(canvas), 364164892));
});

test('five megabytes of requirements, a megabyte of one line or of tabs, are read to the end', {
  timeout: 180_000,
}, () => {
  let requirements = '';
  while (requirements.length < 5e6) requirements += `${TEXTS.join('\n')}\n`;
  const draft = readRequirements(requirements);
  assert.ok(draft, 'the requirements have sections');
  // Its sections at every depth: which fixture comes first decides whether they are Parts or artifacts.
  assert.ok(flattenSections(draft.rubric).length > 3);
  assertUsable(`Submission Requirements\nPart 1. Plan\n${'Write a plan of no more than 300 words. '.repeat(25_000)}`);
  assertUsable(`Part 1. Plan\n${'a\t'.repeat(500_000)}`);
});

test('a saved page of one line of thousands of inline elements takes time as it grows, not as its square', {
  timeout: 180_000,
}, () => {
  const spans = (n: number) => '<span>Write a plan.</span>'.repeat(n);
  const page = (n: number) =>
    `<html><body><h1>Plans</h1><p>Submission Requirements</p><p>${spans(n)}</p></body></html>`;
  const timed = (n: number): [number, string] => {
    const start = performance.now();
    const text = htmlToRequirementText(page(n));
    return [performance.now() - start, text];
  };
  timed(2_000);
  const [small] = timed(10_000);
  const [large, text] = timed(60_000);
  assert.ok(text.endsWith('Write a plan. Write a plan.'), 'read to its end, the sentences apart');
  // Six times the page: six times the time, give or take; its square would be thirty-six.
  assert.ok(large < small * 18, `${Math.round(small)} ms, then ${Math.round(large)} ms`);
});
