/** Recognisers for text that would identify a writer to their reviewers. */

export type IdentifyingKind = 'email' | 'phone' | 'term';

export interface IdentifyingMatch {
  kind: IdentifyingKind;
  start: number;
  end: number;
  text: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Phone-shaped runs of digits; the digit count below separates them from years, ranges and times.
const PHONE =
  /(?<![\w.:/-])(?:\+?\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}(?![\w:/-]|\.\d)/g;
// International style: "+33 1 23 45 67 89", "+44 20 7946 0958".
const INTERNATIONAL_PHONE = /(?<![\w.:/-])\+\d{1,3}(?:[ .-]?\d{1,4}){3,6}(?![\w:/-]|\.\d)/g;
const LOCAL_PHONE = /(?<![\w.:/-])\d{3}[.-]\d{4}(?![\w:/-]|\.\d)/g;

export function findIdentifying(text: string): IdentifyingMatch[] {
  const found: IdentifyingMatch[] = [];
  // Look for e-mail addresses only around each "@", in a bounded window: the pattern run over a
  // long line without one would retry from every position.
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const from = Math.max(0, at - 64);
    const window = text.slice(from, at + 256);
    EMAIL.lastIndex = 0;
    for (const match of window.matchAll(EMAIL)) {
      const start = from + match.index!;
      if (start <= at && at < start + match[0].length && !found.some((f) => f.start === start)) {
        found.push({ kind: 'email', start, end: start + match[0].length, text: match[0] });
      }
    }
  }
  if (!/\d/.test(text)) return found;
  for (const pattern of [INTERNATIONAL_PHONE, PHONE, LOCAL_PHONE]) {
    for (const match of text.matchAll(pattern)) {
      const digits = match[0].replace(/\D/g, '').length;
      if (pattern !== LOCAL_PHONE && (digits < 9 || digits > 15)) continue;
      const start = match.index!;
      if (found.some((other) => start < other.end && other.start < start + match[0].length)) continue;
      found.push({ kind: 'phone', start, end: start + match[0].length, text: match[0] });
    }
  }
  return found;
}

/** A matcher for the writer's own identifying terms (names, school, town), whole words, any case. */
export function termMatcher(terms: readonly string[]): ((text: string) => IdentifyingMatch[]) | null {
  const cleaned = terms.map((term) => term.trim()).filter((term) => term.length > 0);
  if (cleaned.length === 0) return null;
  const escaped = cleaned
    .sort((a, b) => b.length - a.length)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) =>
    Array.from(text.matchAll(pattern), (match) => ({
      kind: 'term' as const,
      start: match.index!,
      end: match.index! + match[0].length,
      text: match[0],
    }));
}
