/**
 * The word rule, used everywhere a word is counted.
 *
 * A word is a segment that `Intl.Segmenter` (word granularity) marks word-like: "don't" is one word,
 * "well-being" two, "2021" one, each CJK word as the segmenter splits it; punctuation and emoji are
 * not words. Callers pass one text node at a time: segmenting a whole long document at once grows
 * far worse than linearly on Node 20.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Calls `onWord(start, end)` for every word of `text`, offsets relative to `text`. */
export function forEachWord(text: string, onWord: (start: number, end: number) => void): void {
  if (!hasWordCharacter(text)) return;
  for (const segment of segmenter.segment(text)) {
    if (segment.isWordLike) onWord(segment.index, segment.index + segment.segment.length);
  }
}

export function countWords(text: string): number {
  let count = 0;
  forEachWord(text, () => count++);
  return count;
}

/** Cheap pre-check: a string of spaces and punctuation has no words to find. */
function hasWordCharacter(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
