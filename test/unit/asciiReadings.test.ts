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
import { TIMESTAMP_TWINS } from '../../server/src/core/text/media';
import { PHONE_TWINS } from '../../server/src/core/text/phones';
import { PRIVACY_TWINS } from '../../server/src/core/text/privacy';

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
    // Without a letter or number, a run is no word (dashes, curly quotes and other punctuation).
    const words = !letterOrNumber.test(char) ? 0 : eastAsian.test(char) ? 2 : 1;
    if (char.length === 1 && !/\s/.test(char))
      assert.equal(countWords(`${char}${char}`), words, `U+${code.toString(16)}`);
  }
  assert.equal(countWords('々々'), 2);
  assert.equal(countWords('𠀋𠀋 plan'), 3);
});

test('every ASCII twin of the privacy, phone and timestamp expressions reads any ASCII text as its Unicode one', () => {
  const twins = [...PRIVACY_TWINS(), ...PHONE_TWINS(), ...TIMESTAMP_TWINS()];
  const matches = (pattern: RegExp, text: string) =>
    pattern.global ? [...text.matchAll(pattern)].map((m) => [m.index, m[0]]) : pattern.exec(text)?.slice();
  // Every ASCII character alone, then texts of the pieces these expressions read.
  for (let code = 0; code < 0x80; code++)
    for (const [ascii, unicode] of twins)
      assert.deepEqual(matches(ascii, String.fromCharCode(code)), matches(unicode, String.fromCharCode(code)));
  const piece = fc.constantFrom(
    ...'a|Z|k|s|x|X|ext|ext.|extension|xn--|-|.|:|,|/|@|_|%|+|1|23|0:25|12:5| |\t|\n|(|)|#|$|='.split('|'),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
      const text = pieces.join('');
      for (const [ascii, unicode] of twins)
        assert.deepEqual(matches(ascii, text), matches(unicode, text), `${unicode}: ${JSON.stringify(text)}`);
    }),
    { numRuns: runs(3000) },
  );
});
