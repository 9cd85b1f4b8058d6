/**
 * Text built to make the parser slow or its walks deep: bracket and emphasis storms, nesting
 * thousands of levels deep, front matter with thousands of keys. Each gives a report with the
 * right counts; lines too costly to read as Markdown are counted as plain text and said so once.
 * (Times are in `npm run bench:hostile`, not here.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentAnalyzer, fileReport, loadRubricText, MAX_YAML_NESTING, parseConfig } from '../../server/src/core';
import { lineNesting, MAX_DELIMITERS, MAX_NESTING } from '../../server/src/core/document/complexity';

import { check, registry } from './helpers';

const PART_3 = '---\nrubric: working-together-for-student-success\n---\n\n## Part 3 Reflection\n\n';

const part3Words = (text: string) => check(text).sections.find((s) => s.id === 'part-3')!.words;
const tooComplex = (text: string) => check(text).diagnostics.filter((d) => d.code === 'too-complex-markdown');

test('a storm of nested brackets under a Part is counted as plain text, with one note', () => {
  const n = MAX_DELIMITERS * 2;
  const storm = `${'['.repeat(n)} Families met ${']'.repeat(n)}\n`;
  const text = `${PART_3}${storm}\nOne two three.\n`;
  const notes = tooComplex(text);
  assert.equal(notes.length, 1);
  assert.equal(notes[0].severity, 'information');
  assert.equal(
    notes[0].message,
    'This paragraph is too complex to read as Markdown; its words are counted as plain text.',
  );
  assert.equal(notes[0].range.start.line, 6);
  assert.equal(part3Words(text), 5);
  // The paragraph after it is still Markdown: its emphasis is markup, not words.
  assert.equal(part3Words(`${PART_3}${storm}\n**One** _two_ three.\n`), 5);
});

test('brackets, emphasis and links as a writer uses them are read as Markdown, however many paragraphs', () => {
  const paragraph = 'See [the plan](plan.md), **bold** and _soft_ words, `code` and ~~struck~~ text.\n\n';
  const text = PART_3 + paragraph.repeat(400);
  assert.equal(tooComplex(text).length, 0);
  assert.equal(part3Words(text), 11 * 400);
});

test('a list nested thousands of levels on one line gives a report, its word counted', () => {
  const text = `${PART_3}${'- '.repeat(2000)}Families\n`;
  const analysis = check(text);
  assert.equal(analysis.rubric?.id, 'working-together-for-student-success');
  assert.equal(tooComplex(text).length, 1);
  assert.equal(part3Words(text), 1);
});

test('quotes nested thousands deep, on one line or growing line by line, give a report', () => {
  assert.equal(part3Words(`${PART_3}${'>'.repeat(10_000)} Families\n`), 1);
  // Lines that look like front matter but are not (`...` does not close it for the parser) are guarded too.
  const lookalike = `---\nrubric: working-together-for-student-success\n${'>'.repeat(10_000)} x\n...\n`;
  assert.equal(check(lookalike).blockIndex.totalWords, 3);
  const growing = Array.from({ length: 300 }, (_v, i) => `${'>'.repeat(i + 1)} word`).join('\n');
  const text = `${PART_3}${growing}\n`;
  // The first MAX_NESTING lines are read as Markdown; the rest is one plain region, one note.
  assert.equal(tooComplex(text).length, 1);
  assert.equal(tooComplex(text)[0].range.start.line, 6 + MAX_NESTING);
  assert.equal(part3Words(text), 300);
});

test('nesting as deep as MAX_NESTING is still Markdown', () => {
  const text = `${PART_3}${'> '.repeat(MAX_NESTING - 1)}- **Families** met\n`;
  assert.equal(tooComplex(text).length, 0);
  assert.equal(part3Words(text), 2);
});

test('a line nests no deeper than its prefix of indent and markers is long: most blocks skip the scan', () => {
  const piece = fc.constantFrom(...' |  |\t|>|> |- |* |+ |1. |12) |9|.|)|-|a|é'.split('|'));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
      const line = pieces.join('');
      const prefix = /^[ \t>*+\-0-9.)]*/.exec(line)![0];
      assert.ok(lineNesting(line) <= prefix.length, JSON.stringify(line));
    }),
    { numRuns: 3000 },
  );
  const deepest = `${'>'.repeat(MAX_NESTING + 1)}deep\n`; // a prefix of exactly MAX_NESTING + 1 characters
  assert.equal(tooComplex(`${PART_3}${deepest}`).length, 1);
});

