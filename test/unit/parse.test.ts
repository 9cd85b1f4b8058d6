import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { runs } from '../fuzzScale';
import { parseMarkdown } from '../../server/src/core/document/parse';

const remarkWithGfm = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const reference = (text: string) => remarkWithGfm.parse(text);

function assertSameTree(text: string) {
  assert.deepEqual(parseMarkdown(text), reference(text), `text: ${JSON.stringify(text)}`);
}

test('tables, autolink literals, footnotes, strikethrough and task items parse as remark-gfm parses them', () => {
  assertSameTree('| a | b |\n| - | - |\n| 1 | 2 |\n');
  assertSameTree('a\n:-\nb\n');
  assertSameTree('Visit www.example.org or https://example.org/x, or write to a.b@example.org.\n');
  assertSameTree('Escaped: www\\.example.org and me&#64;example.org.\n');
  assertSameTree('Only https://example.org/x here, and www.example.org, and no address.\n');
  assertSameTree('An address a.b@example.org and [a link](https://example.org).\n');
  assertSameTree('A claim.[^1]\n\n[^1]: The note.\n');
  assertSameTree('~~gone~~ and ~one~\n\n- [ ] to do\n- [x] done\n');
  assertSameTree('---\nrubric: x\n---\n\n# Title\n');
});

test('a text with none of their trigger characters has no tables or autolink literals', () => {
  const tree = parseMarkdown('Plain words\n---\n\nmore words and no links\n');
  assert.deepEqual(
    tree.children.map((node) => node.type),
    ['heading', 'paragraph'],
  );
});

/** Pieces that build and nearly build tables and autolink literals, and plain text around them. */
const PIECES = [
  'a',
  'word',
  ' ',
  '\t',
  '\n',
  '\n\n',
  '-',
  '--',
  '---',
  ':',
  ':-',
  '-:',
  ': -',
  '|',
  '| a |',
  '|-|',
  'x@y',
  'me.you@example.org',
  'wWw.a.b/c?d',
  'hTtPs://a.b/(c)',
  'http:x',
  '@',
  '.',
  'www',
  'www.',
  'WWW.x.org',
  'http',
  'https:',
  '&#46;',
  '&commat;',
  '&#x40;',
  '\\.',
  'http://',
  'HTTP://a.b',
  'mailto:',
  'xmpp:',
  '.org',
  '(',
  ')',
  '[',
  ']',
  '![',
  '*',
  '_',
  '~',
  '`',
  '>',
  '1.',
  '#',
  '\\',
  '<',
  '&amp;',
];

test('property: choosing GFM parts by trigger characters never changes the tree', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
      assertSameTree(pieces.join(''));
    }),
    { numRuns: runs(1500) },
  );
});
