/**
 * Recognisers for text that would identify a writer to their reviewers. They read match text
 * (matchText.ts: composed, invisible characters gone) and run in time linear in its length.
 */
import { isAscii } from './ascii';
import { normalizeTerm } from './matchText';
import { onFirstUse } from './onFirstUse';
import { findPhones } from './phones';

export type IdentifyingKind = 'email' | 'phone' | 'term';

export interface IdentifyingMatch {
  kind: IdentifyingKind;
  start: number;
  end: number;
  text: string;
}

// Each has an ASCII twin that reads an ASCII text as it does (test/unit/asciiReadings.test.ts).
const LOCAL_CHARACTER = onFirstUse(() => /^[\p{L}\p{N}\p{M}._%+'-]$/u);
const LOCAL_CHARACTER_ASCII = /^[A-Za-z0-9._%+'-]$/;
const DOMAIN_CHARACTER = onFirstUse(() => /^[\p{L}\p{N}\p{M}.-]$/u);
const DOMAIN_CHARACTER_ASCII = /^[A-Za-z0-9.-]$/;
const LABEL = onFirstUse(() => /^[\p{L}\p{N}\p{M}-]+$/u);
const LABEL_ASCII = /^[A-Za-z0-9-]+$/;
const TOP_LABEL = onFirstUse(() => /^(?:[\p{L}\p{M}]{2,}|xn--[a-z0-9-]+)$/iu);
const TOP_LABEL_ASCII = /^(?:[A-Za-z]{2,}|xn--[a-z0-9-]+)$/i;
/** For the tests: each ASCII twin with its Unicode expression. */
export const PRIVACY_TWINS = (): [RegExp, RegExp][] => [
  [LOCAL_CHARACTER_ASCII, LOCAL_CHARACTER()],
  [DOMAIN_CHARACTER_ASCII, DOMAIN_CHARACTER()],
  [LABEL_ASCII, LABEL()],
  [TOP_LABEL_ASCII, TOP_LABEL()],
];
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

const isSurrogate = (c: string) => c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff;
const isLocal = (c: string) =>
  c < '\x80' ? LOCAL_CHARACTER_ASCII.test(c) : LOCAL_CHARACTER().test(c) || isSurrogate(c);
const isDomain = (c: string) =>
  c < '\x80' ? DOMAIN_CHARACTER_ASCII.test(c) : DOMAIN_CHARACTER().test(c) || isSurrogate(c);

/** E-mail addresses and phone numbers, in order. */
export function findIdentifying(text: string): IdentifyingMatch[] {
  const found = findEmails(text);
  if (!/\d/.test(text)) return found;
  const phones: IdentifyingMatch[] = [];
  let e = 0;
  for (const phone of findPhones(text)) {
    while (e < found.length && found[e].end <= phone.start) e++;
    if (e < found.length && found[e].start < phone.end) continue; // digits inside an address
    phones.push({ kind: 'phone', start: phone.start, end: phone.end, text: text.slice(phone.start, phone.end) });
  }
  return mergeInOrder(found, phones);
}

/** Each address around an `@`, read outwards from it within an address's length limits. */
function findEmails(text: string): IdentifyingMatch[] {
  const found: IdentifyingMatch[] = [];
  let after = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (at < after) continue;
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocal(text[start - 1])) start--;
    while (start < at && text[start] === '.') start++;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && isDomain(text[end])) end++;
    while (end > at + 1 && /[.-]/.test(text[end - 1])) end--;
    if (start === at || !isDomainName(text.slice(at + 1, end))) continue;
    found.push({ kind: 'email', start, end, text: text.slice(start, end) });
    after = end;
  }
  return found;
}

/** Labels of letters (any script), digits and inner hyphens; the last of letters, or punycode. */
function isDomainName(domain: string): boolean {
  const labels = domain.split('.');
  const ascii = isAscii(domain);
  if (labels.length < 2 || !(ascii ? TOP_LABEL_ASCII : TOP_LABEL()).test(labels[labels.length - 1])) return false;
  const label = ascii ? LABEL_ASCII : LABEL();
  return labels.every((l) => label.test(l) && !l.startsWith('-') && !l.endsWith('-'));
}

/**
 * Whether a link's text already shows what was found in its destination (`[555-123-4567](tel:+15551234567)`,
 * `[jane@x.org](mailto:jane@x.org)`), so it is reported once.
 */
export function heldByLabel(hit: IdentifyingMatch, label: string): boolean {
  if (hit.kind === 'phone') {
    const digits = hit.text.replace(/\D/g, '');
    return digits.length >= 7 && label.replace(/\D/g, '').includes(digits.slice(-10));
  }
  return label.toLowerCase().includes(hit.text.toLowerCase());
}

function mergeInOrder(a: IdentifyingMatch[], b: IdentifyingMatch[]): IdentifyingMatch[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: IdentifyingMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start <= b[j].start)) merged.push(a[i++]);
    else merged.push(b[j++]);
  }
  return merged;
}

/** A matcher for the writer's own identifying terms (names, school, town), whole words, any case. */
export function termMatcher(terms: readonly string[]): ((text: string) => IdentifyingMatch[]) | null {
  const cleaned = terms.map((term) => normalizeTerm(term).trim()).filter((term) => term.length > 0);
  if (cleaned.length === 0) return null;
  const escaped = cleaned
    .sort((a, b) => b.length - a.length)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
  return (text) =>
    Array.from(text.matchAll(pattern), (match) => ({
      kind: 'term' as const,
      start: match.index!,
      end: match.index! + match[0].length,
      text: match[0],
    }));
}