test('front matter with thousands of keys: read, a repeated key reported where it is; too long, told so', () => {
  const keys = Array.from({ length: 3000 }, (_v, i) => `key${i}: value`);
  assert.equal(
    check(`---\nrubric: working-together-for-student-success\n${keys.join('\n')}\n---\n\nx\n`).rubric?.id,
    'working-together-for-student-success',
  );
  const repeated = [...keys.slice(0, 2000), 'key17: again', ...keys.slice(2000)];
  const [duplicate] = check(
    `---\nrubric: working-together-for-student-success\n${repeated.join('\n')}\n---\n`,
  ).diagnostics;
  assert.equal(duplicate.code, 'invalid-front-matter');
  assert.match(duplicate.message, /not valid YAML: Map keys must be unique/);
  assert.equal(duplicate.range.start.line, 2002);

  const many = Array.from({ length: 20_000 }, (_v, i) => `key${i}: value`).join('\n');
  const [tooLong] = check(`---\nrubric: working-together-for-student-success\n${many}\n---\n\nx\n`).diagnostics;
  assert.equal(tooLong.code, 'invalid-front-matter');
  assert.match(tooLong.message, /longer than 64 KB/);
  assert.deepEqual(tooLong.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
});

test('YAML nested thousands deep is refused where it gets too deep, in front matter, rubric files and config', () => {
  // The yaml parser recurses per level; this deep, it can abort the process rather than throw.
  const brackets = '['.repeat(5000);
  const [frontMatter] = check(
    `---\nrubric: working-together-for-student-success\nx: ${brackets}\n---\n\nA word.\n`,
  ).diagnostics;
  assert.equal(frontMatter.code, 'invalid-front-matter');
  assert.match(frontMatter.message, /nests more than 200 levels deep/);
  // `x:` opens one level (a map), so the bracket that goes past the limit is the 200th.
  assert.deepEqual(frontMatter.range.start, { line: 2, character: 3 + MAX_YAML_NESTING - 1 });

  const staircase = Array.from({ length: 400 }, (_v, i) => `${' '.repeat(i)}k${i}:`).join('\n');
  const rubric = loadRubricText(`id: deep\ntitle: Deep\nsections:\n${staircase}\n`);
  assert.equal(rubric.rubric, null);
  assert.match(rubric.problems[0].message, /^This rubric file nests more than 200 levels deep/);
  // Key k of the staircase is level k + 1: the one past the limit is k = 200.
  assert.equal(rubric.problems[0].range.start.line, 3 + MAX_YAML_NESTING);

  const config = parseConfig(`associations:\n${'- '.repeat(3000)}x\n`);
  assert.equal(config.config, null);
  assert.match(config.problems[0].message, /^This configuration nests more than 200 levels deep/);
  assert.equal(config.problems[0].range.start.line, 1);
});

test('YAML nested as real files nest, even with brackets in a quoted string, is read', () => {
  const nested = `---\nrubric: working-together-for-student-success\nmeta: { a: [1, [2, [3]]], b: "[[[[" }\n---\n\nx\n`;
  assert.equal(check(nested).rubric?.id, 'working-together-for-student-success');
  const brackets = `${'['.repeat(150)}1${']'.repeat(150)}`;
  const deepButFine = `---\nrubric: working-together-for-student-success\nx: ${brackets}\n---\n`;
  assert.equal(check(deepButFine).rubric?.id, 'working-together-for-student-success');
  assert.deepEqual(
    check(deepButFine).diagnostics.filter((d) => d.code === 'invalid-front-matter'),
    [],
  );
});

test('a repeated key in a nested map is found as yaml finds it', () => {
  const text = '---\nrubric: working-together-for-student-success\nmeta:\n  a: 1\n  b: 2\n  a: 3\n---\n';
  const [duplicate] = check(text).diagnostics;
  assert.equal(duplicate.code, 'invalid-front-matter');
  assert.equal(duplicate.range.start.line, 5);
});

test('typing into and out of a too-complex paragraph gives what a fresh analysis gives', () => {
  const storm = '['.repeat(MAX_DELIMITERS);
  let text = `${PART_3}Intro words here.\n\n${storm}\n\nClosing words.\n`;
  const analyzer = new DocumentAnalyzer();
  analyzer.analyze(text, { registry });
  for (const [at, insert] of [
    [text.indexOf(storm), '[[x '],
    [text.indexOf('Closing'), `${']'.repeat(5)}\n`],
    [text.indexOf(storm) + 10, '\n\n'],
  ] as const) {
    text = text.slice(0, at) + insert + text.slice(at);
    analyzer.applyEdit(at, at, insert);
    assert.deepEqual(fileReport('d', analyzer.analyze(null, { registry })), fileReport('d', check(text)));
  }
});

test('a too-nested line just above a too-dense heading gives two notes, edited or fresh', () => {
  const nested = `${'>'.repeat(MAX_NESTING + 1)} deep\n`;
  const heading = `## Part 3 ${'['.repeat(MAX_DELIMITERS + 1)}Reflection\n`;
  const text = `${PART_3}Words.\n\n${nested}${heading}`;
  assert.deepEqual(
    tooComplex(text).map((d) => d.range.start.line),
    [8, 9],
  );
  const analyzer = new DocumentAnalyzer();
  analyzer.analyze(text.replace(heading, ''), { registry });
  analyzer.applyEdit(text.length - heading.length, text.length - heading.length, heading);
  assert.deepEqual(fileReport('d', analyzer.analyze(null, { registry })), fileReport('d', check(text)));
});
