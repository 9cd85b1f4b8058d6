/**
 * Phone numbers in running text. A run of digit groups is read whole and kept only when its groups
 * have a phone's shape, so number series (`612 640 688`, `1998 2001 2004`), ranges (`300-2500`,
 * `101-1204`), standards codes, ISBNs, years, grade spans and times give nothing. A seven-digit
 * local number (`555-1234`) counts only after a word that announces a phone (`call`, `cell`, …).
 */

import { isAscii } from './ascii';
import { onFirstUse } from './onFirstUse';

export interface PhoneMatch {
  start: number;
  end: number;
}

// Digits with the separators a number is written with: space, no-break spaces, dot, hyphens and dashes.
const SEPARATOR = ' .\\-\\u00A0\\u202F\\u2010-\\u2013\\u2212';
const RUN = new RegExp(`[+(]?\\d(?:[\\d()${SEPARATOR}]*\\d)?`, 'g');
const SEPARATOR_ONLY = new RegExp(`^[${SEPARATOR}]$`);
// Each Unicode expression has an ASCII twin that reads an ASCII text as it does (test/unit/asciiReadings.test.ts).
const EXTENSION = onFirstUse(() => /^\s?(?:x|ext\.?|extension)\s?\d{1,6}(?![\p{L}\p{N}])/iu);
const EXTENSION_ASCII = /^\s?(?:x|ext\.?|extension)\s?\d{1,6}(?![A-Za-z0-9])/i;
// What may not touch a number: it would be part of a code, an address, an amount, a time or a path.
const BEFORE = onFirstUse(() => /[\p{L}\p{N}_.:/\\$€£#%@&=-]/u);
const BEFORE_ASCII = /[A-Za-z0-9_.:/\\$#%@&=-]/;
const AFTER = onFirstUse(() => /[\p{L}\p{N}_:/\\%@°-]/u);
const AFTER_ASCII = /[A-Za-z0-9_:/\\%@-]/;
/** For the tests: each ASCII twin with its Unicode expression. */
export const PHONE_TWINS = (): [RegExp, RegExp][] => [
  [EXTENSION_ASCII, EXTENSION()],
  [BEFORE_ASCII, BEFORE()],
  [AFTER_ASCII, AFTER()],
];
const isBefore = (c: string) => (c < '\x80' ? BEFORE_ASCII : BEFORE()).test(c);
const isAfter = (c: string) => (c < '\x80' ? AFTER_ASCII : AFTER()).test(c);
const PHONE_WORDS =
  'call|calls|calling|phone|telephone|tel|cell|mobile|text|texting|fax|dial|reach|contact|number|line';
const ANNOUNCES_PHONE = new RegExp(`\\b(?:${PHONE_WORDS})\\b[^\\n\\d]{0,24}$`, 'i');
const ANNOUNCES_BOOK = /\bISBN(?:-1[03])?:?\s*$/i;

export function findPhones(text: string): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  RUN.lastIndex = 0;
  for (let match = RUN.exec(text); match; match = RUN.exec(text)) {
    const start = match.index;
    let end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    if (!isolatedBefore(text, start) || ANNOUNCES_BOOK.test(before)) continue;
    const next = text.slice(end, end + 20);
    const extension = (isAscii(next) ? EXTENSION_ASCII : EXTENSION()).exec(next);
    if (!extension && end < text.length && isAfter(text[end])) continue;
    if (!extension && text[end] === '.' && /\d/.test(text[end + 1] ?? '')) continue;
    const shape = phoneShape(match[0]);
    if (shape === 'none' || (shape === 'local' && !ANNOUNCES_PHONE.test(before))) continue;
    if (extension) end += extension[0].length;
    found.push({ start, end });
  }
  return found;
}

/** Whether nothing before `start` makes the digits part of something else (`tel:` is a phone's own prefix). */
function isolatedBefore(text: string, start: number): boolean {
  if (start === 0) return true;
  if (/tel:$|sms:$/i.test(text.slice(Math.max(0, start - 4), start))) return true;
  return !isBefore(text[start - 1]);
}

type Shape = 'phone' | 'local' | 'none';

/** The shape of a run of digit groups: a phone's, a seven-digit local number's, or neither. */
export function phoneShape(run: string): Shape {
  const groups = run.split(/[^\d]+/).filter((g) => g.length > 0);
  const digits = groups.join('');
  const separators = run.replace(/[\d]+/g, '|').split('|').slice(1, -1);
  // One separator between groups (a parenthesised area code brings its own); never two kinds of dash in a row.
  const tidy = separators.every((s) => SEPARATOR_ONLY.test(s) || /^\)[ \u00A0]?$|^[ \u00A0]?\($/.test(s));
  if (!tidy) return 'none';
  if (run.startsWith('+')) return digits.length >= 8 && digits.length <= 15 ? 'phone' : 'none';
  const lengths = groups.map((g) => g.length).join(',');
  if (run.startsWith('(')) return /^\(\d{3}\)/.test(run) && lengths === '3,3,4' ? 'phone' : 'none';
  if (run.includes('(') || run.includes(')')) return 'none';
  // North American numbers: 555-123-4567, 1-800-555-0199, 5551234567.
  if (lengths === '3,3,4') return 'phone';
  if (lengths === '1,3,3,4' && groups[0] === '1') return 'phone';
  if (lengths === '10' && /^[2-9]/.test(digits)) return 'phone';
  if (lengths === '11' && digits.startsWith('1')) return 'phone';
  // National numbers with a trunk 0: 020 7946 0958, 06 12 34 56 78.
  if (digits.startsWith('0') && digits.length >= 10 && digits.length <= 11 && groups.length >= 2) return 'phone';
  if (lengths === '3,4' && /^[2-9]/.test(digits)) return 'local';
  return 'none';
}
