/**
 * The safe fixes (editor quick fixes and check --fix): they only insert sections or replace the
 * rubric id, keep the writer's words and line endings, and a second run finds nothing to do.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, fixDocument, labelPointsFixes, safeFixes, timestampLinesFix } from '../../server/src/core';
import { check, registry } from './helpers';

const ROOT = join(__dirname, '../..');
const problems = readFileSync(join(ROOT, 'examples/problems.md'), 'utf8');

/** Whether `inner`'s lines appear in `outer` in order (only lines were added around them). */
function keepsLines(outer: string, inner: string): boolean {
  const lines = outer.split(/\r?\n/);
  let at = 0;
  for (const line of inner.split(/\r?\n/)) {
    while (at < lines.length && lines[at] !== line) at++;
    if (at++ >= lines.length) return false;
  }
  return true;
}

const headings = (text: string) => text.split(/\r?\n/).filter((line) => /^#{1,6} /.test(line));

describe('safe fixes', () => {
  test('the missing Part 3 of problems.md is inserted with its guidance; every line of the writer stays', () => {
    const { text, applied } = fixDocument(problems, { registry });
    assert.deepEqual(
      applied.map((f) => f.done),
      ['inserted "Part 3 Reflection"'],
    );
    assert.ok(keepsLines(text, problems));
    assert.ok(headings(text).includes('## Part 3 Reflection'), headings(text).join('\n'));
    assert.match(text, /## Part 3 Reflection\n\n<!--\nRubric: 300–400 words as a guide\./);
    assert.deepEqual(
      check(text).diagnostics.filter((d) => d.code === 'missing-section'),
      [],
    );
    assert.deepEqual(fixDocument(text, { registry }).applied, [], 'a second run changes nothing');
  });

  test('a mistyped rubric id with one close id is corrected, then that rubric’s sections are inserted in order', () => {
    const draft = '---\nrubric: working-together\n---\n\nWe met on Tuesday.\n';
    const { text, applied } = fixDocument(draft, { registry });
    assert.equal(applied[0].done, 'changed the rubric to "working-together-for-student-success"');
    assert.match(text, /^---\nrubric: working-together-for-student-success\n---\n\nWe met on Tuesday\.\n/);
    assert.deepEqual(headings(text), [
      '## Part 1. Overview Questions (Provides Context)',
      '## Part 2. Work Examples/Artifacts/Evidence',
      '### Artifact 1: List of Stakeholders',
      '### Artifact 2: Written Plan',
      '### Artifact 3: Visual Presentation',
      '## Part 3 Reflection',
    ]);
  });

  test('an id close to several rubrics is left as it is (the editor still offers its did-you-mean)', () => {
    const draft = '---\nrubric: stakeholder\n---\n\nWe met.\n';
    const analysis = check(draft);
    const diagnostic = analysis.diagnostics.find((d) => d.code === 'unknown-rubric');
    assert.ok(diagnostic?.data?.suggestion, 'a suggestion is still made');
    assert.equal(diagnostic.data.unambiguous, false);
    assert.deepEqual(fixDocument(draft, { registry }), { text: draft, applied: [] });
  });

  test('a CRLF document gets CRLF lines', () => {
    const crlf = problems.replace(/\n/g, '\r\n');
    const { text } = fixDocument(crlf, { registry });
    assert.notEqual(text, crlf);
    assert.doesNotMatch(text, /[^\r]\n/, 'no bare LF');
    assert.ok(keepsLines(text, crlf));
  });

  test('a missing section whose diagnostic is suppressed is not inserted', () => {
    const suppressed = problems.replace(/\n---\n/, '\n---\n<!-- rubric-writer-disable missing-section -->\n');
    assert.deepEqual(
      check(suppressed).diagnostics.filter((d) => d.code === 'missing-section'),
      [],
    );
    assert.deepEqual(safeFixes(suppressed, check(suppressed)), []);
  });

  test('fixes at one offset are applied in the order given, as an editor applies them', () => {
    const fix = (newText: string) => ({ title: newText, done: newText, start: 2, end: 2, newText });
    assert.equal(applyFixes('abcd', [fix('1'), fix('2'), { ...fix('x'), start: 0, end: 1 }]), 'xb12cd');
  });
});

const plan = (body: string, video = '[My talk](https://youtu.be/x) (3:00)') =>
  `---\nrubric: working-together-for-student-success\n---\n\n### Artifact 2: Written Plan\n\n${body}\n\n### ` +
  `Artifact 3: Visual Presentation\n\n${video}\n`;
const codesOf = (text: string, section: string) =>
  check(text)
    .diagnostics.filter((d) => d.section === section)
    .map((d) => d.code);

describe('evidence quick fixes (editor only)', () => {
  test('an intro line and three paragraphs get Point 1-3 labels, and too-few-points goes', () => {
    const draft = plan('I will meet the parents:\n\nWe look at the funds.\n\nWe ask them.\n\nWe vote.');
    const fixes = labelPointsFixes(draft, check(draft), 'artifact-2');
    assert.deepEqual(
      fixes.map((f) => [f.newText, f.start === f.end]),
      [
        ['Point 1: ', true],
        ['Point 2: ', true],
        ['Point 3: ', true],
      ],
    );
    const fixed = applyFixes(draft, fixes);
    assert.match(fixed, /parents:\n\nPoint 1: We look at the funds\.\n\nPoint 2: We ask them\.\n\nPoint 3: We vote\./);
    assert.ok(codesOf(draft, 'artifact-2').includes('too-few-points'));
    assert.ok(!codesOf(fixed, 'artifact-2').includes('too-few-points'));
  });

  test('the label fix says so when its labels would push the plan past its limit', () => {
    const para = (n: number, prefix: string) => Array.from({ length: n }, (_v, i) => `${prefix}${i + 1}`).join(' ');
    const plan = `${para(100, 'a')}\n\n${para(100, 'b')}\n\n${para(97, 'c')}`;
    const draft = `---\nrubric: working-together-for-student-success\n---\n\n### Artifact 2: Written Plan\n\n${plan}\n`;
    const fixes = labelPointsFixes(draft, check(draft), 'artifact-2');
    assert.equal(fixes.length, 3);
    assert.equal(fixes[0].title, 'Label points as Point 1–3 (adds 6 words: 303 of 300, over the limit)');
    const within = draft.replace(' c97', '').replace(' c96', '').replace(' c95', '');
    assert.equal(labelPointsFixes(within, check(within), 'artifact-2')[0].title, 'Label points as Point 1–3');
  });

  test('four paragraphs with no intro line is no sure shape: no fix', () => {
    const draft = plan('We meet.\n\nWe look at the funds.\n\nWe ask them.\n\nWe vote.');
    assert.ok(codesOf(draft, 'artifact-2').includes('too-few-points'));
    assert.deepEqual(labelPointsFixes(draft, check(draft), 'artifact-2'), []);
  });

  test('the timestamp lines go under the video; the check asks until m:ss is filled in; not offered twice', () => {
    const draft = plan('Point 1: funds. Point 2: say. Point 3: vote.');
    const fix = timestampLinesFix(draft, check(draft), 'artifact-3')!;
    const fixed = applyFixes(draft, [fix]);
    assert.match(fixed, /\(3:00\)\n\nPoint 1 at m:ss\n\nPoint 2 at m:ss\n\nPoint 3 at m:ss\n$/);
    assert.ok(codesOf(fixed, 'artifact-3').includes('missing-timestamps'), 'placeholders are no timestamps');
    assert.equal(timestampLinesFix(fixed, check(fixed), 'artifact-3'), null);
    let n = 0;
    const filled = fixed.replace(/m:ss/g, () => ['0:20', '1:10', '2:30'][n++]);
    assert.ok(!codesOf(filled, 'artifact-3').includes('missing-timestamps'));
  });

  test('check --fix applies neither', () => {
    const draft = plan('I will meet the parents:\n\nWe look at the funds.\n\nWe ask them.\n\nWe vote.');
    assert.ok(!fixDocument(draft, { registry }).text.includes('Point 1'));
  });
});
