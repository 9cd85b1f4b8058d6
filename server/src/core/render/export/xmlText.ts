/**
 * Text as a Word package may hold it. XML 1.0 forbids most C0 controls, U+FFFE, U+FFFF and lone
 * surrogates: one of them anywhere makes Word call the whole file corrupt. Vertical tab and form
 * feed separate words in the count, so they become spaces; the rest show nothing and are dropped.
 */

const WORD_BREAKING_CONTROLS = /[\v\f]/g;
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(text: string): string {
  return text.replace(WORD_BREAKING_CONTROLS, ' ').replace(NOT_IN_XML, '');
}
