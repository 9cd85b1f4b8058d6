/**
 * Counts of listed items a line states ("at least five specific key stakeholders", "three to five strategies",
 * "a lesson plan with five accommodations"), their noun, and a statement asked of each item.
 */
import { NUMBER, numberValue } from './numbers';
import { AT_LEAST_AT_MOST, DASH, N, re, value } from './rules';

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

/**
 * "a lesson plan with five accommodations", "a list of 5 strategies": a document listing
 * so many things. Only after a document's name: "Meet with three colleagues" names whom, not what is listed.
 */
const DOCUMENT_WITH = re(
  '(?:\\b(?:plan|unit|list|chart|board|menu|log|set|collection|toolkit|guide|organi[sz]er|map|template|table|' +
    'portfolio|deck|presentation|schedule|calendar|tracker|checklist|handout|playlist|matrix|worksheet|protocol|' +
    'agenda|outline|plan de \\w+)\\s+(?:with|including|that (?:includes|contains|lists)|containing|con)|' +
    // "a list of 5 strategies", "una lista de seis preguntas"
    `\\b(?:list|lista) (?:of|de))\\s+${N}\\s+(${LETTERS})`,
);

function documentCountIn(text: string): { n: string; noun: string; index: number } | null {
  const match = DOCUMENT_WITH.exec(text);
  if (!match || value(match[1]) < 2 || MEASURE.test(match[2]) || NOT_COUNTED.test(match[2])) return null;
  return { n: match[1], noun: match[2], index: match.index };
}

export function itemsIn(written: string): ItemFact | null {
  const text = written.replace(AT_LEAST_AT_MOST, '$1 to $2');
  const match = countedIn(text);
  const counted = match ? { ...countOf(match), index: match.index } : (rangeIn(text) ?? documentCountIn(text));
  if (!counted || SOURCE_OF_EVIDENCE.test(text.slice(0, counted.index))) return null;
  const min = value(counted.n);
  const most = 'most' in counted && typeof counted.most === 'number' ? { most: counted.most } : {};
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
  const match = countedIn(text.replace(AT_LEAST_AT_MOST, '$1 to $2'));
  return (match !== null && value(countOf(match).n) > 1) || mostCountIn(text);
};

/** "up to 3 work samples", "no more than four goals": the most of some things, which no rule holds. */
const MOST_COUNTED = re(
  `\\b(?:up to|no more than|not more than|at most|a maximum of|hasta|como máximo|no más de)\\s+${N}\\s+(${LETTERS})`,
);
function mostCountIn(text: string): boolean {
  const match = MOST_COUNTED.exec(text);
  const noun = match?.[2].trim() ?? '';
  const head = noun.split(/\s+/)[0];
  const media = NOT_ITEMS.test(head) || /^(?:fotos?|fotografías?|imágenes|imagen|v[ií]deos?|capturas?)$/i.test(head);
  return match !== null && value(match[1]) > 1 && !MEASURE.test(noun) && !NOT_COUNTED.test(noun) && !media;
}

/** "Provide three samples of student work": a number of things, neither a least nor a most. */
const BARE_COUNT = re(
  `(?<!\\b(?:part|parte|artifact|section|step|component|grade|grades|ages?)\\s)\\b(${NUMBER})\\s+` +
    '((?:[a-záéíóúñ-]+\\s+){0,2}[a-záéíóúñ-]+s)\\b',
);
const NOT_ITEMS = new RegExp(
  '\\b(?:words?|minutes?|seconds?|hours?|pages?|characters?|photos?|images?|pictures?|screen ?shots?|videos?|' +
    'points|times|days|weeks|months|years)$',
  'i',
);

/** With `opening`, only a count the line opens with ("Three samples of student work…", a deliverable named). */
export function statesBareCount(text: string, opening = false): boolean {
  const match = BARE_COUNT.exec(text);
  if (!match || (opening && match.index > 0)) return false;
  return (numberValue(match[1]) ?? 0) >= 2 && !NOT_ITEMS.test(match[2]) && !MEASURE.test(match[2]);
}

