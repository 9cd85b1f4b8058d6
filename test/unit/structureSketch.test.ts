import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { runs } from '../fuzzScale';
import { parseBlockStructure } from '../../server/src/core/document/parse';
import { sketchStructure } from '../../server/src/core/document/structureSketch';
import { MAX_DELIMITERS, regionsToSkip } from '../../server/src/core/document/complexity';

/** Every paragraph and heading of `text`'s block structure, as `type start-end`. */
function measuredBlocks(text: string, toFull: (offset: number, side: 'start' | 'end') => number = (o) => o) {
  const found: string[] = [];
  const stack: Nodes[] = [parseBlockStructure(text)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'paragraph' || node.type === 'heading')
      found.push(
        `${node.type} ${toFull(node.position!.start.offset!, 'start')}-${toFull(node.position!.end.offset!, 'end')}`,
      );
    else if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return found.sort();
}

function assertSameBlocks(text: string) {
  const sketch = sketchStructure(text, () => false);
  assert.deepEqual(measuredBlocks(sketch.text, sketch.toFull), measuredBlocks(text), `text: ${JSON.stringify(text)}`);
}

const contacts = (n: number) =>
  Array.from({ length: n }, (_v, i) => `Parent ${i}, parent.${i}@riverbend.example.org, 555-0${i}`).join('\n');

test('a long run of plain lines is sketched by its first and last lines, with the same paragraphs', () => {
  const text = `Intro\n\n${contacts(200)}\n\nAfter\n`;
  const sketch = sketchStructure(text, () => false);
  assert.ok(sketch.text.length < 300, `sketch of ${sketch.text.length} characters`);
  assertSameBlocks(text);
});

test('a contact list pasted as one paragraph is read as plain text whole', () => {
  const rows = contacts(2000);
  const text = `Intro\n\n${rows}\n\nAfter\n`;
  assert.deepEqual(regionsToSkip(text, false).plain, [{ start: 7, end: 7 + rows.length + 1 }]);
});

test('a dense one-cell row among plain rows of a table is read as plain text', () => {
  const rows = Array(10).fill('Plain row');
  rows[5] = `Dense row ${'@'.repeat(MAX_DELIMITERS + 1)}`;
  const text = `Head\n:-\n${rows.join('\n')}\n`;
  const dense = text.indexOf('Dense');
  assert.deepEqual(regionsToSkip(text, false).plain, [{ start: dense, end: text.indexOf('\n', dense) + 1 }]);
});

/** Lines that end, continue or interrupt a run of plain lines, and plain lines. */
const LINES = [
  'Plain words here',
  'plain words with a@b.example and * stars _ too',
  'Émile writes: more',
  '',
  '    indented',
  '> quoted',
  '- item',
  '1. first',
  '# Heading',
  '===',
  '---',
  '```',
  '~~~',
  '<div>',
  '<!-- note',
  'end -->',
  '<script>',
  '</script>',
  '| a | b |',
  '| - | - |',
  ':-',
  'a | b',
  '[label]: /url',
  '[long',
  'label]: /url "title',
  'title end"',
  '  - nested',
];

const plainRun = fc
  .tuple(fc.integer({ min: 1, max: 14 }), fc.constantFrom('Plain line', `Plain ${'@'.repeat(100)}`))
  .map(([n, line]) => Array(n).fill(line).join('\n'));
const text = (lines: string[], eol: string) => lines.join('\n').replace(/\n/g, eol) + eol;

test('sketched or not, a text has the same paragraphs and headings (property)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.constantFrom(...LINES), plainRun), { maxLength: 30 }),
      fc.constantFrom('\n', '\r\n'),
      (lines, eol) => assertSameBlocks(text(lines, eol)),
    ),
    { numRuns: runs(300) },
  );
});

test('sketched or not, a text has the same lines read as plain text (property)', () => {
  const denseLine = `Plain ${'@'.repeat(MAX_DELIMITERS + 1)}`;
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.constantFrom(...LINES, denseLine, 'Head\n:-', '| a | b |\n| - | - |'), plainRun), {
        maxLength: 40,
      }),
      fc.constantFrom('\n', '\r\n'),
      (lines, eol) => {
        const full = text(lines, eol);
        assert.deepEqual(regionsToSkip(full, false), regionsToSkip(full, false, '', false));
      },
    ),
    { numRuns: runs(300) },
  );
});
