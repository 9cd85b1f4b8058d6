import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { runs } from '../fuzzScale';
import { parseMarkdown, parseProseWithCrlf } from '../../server/src/core/document/parse';
import { parseProseMarkdown } from '../../server/src/core/document/proseMarkdown';

const reference = (text: string) => parseMarkdown(text, true);
const crlf = (text: string) => text.replace(/\n/g, '\r\n');

test('a submission saved with CR LF line ends is read as prose, into the tree remark-parse gives', () => {
  const saved = readFileSync('examples/working-together-for-student-success.md', 'utf8');
  for (const text of [
    '---\nrubric: x\nb: 2\n---\n\n# H\n\nsome\ntext *x*\n\n<!-- a\nb -->\n- a\n  - b\n\n[^1]: n\n',
    saved,
    ...saved.split(/\n\n/),
  ]) {
    const windows = crlf(text);
    const prose = parseProseWithCrlf(windows);
    assert.equal(prose !== null, parseProseMarkdown(text) !== null, `text: ${JSON.stringify(text)}`);
    if (prose) assert.deepEqual(prose, reference(windows), `text: ${JSON.stringify(windows)}`);
    assert.deepEqual(parseMarkdown(windows), reference(windows));
  }
});

test('a text with other line ends, or CR LF and LF mixed, is left to remark-parse', () => {
  for (const text of ['a\rb\r', 'a\r\nb\nc\r\n', 'a\n\r\nb', 'a\r\r\nb']) {
    assert.equal(parseProseWithCrlf(text), null, `text: ${JSON.stringify(text)}`);
    assert.deepEqual(parseMarkdown(text), reference(text));
  }
});

const PIECES = [
  'word',
  ' ',
  '\n',
  '\n\n',
  '*',
  '**',
  '`',
  '[a](b)',
  '# ',
  '- ',
  '  - ',
  '1. ',
  '<!-- c -->',
  '[^1]',
  '[^1]: n',
  '---\n',
  'é',
  '.',
];

test('property: CR LF line ends give remark-parse’s tree, read as prose or not', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
      const windows = crlf(pieces.join(''));
      assert.deepEqual(parseMarkdown(windows), reference(windows), `text: ${JSON.stringify(windows)}`);
    }),
    { numRuns: runs(1500) },
  );
});
