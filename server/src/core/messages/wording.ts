/**
 * What the diagnostics share beyond a key: counts, lists of titles and a rubric's own nouns. English
 * messages have always joined lists with "and" or "or" alone; they keep doing so, byte for byte.
 * Other languages write lists their way.
 */
import type { Messages } from './catalogue';

/** A count as a message shows it: `12345` in English, `12.345` in Spanish (the catalogue's one rule). */
export const count = (messages: Messages, value: number): string => messages.number(value);

/** `a and b and c` in English (as the messages always said), `a, b y c` in Spanish. */
export const andList = (messages: Messages, items: readonly string[]): string =>
  messages.locale === 'en' ? items.join(' and ') : messages.list(items);

/** `a or b` in English, `a o b` in Spanish. */
export const orList = (messages: Messages, items: readonly string[]): string =>
  messages.locale === 'en' ? items.join(' or ') : messages.list(items, 'disjunction');

/**
 * `3 stakeholders`, `5 familias`: a count of a rubric's own noun (`items.noun`, singular), made plural
 * the way the rubric's language does it (a rubric is in its own language, whatever the writer's is).
 */
export function countOfNoun(messages: Messages, value: number, noun: string, language?: string): string {
  return `${count(messages, value)} ${value === 1 ? noun : pluralOf(noun, language)}`;
}

/**
 * A noun's plural: `-s` in English; in Spanish `-s` after a vowel, `-es` after a consonant (`-z` →
 * `-ces`), a word ending in `-s` unchanged (`análisis`).
 */
export function pluralOf(noun: string, language?: string): string {
  if (language !== 'es') return `${noun}s`;
  if (/s$/i.test(noun)) return noun;
  if (/[aeiouáéíóú]$/i.test(noun)) return `${noun}s`;
  if (/z$/i.test(noun)) return `${noun.slice(0, -1)}ces`;
  // The stress mark of a last syllable goes when -es adds one: acción → acciones, razón → razones.
  const unmarked = noun.replace(
    /([áéíóú])([nsl])$/i,
    (_m, vowel: string, end: string) => vowel.normalize('NFD').replace(/\u0301/, '') + end,
  );
  return `${unmarked}es`;
}
