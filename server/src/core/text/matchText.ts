/**
 * Text as the privacy check compares it: composed (NFC), without the invisible characters that
 * can sit inside a word (zero-width spaces and joiners, soft hyphens, the BOM), so `José` typed
 * decomposed and `Rive\u200Brbend` read as the writer's terms. Each character of the result is
 * mapped back to the characters of the input it came from.
 */
import { isAscii } from './ascii';
import { onFirstUse } from './onFirstUse';

export interface MatchText {
  text: string;
  /** For each character of `text`, where it starts and ends in the input; null when `text` is the input. */
  starts: Int32Array | null;
  ends: Int32Array | null;
}

const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/;
const COMBINING = onFirstUse(() => /\p{M}/u);

export const stripInvisible = (text: string): string => text.replace(new RegExp(INVISIBLE, 'g'), '');

/** The writer's own spelling of a term, compared the same way. */
export const normalizeTerm = (term: string): string => stripInvisible(term.normalize('NFC'));

export function toMatchText(input: string): MatchText {
  if (isAscii(input)) return { text: input, starts: null, ends: null };
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  // Each cluster (a character and the marks that follow it) is composed on its own, so the mapping stays exact.
  let i = 0;
  while (i < input.length) {
    const from = i;
    i += codePointLength(input, i);
    while (i < input.length && COMBINING().test(input.slice(i, i + codePointLength(input, i))))
      i += codePointLength(input, i);
    const cluster = stripInvisible(input.slice(from, i));
    if (cluster.length === 0) continue;
    const composed = cluster.normalize('NFC');
    parts.push(composed);
    for (let k = 0; k < composed.length; k++) {
      starts.push(from);
      ends.push(i);
    }
  }
  const text = parts.join('');
  if (text === input) return { text, starts: null, ends: null };
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

function codePointLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1;
}
