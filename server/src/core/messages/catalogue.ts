/**
 * Every sentence a writer reads comes from one catalogue per language (`en.ts`, `es.ts`), with
 * named parameters: `{title}`, `{count}`. Numbers are written the way the language writes them
 * (Intl), and a text that depends on a count has a `one` and an `other` form.
 */
import { en } from './en';
import { es } from './es';
import type { Catalogue, Params } from './types';

export type { Catalogue, MessageKey, Params, Text } from './types';

export type Locale = 'en' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'es'];

const CATALOGUES: Record<Locale, () => Catalogue> = { en: () => en, es };

/**
 * The language of a locale tag as editors and shells write it (`es`, `es-MX`, `es_ES.UTF-8`);
 * English for anything else, `C` and `POSIX` included.
 */
export function localeOf(tag: string | null | undefined): Locale {
  const language = (tag ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'en';
}

/** A terminal's language: LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them. */
export function localeOfEnvironment(env: Record<string, string | undefined>): Locale {
  return localeOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

export interface Messages {
  readonly locale: Locale;
  /** The message `key` in this language, its parameters filled in. */
  t(key: keyof typeof en, params?: Params): string;
  /** A number as the language writes it (`12345` in English; Spanish groups from 10.000: `12.345`). */
  number(value: number): string;
  /** A list joined the language's way: `a, b and c`, `a, b y c`. */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

/**
 * English: the default wherever no language is asked for. Made from its own catalogue alone, so a
 * bundle that only ever writes English (or is handed its messages) carries no other language.
 */
export const ENGLISH: Messages = createMessages('en', en);

const cache = new Map<Locale, Messages>([['en', ENGLISH]]);

export function messagesFor(locale: Locale = 'en'): Messages {
  let messages = cache.get(locale);
  if (!messages) cache.set(locale, (messages = createMessages(locale, CATALOGUES[locale]())));
  return messages;
}

/**
 * Below this a whole number is written as its digits in the language: English never groups (`1200
 * words`, as the spec's examples write it), Spanish groups from 10.000 as CLDR says. Intl's formatters
 * are made on first use: each loads its language's data (milliseconds and megabytes), which the first
 * check of most submissions, with only small counts, never needs.
 */
const GROUPED_FROM: Record<Locale, number> = { en: Number.POSITIVE_INFINITY, es: 10000 };

/**
 * CLDR's plural category `one` in English (`i = 1 and v = 0`) and Spanish (`n = 1`): a count of one,
 * either sign. What Intl.PluralRules says for both languages, without loading their plural data (a
 * millisecond of a first check).
 */
const isOne = (count: number) => Math.abs(count) === 1;

function createMessages(locale: Locale, catalogue: Catalogue): Messages {
  let numbers: Intl.NumberFormat | undefined;
  const lists: Partial<Record<'conjunction' | 'disjunction', Intl.ListFormat>> = {};
  const number = (value: number) =>
    Number.isInteger(value) && Math.abs(value) < GROUPED_FROM[locale] && !Object.is(value, -0)
      ? String(value)
      : (numbers ??= new Intl.NumberFormat(locale, {
          maximumFractionDigits: 1,
          ...(locale === 'en' ? { useGrouping: false } : {}),
        })).format(value);
  const show = (value: string | number) => (typeof value === 'number' ? number(value) : value);
  return {
    locale,
    t(key, params = {}) {
      const text = catalogue[key] ?? en[key];
      const chosen = typeof text === 'string' ? text : isOne(Number(params.count ?? 0)) ? text.one : text.other;
      return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? show(params[name]) : whole));
    },
    number,
    list: (items, type = 'conjunction') => (lists[type] ??= new Intl.ListFormat(locale, { type })).format(items),
  };
}
