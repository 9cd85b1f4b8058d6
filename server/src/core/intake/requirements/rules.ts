/**
 * The rules one line of requirement text states: word limits, counts, statements, points,
 * timestamps; in English or Spanish ("no más de 400 palabras", "al menos cinco"). Media: mediaRules.ts.
 */
import type { RubricSection } from '../../rubric';
import { NUMBER, numberValue } from './numbers';

type LimitKind = NonNullable<RubricSection['words']>['limit'];

export const N = `(${NUMBER})`;
export const DASH = '\\s*(?:-|–|—|to|and|a|y)\\s*';
const WORD = '(?:words?|palabras?)';
const flags = 'i';
export const re = (source: string) => new RegExp(source, flags);

export interface WordFact {
  min?: number;
  max?: number;
  limit: LimitKind;
}

/** "200 words minimum", "200 words or more": the number is the fewest. */
const AT_LEAST_AFTER = '(?:minimum|min\\.?|or more|at least)(?![\\w])';
/** "300–500 words", "a 300- to 500-word reflection" (the first number's hyphen left hanging). */
const WORD_RANGE = re(`(?:between\\s+|entre\\s+)?\\b${N}(?:-(?=\\s))?${DASH}${N}[\\s-]*${WORD}\\b`);
/** "Word count: 300-500", "Word limit of 250": the label names the unit, so the numbers need not. */
const LABELLED = '\\bword (?:count|limit|range|length)s?\\s*(?:of\\s+|:\\s*)?';
/** "Número de palabras sugerido: 250-350", "Extensión: 200 a 300". */
const LABELLED_ES =
  '\\b(?:(?:número|límite|conteo|cantidad|rango|extensión) de palabras|extensión|longitud)' +
  '(?: sugerid[oa]| recomendad[oa]| máxim[oa])?\\s*(?:de\\s+|:\\s*)?';
const WORD_RANGE_LABELLED = re(`(?:${LABELLED}|${LABELLED_ES})${N}${DASH}${N}\\b`);
const WORD_MAX = [
  re(
    '\\b(?:no more than|not (?:to )?exceed|no longer than|maximum of|max(?:imum)?\\.?:?|up to|at most|' +
      // "Limit your reflection to", "Limit responses to", "Limit each response to", "… is limited to"
      'limit(?: (?:your|all|the|each))?(?: \\w+)? to|limited to|' +
      `(?<!\\bno )(?:fewer|less) than|under)\\s+${N}[\\s-]*words?\\b`,
  ),
  re(
    '(?:\\bno más de|\\bno mas de|\\bhasta|\\b(?:un )?máximo de|\\blímite de|(?<!\\bno )\\bmenos de|\\blimitad[oa] a|' +
      `\\bno (?:debe )?(?:exceder|superar)(?: las?| los?)?)\\s+${N}\\s+palabras\\b`,
  ),
  re(`\\b${N}[\\s-]*words?\\s*(?:or (?:less|fewer|under)|max(?:imum)?\\b|limit\\b|total\\b|in total\\b|combined\\b)`),
  // "Limit: 250 words", "Word limit: 250".
  re(`\\blimit\\s*:?\\s*${N}[\\s-]*words?\\b`),
  // "Suggested length: 300 words".
  re(`\\blength\\s*:\\s*${N}[\\s-]*words?\\b(?!${DASH}\\d)`),
  re(`\\b(?:word limit|max(?:imum)? word count)\\s*(?:of\\s+|[:–—-]\\s*)?${N}\\b(?!${DASH}\\d)`),
  // "Word count: no more than 500", "Word limit: up to 400": the label names the unit.
  re(
    '\\bword (?:count|limit|length)\\s*:?\\s*(?:no more than|up to|at most|max(?:imum)?(?: of)?\\.?|not to exceed)' +
      `\\s+${N}\\b`,
  ),
  // "Combined word count for Parts 1 and 3: 750": a count given after its label's words.
  re(`\\bword count\\b[^:.]{0,40}:\\s*${N}\\b(?!${DASH}\\d)`),
  // "Word count: 300 max".
  re(`\\bword (?:count|limit)\\s*:?\\s*${N}\\s*(?:max(?:imum)?|or (?:less|fewer))\\b`),
  // "approximately 300 words": a count the text itself calls approximate, so a guide (GUIDE_WORDS).
  re(`(?:\\b(?:approximately|approx\\.|about|around|roughly|aim for)\\s+|~\\s*)${N}[\\s-]*words?\\b`),
  re(`\\b${N}\\s+palabras\\s+(?:como máximo|o menos|máximo)`),
  // "Máximo 300 palabras", "(máx. 250 palabras)", "Límite: 400 palabras", "Extensión: 300 palabras".
  re(`(?:\\bmáx(?:imo)?\\.?:?|\\blímite\\s*:|${LABELLED_ES})\\s*${N}\\s+palabras\\b(?!${DASH}\\d)`),
  // "Límite de palabras: 350".
  re(`\\b(?:límite|máximo) de palabras\\s*:?\\s*${N}\\b(?!${DASH}\\d)`),
  // "aproximadamente 250 palabras", "unas 500 palabras": approximate, so a guide (GUIDE_WORDS).
  re(`\\b(?:aproximadamente|alrededor de|cerca de|en torno a|más o menos|unas|unos)\\s+${N}\\s+palabras\\b`),
  // "un análisis de 400 palabras": Spanish for "a 400-word analysis".
  re(`(?<!(?:mínimo|menos) )\\bde\\s+${N}\\s+palabras\\b`),
  re(`\\b${N}-word\\b`),
  // "a 250 word response": "a 250-word response" without its hyphen.
  re(`\\ban?\\s+${N}\\s+word\\s+(?!(?:count|limit|range|minimum|min)\\b)[a-z]`),
  re(`\\(\\s*${N}[\\s-]+${WORD}\\b(?![^)]*${AT_LEAST_AFTER})[^)]*\\)`),
];
const WORD_MIN = re(
  `(?:\\b${N}\\+\\s*words?\\b|` +
    `\\b(?:at least|a minimum of|min(?:imum)?(?: of|\\.|:)?|no fewer than|no less than)\\s+${N}[\\s-]*words?\\b|` +
    `\\b${N}[\\s-]*words?\\s*${AT_LEAST_AFTER}|` +
    `(?:\\bal menos|\\bcomo mínimo|\\b(?:un )?mín(?:imo|\\.)(?: de)?|\\bno menos de)\\s+${N}\\s+palabras\\b)`,
);
/**
 * Words that make a count a guide; "about" and "around" only before the count of words itself ("about 300
 * words"): "write about one lesson in no more than 300 words" names a topic, and its limit is hard.
 */
