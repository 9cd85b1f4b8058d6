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
      // "Limit your reflection to", "Limit responses to", "Limit each response to"
      `limit(?: (?:your|all|the|each))?(?: \\w+)? to|(?<!\\bno )(?:fewer|less) than|under)\\s+${N}[\\s-]*words?\\b`,
  ),
  re(
    '(?:\\bno más de|\\bno mas de|\\bhasta|\\b(?:un )?máximo de|\\blímite de|(?<!\\bno )\\bmenos de|' +
      `\\bno (?:debe )?(?:exceder|superar)(?: las?| los?)?)\\s+${N}\\s+palabras\\b`,
  ),
  re(`\\b${N}[\\s-]*words?\\s*(?:or (?:less|fewer|under)|max(?:imum)?\\b|limit\\b|total\\b|in total\\b|combined\\b)`),
  // "Limit: 250 words", "Word limit: 250".
  re(`\\blimit\\s*:?\\s*${N}[\\s-]*words?\\b`),
  // "Suggested length: 300 words".
  re(`\\blength\\s*:\\s*${N}[\\s-]*words?\\b(?!${DASH}\\d)`),
  re(`\\b(?:word limit|max(?:imum)? word count)\\s*(?:of\\s+|[:–—-]\\s*)?${N}\\b(?!${DASH}\\d)`),
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
  // "aproximadamente 250 palabras": approximate, so a guide (GUIDE_WORDS).
  re(`\\b(?:aproximadamente|alrededor de|cerca de)\\s+${N}\\s+palabras\\b`),
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
    `aproximadamente|alrededor de|cerca de|sugerid[ao]s?|orientativ[ao]s?|como guía|recomendad[ao]s?)(?![\\w])|` +
    `\\b(?:about|around)\\s+${N}(?:${DASH}${N})?[\\s-]*${WORD}(?![\\w])|~\\s*\\d|` +
    // "250 words (+/- 10%)": a count with its tolerance is a target.
    '(?:\\+\\s*/\\s*-|±)\\s*\\d',
);

export const value = (text: string) => numberValue(text) ?? Number.NaN;

/** The word limit a line states, if any; a guide when the line itself calls it one. */
export function wordLimitIn(text: string): WordFact | null {
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
  `\\b${N}(?:${DASH}${N})?[\\s-]*(?:pages?|páginas?)(?![\\w])|` +
    // "half a page", "a half-page summary", "media página"
    '\\b(?:(?:one[\\s-])?half (?:of )?(?:a|one)[\\s-]page|(?:a |one )?half[\\s-]page|media página)(?![\\w])',
);

export interface ItemFact {
  min: number;
  noun: string;
  /** The most a range asks for ("three to five strategies"): no rule holds it, so it is marked. */
  most?: number;
}

const STOP = new Set([
  ...'in of on with who that which from for to and or your'.split(' '),
  ...'de del que con para en por y o a su sus cada quien quienes cuyo cuya'.split(' '),
]);
const LETTERS = '[a-záéíóúüñ][a-záéíóúüñ\\s-]*';
const COUNTED = re(
  `\\b(?:at least|a minimum of|minimum of|no fewer than|al menos|como mínimo|un mínimo de|no menos de)\\s+${N}` +
    `\\s+(${LETTERS})|\\b${N} (?:or more|o más)\\s+(?!of\\b|de\\b)(${LETTERS})|\\b(\\d+)\\+\\s+(${LETTERS})`,
);
/** The counted thing, and its number, of a COUNTED match. */
const countOf = (match: RegExpExecArray) => ({
  n: match[1] ?? match[3] ?? match[5],
  noun: match[2] ?? match[4] ?? match[6],
});

export function singular(word: string): string {
  if (/(?:dad|tad|tud)es$/i.test(word)) return word.slice(0, -2);
  if (/iones$/i.test(word)) return `${word.slice(0, -5)}ión`;
  if (/ies$/i.test(word)) return word.replace(/ies$/i, 'y');
  if (/(?:ch|sh|x|ss)es$/i.test(word)) return word.slice(0, -2);
  return /[^s]s$/i.test(word) ? word.slice(0, -1) : word;
}

