import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, RubricRegistry } from '../../server/src/core';

const registry = new RubricRegistry();
const FRONT = '---\nrubric: working-together-for-student-success\n---\n\n';
const words = (text: string, id: string) => analyze(text, { registry }).sections.find((s) => s.id === id)!.words;

// Each test's timeout is its bound: these inputs must finish, with the right answer, not hang.

test('a 10 MB submission is checked and counted', { timeout: 120_000 }, () => {
  const paragraph = `${'Families and teachers met at the council to plan the spring. '.repeat(20)}\n\n`;
  const text = `${FRONT}## Part 3 Reflection\n\n${paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))}`;
  assert.ok(text.length >= 10_000_000);
  assert.equal(words(text, 'part-3'), 220 * Math.ceil(10_000_000 / paragraph.length));
});

test('100,000 headings', { timeout: 120_000 }, () => {
  const text = FRONT + Array.from({ length: 100_000 }, (_v, i) => `## Heading ${i}\n`).join('');
  const analysis = analyze(text, { registry });
  assert.equal(analysis.outline.length, 100_000);
  assert.equal(analysis.diagnostics.filter((d) => d.code === 'missing-section').length, 3);
});

test('one line of 1 MB', { timeout: 60_000 }, () => {
  assert.equal(words(`${FRONT}## Part 3 Reflection\n\n${'word '.repeat(200_000)}`, 'part-3'), 200_000);
  assert.equal(words(`${FRONT}## Part 3 Reflection\n\n${'a.'.repeat(500_000)}@`, 'part-3'), 1);
});

test('10,000 images in a photo essay', { timeout: 60_000 }, () => {
  const text =
    `${FRONT}## Part 2\n\n### Artifact 3: Visual ` +
    `Presentation\n\n${Array.from({ length: 10_000 }, (_v, i) => `![photo ${i}](p${i}.jpg)\n\n`).join('')}`;
  const analysis = analyze(text, { registry });
  assert.equal(analysis.sections.find((s) => s.id === 'artifact-3')!.photos.length, 10_000);
  const limit = analysis.diagnostics.filter((d) => d.code === 'media-limit-exceeded');
  assert.equal(limit.length, 1);
  assert.match(limit[0].message, /10000 photos; the limit is 20 \(9980 over\)/);
  assert.equal(analysis.diagnostics.filter((d) => d.code === 'missing-caption').length, 10_000);
});

test('a binary file opened as Markdown', { timeout: 60_000 }, () => {
  let seed = 7;
  const bytes = Array.from({ length: 300_000 }, () =>
    String.fromCharCode((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256),
  ).join('');
  const analysis = analyze(FRONT + bytes, { registry });
  assert.equal(analysis.rubric?.id, 'working-together-for-student-success');
});

test('a YAML alias bomb in front matter is not expanded', { timeout: 10_000 }, () => {
  const bomb = [
    '---',
    'rubric: working-together-for-student-success',
    'a: &a [x, x, x, x, x, x, x, x, x]',
    'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
    'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
    'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    '---',
    '',
  ].join('\n');
  assert.equal(analyze(bomb, { registry }).rubric?.id, 'working-together-for-student-success');
  assert.equal(
    analyze(bomb.replace('rubric: working-together-for-student-success', 'rubric: *e'), { registry }).diagnostics[0]
      ?.code,
    'unknown-rubric',
  );
});

test('headings built to trouble regular expressions', { timeout: 30_000 }, () => {
  for (const heading of [
    '('.repeat(50_000) + 'Part 1' + ')'.repeat(50_000),
    'Part ' + '1 '.repeat(50_000),
    'a-'.repeat(50_000),
    `Artifact 2${' (x)'.repeat(20_000)}`,
  ]) {
    const analysis = analyze(`${FRONT}## ${heading}\n\nSome words.\n`, { registry });
    assert.equal(analysis.outline.length, 1);
  }
});

test('lists nested 50 deep count only the top level', { timeout: 10_000 }, () => {
  const list = Array.from({ length: 50 }, (_v, i) => `${'  '.repeat(i)}- stakeholder ${i}`).join('\n');
  const analysis = analyze(`${FRONT}## Part 2\n\n### Artifact 1: List of Stakeholders\n\n${list}\n`, { registry });
  assert.equal(analysis.sections.find((s) => s.id === 'artifact-1')!.items, 1);
});