const GUIDE_WORDS = re(
  `\\b(?:suggest(?:ed|s|ion)?|guides?|guidelines?|approximately|approx\\.|roughly|recommend(?:ed|s)?|aim for|` +
    // "Target length: 400 words", "a target of 300 words": a target, not a limit.
    `target (?:length|word count|of)|` +
    `aproximadamente|alrededor de|cerca de|en torno a|más o menos|sugerid[ao]s?|orientativ[ao]s?|como guía|` +
    `recomendad[ao]s?)(?![\\w])|\\bun[oa]s\\s+${N}\\s+palabras\\b|` +
    `\\b(?:about|around)\\s+${N}(?:${DASH}${N})?[\\s-]*${WORD}(?![\\w])|~\\s*\\d|` +
    // "250 words (+/- 10%)": a count with its tolerance is a target.
    '(?:\\+\\s*/\\s*-|±)\\s*\\d',
);

export const value = (text: string) => numberValue(text) ?? Number.NaN;

/** "at least 3 but no more than 5 discussions", "no fewer than 200 and no more than 350 words": a range. */
export const AT_LEAST_AT_MOST = re(
  `\\b(?:at least|no fewer than|no less than|a minimum of) ${N},? (?:but|and) ` +
    `(?:no more than|not more than|at most|up to|a maximum of) ${N}\\b`,
);

/** The word limit a line states, if any; a guide when the line itself calls it one. */
export function wordLimitIn(written: string): WordFact | null {
  // "at least 300 but no more than 500 words" is the range "300 to 500 words".
  const text = written.replace(AT_LEAST_AT_MOST, '$1 to $2');
  const limit: LimitKind = GUIDE_WORDS.test(text) ? 'guide' : 'hard';
  const range = WORD_RANGE.exec(text) ?? WORD_RANGE_LABELLED.exec(text);
  if (range) {
    const [a, b] = [value(range[1]), value(range[2])];
    if (a < b) return { min: a, max: b, limit };
    return null;
  }
  const max = WORD_MAX.map((pattern) => pattern.exec(text)).find(Boolean);
  const min = WORD_MIN.exec(text);
  if (!max && !min) return null;
  return {
    ...(min ? { min: value(min[1] ?? min[2] ?? min[3] ?? min[4]) } : {}),
    ...(max ? { max: value(max[1]) } : {}),
    limit,
  };
}

/** "Question 1 (100 words max): …": a question numbered and labelled, whose limit is its answer's. */
export const QUESTION_LABEL = /^(?:question|prompt|pregunta)\s+\d{1,2}\b/i;

