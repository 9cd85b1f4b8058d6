/**
 * The text scanners read an ASCII text with ASCII expressions (quicker to compile on a first check)
 * and any other text with Unicode ones. These properties hold the two readings equal: a character
 * outside ASCII that changes nothing (a no-break space at the end) sends the same text down the Unicode path.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runs } from '../fuzzScale';
import { normalize } from '../../server/src/core/check/match';
import { countWords } from '../../server/src/core/text/words';
import { isPlaceholderText, startsWithPointLabel } from '../../server/src/core/text';

const PIECES = [
  'Point',
  'point',
  'POINT',
  'key',
  'first',
  'Second',
  'punto',
  'clave',
  'otro',
  'Part',
  'Artifact',
  '1',
  '2.',
  '12',
  'two',
  'iv',
  'x',
  ' ',
  '  ',
  ':',
  '.',
  '#',
  '(',
  ')',
  '[',
  ']',
  '&',
  "'",
  's',
  'teacher',
  '-',
  '_',
  '\t',
  '\n',
];
const asciiTexts = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((pieces) => pieces.join(''));

test('property: a heading’s normal form is the same read as ASCII or through Unicode', () => {
  fc.assert(
    fc.property(asciiTexts, (text) => {
      assert.deepEqual(normalize(`${text}\u00a0`), normalize(text), `text: ${JSON.stringify(text)}`);
    }),
    { numRuns: runs(2000) },
  );
});

test('property: a point label is found the same read as ASCII or through Unicode', () => {
  fc.assert(
    fc.property(asciiTexts, (text) => {
      assert.equal(startsWithPointLabel(`${text}\u00a0`), startsWithPointLabel(text), `text: ${JSON.stringify(text)}`);
      assert.equal(isPlaceholderText(`${text}\u00a0`), isPlaceholderText(text), `text: ${JSON.stringify(text)}`);
    }),
    { numRuns: runs(2000) },
  );
});

test('each Han, Hiragana or Katakana letter or number is a word of its own, and no other letter is', () => {
  const eastAsian = /(?=[\p{L}\p{N}])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;
  const letterOrNumber = /[\p{L}\p{N}]/u;
  for (let code = 0x80; code < 0x3100; code++) {
    const char = String.fromCodePoint(code);
    if (!letterOrNumber.test(char)) continue;
    assert.equal(countWords(`${char}${char}`), eastAsian.test(char) ? 2 : 1, `U+${code.toString(16)}`);
  }
  assert.equal(countWords('々々'), 2);
  assert.equal(countWords('𠀋𠀋 plan'), 3);
});
