/**
 * An imported rubric file remembers where each rule came from: hovering a rule, or a key inside it,
 * finds the `# line N: "quote"` comment above it, and any `# check:` note the import left.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleSourceAt } from '../../server/src/core';

const FILE = [
  '# Imported from exit-tickets.txt. Each rule names the line of the requirements it came from;',
  'id: exit-tickets',
  'title: Exit Tickets',
  'sections:',
  '  # line 17: "Part 1. Overview Questions"',
  '  - id: part-1',
  '    title: Part 1. Overview Questions',
  '    # line 18: "(200-300 words)"',
  '    # check: the range may be a guide (line 19)',
  '    words:',
  '      min: 200',
  '      max: 300',
  '  - id: part-2',
  '    title: Part 2',
  '    media:',
  '      # line 31: "Upload a 3-5 minute video: \\"the lesson\\"."',
  '      recordings:',
  '        minSeconds: 180',
  '    prompt: Upload it.',
  '',
].join('\n');

/** The source found with the cursor on `needle` (its `at`-th character) in the line holding it. */
const at = (needle: string, offset = 0) => ruleSourceAt(FILE, FILE.indexOf(needle) + offset);

test('a rule key shows its source line and the doubt written above it', () => {
  const source = at('words:', 2);
  assert.deepEqual(source?.lines, [{ line: 18, quote: '(200-300 words)' }]);
  assert.deepEqual(source?.checks, ['the range may be a guide (line 19)']);
  assert.equal(FILE.slice(...source!.range), 'words');
});

test('a key or value inside a rule finds the rule: max, its value, minSeconds under media', () => {
  assert.deepEqual(at('max: 300', 1)?.lines, [{ line: 18, quote: '(200-300 words)' }]);
  const value = at('max: 300', 6);
  assert.equal(FILE.slice(...value!.range), '300');
  assert.deepEqual(at('minSeconds')?.lines, [{ line: 31, quote: 'Upload a 3-5 minute video: "the lesson".' }]);
});

test("a section's id and title show the section's line; the first item's comment is found too", () => {
  assert.deepEqual(at('part-1', 2)?.lines, [{ line: 17, quote: 'Part 1. Overview Questions' }]);
  assert.deepEqual(at('title: Part 1')?.lines, [{ line: 17, quote: 'Part 1. Overview Questions' }]);
});

test('what no comment names has no source: the header, a section without one, a hand-written file', () => {
  assert.equal(at('id: exit-tickets'), null);
  assert.equal(at('prompt: Upload'), null);
  assert.equal(at('title: Part 2'), null);
  assert.equal(ruleSourceAt('id: mine\nsections:\n  - id: a\n    words: { max: 3 }\n', 30), null);
  assert.equal(ruleSourceAt('id: [unclosed\n', 3), null);
});
