/**
 * The word rule, used everywhere a word is counted.
 *
 * A word is a segment that `Intl.Segmenter` (word granularity) marks word-like: "don't" is one word,
 * "well-being" two, "2021" one, each CJK word as the segmenter splits it; punctuation and emoji are
 * not words. Callers pass one text node at a time.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * Segmenting a long string at once grows far worse than linearly (64k characters take 15 times as
 * long as 16k), so long text is segmented in pieces cut at whitespace, which always ends a word.
 */
const PIECE = 256;

/**
 * Most submissions are plain English, where the segmenter's rules (UAX #29) are short enough to
 * state as a pattern: letters, digits and underscores, joined by `:` `.` `'` `’` between letters
 * and by `,` `.` `;` `'` `’` between digits. Text of only these characters, spaces, punctuation,
 * curly quotes and dashes takes this path (a test holds it equal to the segmenter); anything else
 * goes to the segmenter.
 */
const PLAIN = /^[\x00-\x7F\u00A0\u2013\u2014\u2018\u2019\u201C\u201D\u2026]*$/;
const PLAIN_WORD = /[A-Za-z0-9_]+(?:(?:(?<=[A-Za-z])[:.'\u2018\u2019](?=[A-Za-z])|(?<=[0-9])[,.;'\u2018\u2019](?=[0-9]))[A-Za-z0-9_]+)*/g;

/** Calls `onWord(start, end)` for every word of `text`, offsets relative to `text`. */
export function forEachWord(text: string, onWord: (start: number, end: number) => void): void {
  if (PLAIN.test(text)) {
    PLAIN_WORD.lastIndex = 0;
    for (let match = PLAIN_WORD.exec(text); match; match = PLAIN_WORD.exec(text)) {
      // The segmenter's one quirk here: a lone underscore is not word-like, two are.
      if (match[0] !== '_') onWord(match.index, match.index + match[0].length);
    }
    return;
  }
  if (!hasWordCharacter(text)) return;
  segmentWords(text, onWord);
}

/** The segmenter's words, for any text. */
export function segmentWords(text: string, onWord: (start: number, end: number) => void): void {
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from);
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    for (const segment of segmenter.segment(piece)) {
      if (segment.isWordLike) onWord(from + segment.index, from + segment.index + segment.segment.length);
    }
    from = to;
  }
}

/** Where the piece starting at `from` ends: just after a word boundary about PIECE characters on. */
function pieceEnd(text: string, from: number): number {
  if (text.length - from <= PIECE * 2) return text.length;
  const limit = Math.min(text.length, from + LONGEST_UNBROKEN);
  for (let i = from + PIECE; i < limit; i++) if (isBreak(text.charCodeAt(i))) return i + 1;
  for (let i = from + PIECE; i > from; i--) if (isBreak(text.charCodeAt(i))) return i + 1;
  // Thousands of characters with no break (unpunctuated CJK, one huge token): cut anyway rather than stall.
  return limit;
}

const LONGEST_UNBROKEN = 2048;

/** Whitespace and CJK punctuation always end a word (a full stop does not: "U.S.", "3.45"). */
const isBreak = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || (code >= 0x3000 && code <= 0x3002) || code === 0xff0c || code === 0xff01 || code === 0xff1f;

export function countWords(text: string): number {
  let count = 0;
  forEachWord(text, () => count++);
  return count;
}

/** Cheap pre-check: a string of spaces and punctuation has no words to find. */
function hasWordCharacter(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
