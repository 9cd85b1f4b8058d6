import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runs } from '../fuzzScale';
import { mayNameRubric } from '../../server/src/core/document';
import { frontMatterFences, opensFrontMatter } from '../../server/src/core/document/lines';

/** Reads of a text's head, and how many characters they asked for in all. */
function reader(text: string) {
  const read = { characters: 0 };
  const readHead = (length: number) => {
    read.characters += length;
    return text.slice(0, length);
  };
  return { read, readHead };
}

/** The answer from the whole 64 KB head at once. */
function fromWholeHead(text: string): boolean {
  const head = text.slice(0, 64 * 1024 + 8);
  if (!opensFrontMatter(head)) return false;
  const fences = frontMatterFences(head);
  if (!fences) return head.length < text.length;
  return /^\s*["']?rubric["']?\s*:/im.test(head.slice(fences.bodyStart, fences.bodyEnd));
}

const body = 'Families and teachers plan the next steps together. '.repeat(2000);

test('a keystroke in a long submission reads its front matter, not the first 64 KB of its text', () => {
  const { read, readHead } = reader(`---\nrubric: working-together-for-student-success\n---\n\n${body}`);
  assert.equal(mayNameRubric(readHead, 100_000), true);
  assert.ok(read.characters <= 4096, `read ${read.characters} characters`);
  const plain = reader(`# Notes\n\n${body}`);
  assert.equal(mayNameRubric(plain.readHead, 100_000), false);
  assert.ok(plain.read.characters <= 4096, `read ${plain.read.characters} characters`);
});

test('front matter longer than a first read is still read to its end', () => {
  const long = `---\n${'note: x\n'.repeat(1000)}rubric: r\n---\n\n${body}`;
  assert.equal(mayNameRubric(reader(long).readHead, long.length), true);
  const spaces = `---${' '.repeat(3000)}\nrubric: r\n---\nWords.\n`;
  assert.equal(mayNameRubric(reader(spaces).readHead, spaces.length), true);
});

test('read in steps or whole, the head gives the same answer (property)', () => {
  const piece = fc.constantFrom('---', '---x', '...', 'rubric: r', 'title: t', '\n', '\r\n', ' ', 'x'.repeat(500));
  const text = fc
    .tuple(fc.constantFrom('---\n', '---   \n', '--- x\n', '', '---'), fc.array(piece, { maxLength: 40 }))
    .map(([open, pieces]) => open + pieces.join(''));
  fc.assert(
    fc.property(text, (t) => {
      assert.equal(mayNameRubric(reader(t).readHead, t.length), fromWholeHead(t), JSON.stringify(t.slice(0, 200)));
    }),
    { numRuns: runs(500) },
  );
});