/**
 * "Upload five exit tickets", "Describe two goal-setting conferences": a line that bids the writer hand in or write
 * about so many things; in a list, only one that bids a hand-in ("- Please attach three samples"), where a numbered
 * "Name at least two ideas" is a question to answer. Its count is no list's least or most.
 */
const HANDS_IN =
  'upload|attach|submit|provide|include|share|collect|select|choose|suba|adjunte|envíe|entregue|proporcione|incluya|' +
  'comparta|seleccione|elija|recopile';
const WRITES_OF =
  'describe|explain|conduct|hold|design|create|develop|write|plan|identify|name|list|cite|describa|explique|realice|' +
  'diseñe|elabore|escriba|identifique';
const bids = (text: string, verbs: string) =>
  new RegExp(`^(?:please\\s+|por favor,?\\s+)?(?:${verbs})\\b`, 'i').test(text);
/** "the following three artifacts": the sections themselves, counted. */
const SECTIONS_COUNTED = /\bfollowing\s+\S+\s+\w+|\b(?:artifacts|parts|sections|components|tasks|steps|questions)\b/i;
/** "a conversation with two students": whom the thing is with, not how many things. */
const WITH_WHOM = re(`\\b(?:with|con)\\s+(?:the\\s+|your\\s+|sus?\\s+|l[oa]s\\s+)?${N}\\s+\\S+`);
export const bidsCount = (text: string, bullet: boolean) =>
  bids(text, bullet ? HANDS_IN : `${HANDS_IN}|${WRITES_OF}`) &&
  !text.includes('?') &&
  !SECTIONS_COUNTED.test(text) &&
  (statesBareCount(text.replace(WITH_WHOM, '')) || statesCount(text));

const SET_OF = re(
  `\\b(?:set|collection|library|bank|bundle|conjunto|colección) (?:of|de)\\s+` +
    `(?:at least\\s+|a minimum of\\s+|al menos\\s+|entre\\s+|between\\s+)?${N}\\s`,
);

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
  documentCountIn(text) !== null ||
  // "a plan that names at least three routines", "identifying two or more partners"
  /\b(?:names?|naming|identif(?:y|ies|ying)|lists?|listing)\s+(?:at least|a minimum of|\w+ or more)\b/i.test(text) ||
  // "Keep a log of at least six lessons": a log, a record or a table is a list of its entries.
  /\b(?:log|record|table|inventory|tally)\s+of\s+(?:at least|a minimum of|no fewer than|\w+ or more)\b/i.test(text) ||
  /\b(?:con|incluya|que contenga|contenga)\s+(?:al menos|como mínimo|no menos de)\b/i.test(text) ||
  // "a text set of 5 to 8 picture books", "una colección de al menos seis textos": a set lists its members.
  SET_OF.test(text);

const STATEMENT = new RegExp(
  '\\b(?:a|an|one) (?:brief |short )?(?:(?:one|two|single)[- ]sentence )?' +
    '(?:statement|sentence|explanation|rationale|summary|justification)\\b',
  'i',
);

/** "with a statement to support why…", "for each, explain": every item needs its reason. */
export const asksStatementPerItem = (text: string) =>
  // "a one-sentence rationale for each", "a brief statement"
  STATEMENT.test(text) ||
  // "with a short note on what each one shows": a note, a description or a reason, for each.
  /\b(?:a|one) (?:brief |short )?(?:note|description|reason|comment)\b[^.]*\beach\b/i.test(text) ||
  /\bfor each\b[^.]*\b(?:explain|describe|justify)|\b(?:explain|describe) why each\b/i.test(text) ||
  // "five accommodations, each explained", "cinco adaptaciones, cada una justificada"
  /\beach (?:one )?(?:explained|described|justified)\b|\bcada un[oa] (?:explicad|justificad|descrit)[oa]s?\b/i.test(
    text,
  ) ||
  /\b(?:una?) (?:breve )?(?:explicación|justificación|declaración|oración)(?![\w])/i.test(text) ||
  /\bpara cada\b[^.]*\b(?:explique|describa|justifique)\b/i.test(text);