/** Words that describe a counted noun rather than name it ("five specific key stakeholders"). */
const DESCRIBING = new Set([
  ...'specific key different distinct separate relevant local important possible new main'.split(' '),
  ...'additional unique diverse concrete clear detailed written short brief original related individual'.split(' '),
  ...'diferentes distintos distintas breves'.split(' '),
]);

/** "at least five specific key stakeholders": a count of listed items and their noun. */
/** "at least 250 words", "at least 3 minutes": a measure, which the limits read, not a count of items. */
const MEASURE = /^(?:words?|palabras?|minutes?|minutos?|seconds?|segundos?|pages?|páginas?)(?![\p{L}])/iu;
/** "at least four weeks of groups": a span of time (as in a range, NOT_COUNTED), not a count of items either. */
const countedIn = (text: string) => {
  const match = COUNTED.exec(text);
  const noun = match ? countOf(match).noun.trim() : '';
  return match && !MEASURE.test(noun) && !NOT_COUNTED.test(noun) ? match : null;
};

/** "evidence from at least three students": whom the evidence comes from, not what the section lists. */
const SOURCE_OF_EVIDENCE = /\b(?:from|by|across|de parte de)\s+$/i;

/** "three to five strategies", "2-3 examples", "between two and four partners": a range of items. */
/** "three to five", "two or three": a range's dash in words too. */
const OR_DASH = `(?:${DASH}|\\s+(?:or|o)\\s+)`;
const RANGE_COUNTED = re(
  `(?<!\\b(?:grades?|ages?|parts?|steps?)\\s)(?:\\bbetween\\s+|\\bentre\\s+)?\\b${N}${OR_DASH}${N}\\s+(${LETTERS})`,
);
/** What a range may count that is no list item: times, spans of time, measures. */
const NOT_COUNTED = /^(?:times|veces|hours?|horas?|days?|días?|weeks?|semanas?|months?|meses|years?|años)(?![\p{L}])/iu;

function rangeIn(text: string): { n: string; noun: string; most: number; index: number } | null {
  const match = RANGE_COUNTED.exec(text);
  if (!match || value(match[1]) >= value(match[2])) return null;
  const noun = match[3].trim();
  if (MEASURE.test(noun) || NOT_COUNTED.test(noun)) return null;
  return { n: match[1], noun, most: value(match[2]), index: match.index };
}

/** "at least 3 but no more than 5 discussions" is the range "3 to 5 discussions". */
export const AT_LEAST_AT_MOST = re(
  `\\bat least ${N},? (?:but|and) (?:no more than|not more than|at most|up to) ${N}\\b`,
);

export function itemsIn(written: string): ItemFact | null {
  const text = written.replace(AT_LEAST_AT_MOST, '$1 to $2');
  const match = countedIn(text);
  const counted = match ? { ...countOf(match), index: match.index } : rangeIn(text);
  if (!counted || SOURCE_OF_EVIDENCE.test(text.slice(0, counted.index))) return null;
  const min = value(counted.n);
  const most = 'most' in counted ? { most: counted.most } : {};
  const noun: string[] = [];
  const words = counted.noun.trim().split(/\s+/).slice(0, 5);
  for (const [i, word] of words.entries()) {
    const lower = word.toLowerCase();
    if (STOP.has(lower)) break;
    if (noun.length === 0 && DESCRIBING.has(lower)) continue;
    // An acronym keeps its capitals ("CER paragraphs", "ELLs").
    const kept = /^\p{Lu}{2,}s?$/u.test(word) ? word : lower;
    noun.push(kept);
    // "phonics skills", "class sessions", "focus groups": a word in s that is no plural describes the next.
    const next = words[i + 1]?.toLowerCase();
    const describes = /(?:ics|ss|us|is)$/.test(lower) && next !== undefined && !STOP.has(next);
    if (/s$/.test(kept) && kept.length > 3 && !describes)
      return { min, noun: [...noun.slice(0, -1), singular(kept)].join(' '), ...most };
  }
  return null;
}

/**
 * A count the text states in some form ("at least ten students"), placed as items or not. "One or more
 * clips", "at least one sample": what a section that holds the thing asks, so no count to place.
 */
