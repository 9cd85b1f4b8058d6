/** Numbers as requirement texts write them: digits, or words up to twenty ("five", "Twelve"). */

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const TENS: Record<string, number> = {
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** A regex source matching one number: digits (with thousands commas) or a number word, written out. */
const UNITS = WORDS.slice(1, 10).join('|');
const TENS_WORDS = `(?:${Object.keys(TENS).join('|')})(?:[- ](?:${UNITS}))?`;
const HUNDREDS = `(?:${UNITS}|a) hundred(?: and \\w+(?:[- ]\\w+)?)?`;
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${HUNDREDS}|${TENS_WORDS}|${WORDS.slice().reverse().join('|')})`;

/** The value of a number NUMBER matched, or null. */
export function numberValue(text: string): number | null {
  const t = text.toLowerCase().trim();
  if (/^[\d,]+$/.test(t)) return Number(t.replace(/,/g, ''));
  const small = WORDS.indexOf(t);
  if (small >= 0) return small;
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
