/**
 * The word rule (spec, "Counting words"), the one used by every count: the word processor's.
 *
 * A word is a maximal run of non-whitespace characters holding at least one letter or digit, so
 * `well-being`, `K-12`, `3.5` and `24/7` are one word each and a lone `—` is none. Each Han,
 * Hiragana or Katakana character is a word of its own, and the letters or digits between such
 * characters in one run are words of their own (`ESSA法案` is three words).
 *
 * Callers pass a block's reader text (inline markup already removed); offsets are relative to it.
 */

import { isAscii } from './ascii';
import { onFirstUse } from './onFirstUse';
import { isBarePointLabel } from './points';

const RUN = /\S+/g;
/** The time a template writes for the writer to fill in: `m:ss`, `(m:ss)`. */
const TIME_PLACEHOLDER_RUN = /^\(?m:ss\)?[.,;:]?$/;
/** A template's timestamp line: `Point 2 at m:ss` (`Punto 2 en m:ss` in a Spanish template). */
const TIMESTAMP_LINE = /^\s*(?:point\s+\d{1,2}\s+at|punto\s+\d{1,2}\s+en)\s+\(?m:ss\)?\.?\s*$/i;
const ASCII_WORD_CHARACTER = /[A-Za-z0-9]/;
const WORD_CHARACTER = onFirstUse(() => /[\p{L}\p{N}]/u);
/** ASCII and General Punctuation (dashes, curly quotes, …) hold no letter or digit. */
const NO_WORD_CHARACTER = /^[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f\u2000-\u206f]*$/;
/**
 * A Han, Hiragana or Katakana letter or number (the prolonged sound mark ー and 々 included; 。 and ・
 * are punctuation).
 */
const EAST_ASIAN = onFirstUse(() => /(?=[\p{L}\p{N}])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u);
const EAST_ASIAN_CHARACTER = onFirstUse(() => /^(?=[\p{L}\p{N}])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]$/u);
/**
 * No Han, Hiragana or Katakana letter or number comes before U+3005 (々): a run without a character
 * from there on needs no Unicode-script test, whose expression costs a first check a millisecond to compile.
 */
const MAYBE_EAST_ASIAN = /[\u3005-\uffff]/;

/** Calls `onWord(start, end)` for every word of `text`, in order. */
export function forEachWord(text: string, onWord: (start: number, end: number) => void): void {
  RUN.lastIndex = 0;
  const ascii = isAscii(text);
  for (let match = RUN.exec(text); match; match = RUN.exec(text)) {
    const run = match[0];
    const start = match.index;
    if (ascii || isAscii(run)) {
      if (ASCII_WORD_CHARACTER.test(run) && !(run.length <= 8 && TIME_PLACEHOLDER_RUN.test(run)))
        onWord(start, start + run.length);
    } else if (MAYBE_EAST_ASIAN.test(run) && EAST_ASIAN().test(run)) eastAsianWords(run, start, onWord);
    else if (ASCII_WORD_CHARACTER.test(run) || (!NO_WORD_CHARACTER.test(run) && WORD_CHARACTER().test(run)))
      onWord(start, start + run.length);
  }
}

/**
 * A run with Han, Hiragana or Katakana in it: each such character a word, the pieces between them
 * words if they hold a letter or digit.
 */
function eastAsianWords(run: string, offset: number, onWord: (start: number, end: number) => void): void {
  let pieceStart = 0;
  const flush = (end: number) => {
    if (end > pieceStart && WORD_CHARACTER().test(run.slice(pieceStart, end)))
      onWord(offset + pieceStart, offset + end);
  };
  for (let i = 0; i < run.length; ) {
    const width = (run.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    if (EAST_ASIAN_CHARACTER().test(run.slice(i, i + width))) {
      flush(i);
      onWord(offset + i, offset + i + width);
      pieceStart = i + width;
    }
    i += width;
  }
  flush(run.length);
}

/**
 * A paragraph the writer has not filled in yet (spec, "Counting words": placeholders): a point
 * label with nothing after it (`Point 2:`) or a template's timestamp line (`Point 2 at m:ss`). Its
 * words are not counted, and it is no point.
 */
export function isPlaceholderText(text: string): boolean {
  return text.length < 40 && (isBarePointLabel(text) || TIMESTAMP_LINE.test(text));
}

export function countWords(text: string): number {
  let count = 0;
  forEachWord(text, () => count++);
  return count;
}