export const statesCount = (text: string) => {
  const match = countedIn(text);
  return match !== null && value(countOf(match).n) > 1;
};

/** "Provide three samples of student work": a number of things, neither a least nor a most. */
const BARE_COUNT = re(
  `(?<!\\b(?:part|parte|artifact|section|step|component|grade|grades|ages?)\\s)\\b(${NUMBER})\\s+` +
    '((?:[a-záéíóúñ-]+\\s+){0,2}[a-záéíóúñ-]+s)\\b',
);
const NOT_ITEMS = new RegExp(
  '\\b(?:words?|minutes?|seconds?|hours?|pages?|characters?|photos?|images?|pictures?|screen ?shots?|videos?|' +
    'times|days|weeks|months|years)$',
  'i',
);

export function statesBareCount(text: string): boolean {
  const match = BARE_COUNT.exec(text);
  return Boolean(match && (numberValue(match[1]) ?? 0) >= 2 && !NOT_ITEMS.test(match[2]) && !MEASURE.test(match[2]));
}

/** The text asks for a list ("A list of…", "List…", "Identify…"), so a count there counts items. */
const LIST_VERB = new RegExp(
  // ("Cite" is the Spanish verb too.)
  '^(?:provide|include|submit|share|identify|name|create|cite|' +
    'proporcione|incluya|presente|envíe|identifique|nombre|elabore)\\b',
  'i',
);

/** "a plan with three or four stations", "including 3-5 prompts": a range of what the thing lists. */
const WITH_RANGE = new RegExp(
  `(?<!\\b\\w+ed) \\b(?:with|includ\\w*|contain\\w*)\\s+${N}${OR_DASH}${N}\\s+\\p{L}`,
  'iu',
);

export const asksForList = (text: string) =>
  /\b(?:list(?:s|ing)?|lista)\b/i.test(text) ||
  LIST_VERB.test(text) ||
  // "It must include no fewer than six tasks", "a board offering at least nine choices"
  /(?<!\b\w+ed) \b(?:with|includ\w*|contain\w*|offer\w*)\s+(?:at least|a minimum of|no (?:fewer|less) than)\b/i.test(
    text,
  ) ||
  WITH_RANGE.test(text) ||
  // "a plan that names at least three routines", "identifying two or more partners"
  /\b(?:names?|naming|identif(?:y|ies|ying)|lists?|listing)\s+(?:at least|a minimum of|\w+ or more)\b/i.test(text) ||
  // "Keep a log of at least six lessons": a log, a record or a table is a list of its entries.
  /\b(?:log|record|table|inventory|tally)\s+of\s+(?:at least|a minimum of|no fewer than|\w+ or more)\b/i.test(text) ||
  /\b(?:con|incluya|que contenga|contenga)\s+(?:al menos|como mínimo|no menos de)\b/i.test(text);

const STATEMENT = new RegExp(
  '\\b(?:a|an|one) (?:brief |short )?(?:(?:one|two|single)[- ]sentence )?' +
    '(?:statement|sentence|explanation|rationale)\\b',
  'i',
);

/** "with a statement to support why…", "for each, explain": every item needs its reason. */
export const asksStatementPerItem = (text: string) =>
  // "a one-sentence rationale for each", "a brief statement"
  STATEMENT.test(text) ||
  // "with a short note on what each one shows": a note, a description or a reason, for each.
  /\b(?:a|one) (?:brief |short )?(?:note|description|reason|comment)\b[^.]*\beach\b/i.test(text) ||
  /\bfor each\b[^.]*\b(?:explain|describe|justify)|\b(?:explain|describe) why each\b/i.test(text) ||
  /\b(?:una?) (?:breve )?(?:explicación|justificación|declaración|oración)(?![\w])/i.test(text) ||
  /\bpara cada\b[^.]*\b(?:explique|describa|justifique)\b/i.test(text);

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
  const each = re(`\\beach of (?:your |the )?${N}\\b`).exec(text);
  return { min: each ? value(each[1]) : null, onPlan: /\bon (?:your|the) (?:\w+ )?plan\b/i.test(text) };
}
