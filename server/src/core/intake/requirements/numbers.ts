/**
 * Numbers as requirement texts write them: digits, or words up to twenty, in English or Spanish
 * ("five", "Twelve", "cinco", "dieciséis").
 */
import { ENGLISH_NUMBER_WORDS, SPANISH_NUMBER_WORDS } from '../../text';

const WORDS = ENGLISH_NUMBER_WORDS;
const TENS: Record<string, number> = {
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SPANISH = SPANISH_NUMBER_WORDS;
/** "un video", "una lista": the article is the number one only where a count is read. */
const SPANISH_ONE = ['un', 'una'];

/** A regex source matching one number: digits (with thousands commas) or a number word, written out. */
const UNITS = WORDS.slice(1, 10).join('|');
const TENS_WORDS = `(?:${Object.keys(TENS).join('|')})(?:[- ](?:${UNITS}))?`;
const HUNDREDS = `(?:${UNITS}|a) hundred(?: and \\w+(?:[- ]\\w+)?)?`;
// "once" (eleven) is left out: in an English text it is the adverb ("at least once a week").
const SPANISH_WORDS = [
  ...SPANISH.slice(1)
    .filter((word) => word !== 'once')
    .reverse(),
  ...SPANISH_ONE,
].join('|');
const ENGLISH_WORDS = WORDS.slice().reverse().join('|');
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${HUNDREDS}|${TENS_WORDS}|${ENGLISH_WORDS}|${SPANISH_WORDS})`;

/** The value of a number NUMBER matched, or null. */
export function numberValue(text: string): number | null {
  const t = text.toLowerCase().trim();
  if (/^[\d,]+$/.test(t)) return Number(t.replace(/,/g, ''));
  const small = WORDS.indexOf(t);
  if (small >= 0) return small;
  const spanish = SPANISH.indexOf(t);
  if (spanish >= 0) return spanish;
  if (SPANISH_ONE.includes(t)) return 1;
  const hundred = /^(\w+) hundred(?: and (.+))?$/.exec(t);
  if (hundred) {
    const head = hundred[1] === 'a' ? 1 : WORDS.indexOf(hundred[1]);
    const rest = hundred[2] ? numberValue(hundred[2]) : 0;
    return head > 0 && rest !== null ? head * 100 + rest : null;
  }
  const tens = /^(\w+)(?:[- ](\w+))?$/.exec(t);
  if (tens && TENS[tens[1]] !== undefined) {
    const unit = tens[2] ? WORDS.indexOf(tens[2]) : 0;
    return unit >= 0 && unit < 10 ? TENS[tens[1]] + unit : null;
  }
  return null;
}