/**
 * "200 words per question", "answer each question in…": a limit on each answer, which no section rule holds;
 * unless the words are counted "in all" ("answer each question, in 300 words in all").
 */
export const limitsEachAnswer = (text: string) =>
  !/\bwords?,?\s+(?:in (?:all|total)|total|altogether)\b/i.test(text) &&
  (/\b(?:per|each|every)\s+(?:guiding\s+)?(?:question|prompt|answer|response)s?\b/i.test(text) ||
    QUESTION_LABEL.test(text) ||
    // "(100 words each)"
    /\b(?:words?|palabras)\s+(?:each|cada una)\b/i.test(text) ||
    /\b(?:por|cada)\s+(?:pregunta|respuesta)\b/i.test(text));

/** "no more than 750 words total for Parts 1 and 3": one limit for several Parts, which no section holds. */
const PART_NUMBER = '(?:\\d+|[ivx]+)';
const SEVERAL_PARTS = new RegExp(
  `\\b(?:parts?|partes?|sections?|secci[oó]n(?:es)?)\\s+${PART_NUMBER}` +
    `(?:\\s*(?:,|and|&|or|y|o)\\s*(?:(?:parts?|partes?|sections?)\\s+)?${PART_NUMBER}\\b)+`,
  'i',
);
export const limitsSeveralParts = (text: string) => SEVERAL_PARTS.test(text);

/** "The whole submission should be no more than 1,000 words": a limit of everything together, no section's. */
const WHOLE =
  /\b(?:whole|entire|full|complete|total|overall) (?:submission|portfolio|application|entrega)\b|\btoda la entrega\b/i;
/** Before the first Part, a total ("Total word count must not exceed 1,000 words") is the submission's too. */
const TOTAL = /\b(?:total|combined|overall|in all|altogether|en total)\b/i;
export const limitsWholeSubmission = (text: string, beforeParts = false) =>
  WHOLE.test(text) || (beforeParts && TOTAL.test(text));

/** A sentence that makes the word counts near it a guide ("Please use the suggested word count as a guide"). */
export const callsCountsAGuide = (text: string) =>
  /\bword (?:count|limit)s?\b[^.]*\b(?:guide|suggest\w*)|\bsuggested word (?:count|limit|range)/i.test(text) ||
  /\b(?:número|límite|conteo)s? de palabras\b[^.]*(?:como guía|orientativ|sugerid)/i.test(text);

/** A sentence that makes every word count of the requirements a guide. */
export const callsAllCountsAGuide = (text: string) =>
  /\b(?:all|every|each of the)\b[^.]*\bword (?:counts?|limits?)\b[^.]*\b(?:guide|suggest\w*|approximate)/i.test(text) ||
  /\b(?:use|tome|considere)\b[^.]*\b(?:el|los) (?:número|límite|conteo)s? de palabras\b[^.]*como guía/i.test(text);

/** "Maximum 1,000 characters": characters are not words, so no word limit. */
export const CHARACTER_LIMIT = re(`\\b${N}(?:${DASH}${N})?[\\s-]*(?:characters?|caracteres|car[aá]cter)(?![\\w])`);

/** "no more than 2 pages": a page limit, which is not a word limit. */
export const PAGE_LIMIT = re(
  `\\b${N}(?:${DASH}${N})?[\\s-]*(?:pages?|páginas?|cuartillas?)(?![\\w])|` +
    // "half a page", "a half-page summary", "media página"
    '\\b(?:(?:one[\\s-])?half (?:of )?(?:a|one)[\\s-]page|(?:a |one )?half[\\s-]page|media página)(?![\\w])',
);

const POINTS = re(
  `\\b${N}\\s+(?:(?:key |main |personal |specific |distinct |separate )?(?:talking )?points\\b|` +
    'puntos(?: clave| principales)?\\b)',
);

/** "three key points": how many points a plan must make. */
export function pointsIn(text: string): number | null {
  const match = POINTS.exec(text);
  return match ? value(match[1]) : null;
}

/** "indicate the time in the video when each of your three points are addressed". */
export function timestampsIn(text: string): { min: number | null; onPlan: boolean } | null {
  if (!/\b(?:time ?stamps?|indicate the time|note the time|mark the time|the time in the video)\b/i.test(text))
    return null;
  // "each of your three points", "Timestamp at least two moments where …"
  const each = re(`\\beach of (?:your |the )?${N}\\b|\\b(?:at least|a minimum of|no fewer than)\\s+${N}\\b`).exec(text);
  const n = each?.[1] ?? each?.[2];
  return { min: n ? value(n) : null, onPlan: /\bon (?:your|the) (?:\w+ )?plan\b/i.test(text) };
}
