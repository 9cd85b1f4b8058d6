/**
 * Rubric data a writer can never meet, or that would make checking run away, is refused on the
 * rubric file with a message that names the section and underlines the key; and a check that
 * fails on a document says so instead of leaving the document looking clean.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, loadRubricText, type Rubric, RubricRegistry } from '../../server/src/core';

const HEAD = 'id: mine\ntitle: Mine\nkind: framework\nsource: Test\ndescription: A test rubric.\nsections:\n';
const section = (fields: string) => `${HEAD}  - id: plan\n    title: My Plan\n${fields}`;

/** The one problem of a rubric text: its message and the text it underlines. */
function problem(text: string): { message: string; underlined: string } {
  const { rubric, problems } = loadRubricText(text);
  assert.equal(rubric, null, 'the rubric is refused');
  assert.equal(problems.length, 1, problems.map((p) => p.message).join('\n'));
  const lines = text.split('\n');
  const { start, end } = problems[0].range;
  assert.equal(start.line, end.line, 'one line is underlined');
  return { message: problems[0].message, underlined: lines[start.line].slice(start.character, end.character) };
}

describe('counts in rubric data have sane maximums', () => {
  test('points, timestamps, words, items and seconds past their maximum are errors on the value', () => {
    assert.deepEqual(problem(section('    minPoints: 10000000\n')), {
      message: 'Section 1 "My Plan": minPoints must be at most 100.',
      underlined: '10000000',
    });
    assert.deepEqual(problem(section('    timestamps:\n      min: 5000000\n')), {
      message: 'Section 1 "My Plan": timestamps.min must be at most 100.',
      underlined: '5000000',
    });
    assert.match(problem(section('    words:\n      max: 10000000\n')).message, /words\.max must be at most 1000000/);
    assert.match(problem(section('    items:\n      min: 5000\n      noun: item\n')).message, /at most 1000\b/);
    assert.match(problem(section('    media:\n      recordings:\n        maxSeconds: 9999999\n')).message, /86400/);
  });

  test('a check that throws reports "checking failed" as an error, never a clean document', () => {
    const rubric: Rubric = {
      id: 'runaway',
      title: 'Runaway',
      kind: 'framework',
      source: 'Test',
      description: 'Built past the schema.',
      sections: [{ id: 'plan', title: 'My Plan', minPoints: 2 ** 32 }],
    } as Rubric;
    const registry = new RubricRegistry([rubric]);
    const text = '---\nrubric: runaway\n---\n\n## My Plan\n\nSome words about the plan.\n';
    const failed = analyze(text, { registry }).diagnostics.filter((d) => /^Checking failed/.test(d.message));
    assert.equal(failed.length, 1);
    assert.equal(failed[0].severity, 'error');
    assert.equal(failed[0].code, 'too-few-points');
    assert.equal(failed[0].range.start.line, 1, 'on the rubric line');
  });
});

describe('rubric files that can never be met are refused', () => {
  test('a word minimum above the maximum: an error on both values, naming the section', () => {
    assert.deepEqual(problem(section('    words: { min: 200, max: 100 }\n')), {
      message:
        'Section 1 "My Plan": words: the minimum (200 words) is above the maximum (100), so no text can meet it.',
      underlined: '200, max: 100',
    });
  });

  test('written as lines, the underline runs from the minimum to the maximum, not over the section', () => {
    const text = section('    words:\n      min: 200\n      max: 100\n      limit: hard\n');
    const { problems } = loadRubricText(text);
    assert.equal(problems.length, 1);
    const lines = text.split('\n');
    assert.deepEqual(problems[0].range, {
      start: { line: lines.indexOf('      min: 200'), character: '      min: '.length },
      end: { line: lines.indexOf('      max: 100'), character: '      max: 100'.length },
    });
  });

  test('a shortest recording longer than the longest', () => {
    const text = section('    media: { recordings: { minSeconds: 240, maxSeconds: 120 } }\n');
    const found = problem(text);
    assert.match(found.message, /^Section 1 "My Plan": media\.recordings: the shortest recording \(240 s\)/);
    assert.equal(found.underlined, '240, maxSeconds: 120');
  });

  test('a wrong value is underlined itself; a wrong kind of value says what it must be', () => {
    assert.deepEqual(problem(section('    words: { max: 100, limit: sideways }\n')), {
      message: 'Section 1 "My Plan": words.limit must be one of: hard, guide.',
      underlined: 'sideways',
    });
    assert.deepEqual(problem(section('    words: 300\n')), {
      message: 'Section 1 "My Plan": words must be a set of fields (key: value lines below it, or { ... }).',
      underlined: '300',
    });
    assert.deepEqual(problem(section('    words: { max: -3 }\n')), {
      message: 'Section 1 "My Plan": words.max must be at least 0.',
      underlined: '-3',
    });
  });

  test("a field missing at the top is the rubric's, said as a sentence", () => {
    const text =
      'id: mine\nkind: framework\nsource: Test\ndescription: A test rubric.\nsections:\n  - id: a\n    title: A\n';
    assert.deepEqual(problem(text), { message: 'The rubric is missing "title".', underlined: 'id' });
  });

  test('a nested section is named by its position and title; an unknown key is underlined, not its item', () => {
    const text = section('    sections:\n      - id: why\n        title: Why\n        colour: red\n');
    assert.deepEqual(problem(text), {
      message: 'Section 1.1 "Why" has an unknown field "colour".',
      underlined: 'colour',
    });
  });
});

test('a word limit without `limit` is hard: over the maximum is an error', () => {
  const { rubric, problems } = loadRubricText(section('    words:\n      max: 3\n'));
  assert.deepEqual(problems, []);
  assert.equal(rubric?.sections[0].words?.limit, 'hard');
  const registry = new RubricRegistry([rubric!]);
  const analysis = analyze('---\nrubric: mine\n---\n\n## My Plan\n\none two three four five\n', { registry });
  const over = analysis.diagnostics.find((d) => d.code === 'word-limit-exceeded');
  assert.equal(over?.severity, 'error');
});

test('a missing field is underlined on the key that lacks it, not on the whole section', () => {
  assert.deepEqual(problem(section('    items:\n      min: 3\n')), {
    message: 'Section 1 "My Plan": items is missing "noun".',
    underlined: 'items',
  });
});
