/**
 * The one forgiving matcher from headings to rubric sections. Headings and section titles are
 * reduced to the same normal form (case, punctuation, dashes, emphasis, parentheticals, numbering
 * style, US/UK spelling, plurals), then compared: equal forms match, and a numbered heading
 * ("Part One: Overview") matches the section with that number when its other words are the
 * section's own. A heading that only shares some words with a section matches nothing.
 */
import { type Rubric, type RubricSection, flattenSections } from '../rubric';
import {
  ENGLISH_NUMBER_WORDS,
  isAscii,
  NUMBERED_LABELS,
  onFirstUse,
  SPANISH_NUMBER_WORDS,
  SPANISH_ORDINALS,
} from '../text';

function wordsOneToTen(words: readonly string[]): Record<string, number> {
  return Object.fromEntries(words.slice(1, 11).map((word, i) => [word, i + 1]));
}
const digitsOf = (values: Readonly<Record<string, number>>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([word, n]) => [word, String(n)]));

/** Spanish ordinals, which come before the label they number ("Primera parte"). */
const ORDINALS_ES = digitsOf(SPANISH_ORDINALS);
const NUMBER_WORDS: Record<string, string> = {
  ...digitsOf(wordsOneToTen(ENGLISH_NUMBER_WORDS)),
  first: '1',
  second: '2',
  third: '3',
  fourth: '4',
  fifth: '5',
  // Spanish: "Parte uno", "Primera parte", "Artefacto dos".
  ...digitsOf(wordsOneToTen(SPANISH_NUMBER_WORDS)),
  una: '1',
  ...ORDINALS_ES,
};
const ROMAN: Record<string, string> = {
  i: '1',
  ii: '2',
  iii: '3',
  iv: '4',
  v: '5',
  vi: '6',
  vii: '7',
  viii: '8',
  ix: '9',
  x: '10',
};
const DROPPED = new Set(['a', 'an', 'the', 'el', 'la', 'los', 'las']);
/** Small words a numbered heading may add without changing which section it names. */
const CONNECTIVES = new Set([
  ...['and', 'or', 'of', 'for', 'to', 'in', 'on', 'with', 'my', 'our'],
  ...['y', 'o', 'de', 'del', 'para', 'en', 'con', 'mi', 'mis', 'nuestro', 'nuestra'],
]);
/** Spellings that no rule below reaches, US form last; Spanish labels as their English ones. */
const SPELLING: Record<string, string> = {
  parte: 'part',
  artefacto: 'artifact',
  evidencia: 'evidence',
  seccion: 'section',
  paso: 'step',
  componente: 'component',
  artefact: 'artifact',
  learnt: 'learned',
  spelt: 'spelled',
  dreamt: 'dreamed',
  burnt: 'burned',
  leapt: 'leaped',
  grey: 'gray',
  mould: 'mold',
  plough: 'plow',
  cheque: 'check',
  tyre: 'tire',
  kerb: 'curb',
  storey: 'story',
  aeroplane: 'airplane',
  jewelery: 'jewelry',
  aluminium: 'aluminum',
  sceptic: 'skeptic',
  sceptical: 'skeptical',
  ageing: 'aging',
  draught: 'draft',
  enquiry: 'inquiry',
  enquire: 'inquire',
  amongst: 'among',
  whilst: 'while',
  programme: 'program',
  gramme: 'gram',
  pyjama: 'pajama',
};

/**
 * One spelling for a word whatever the writer's English: UK and US forms (and their inflections)
 * reduce to the same form. Rules, not a list of pairs, so words no one listed are found too:
 * `-ise`/`-yse` as `-ize`/`-yze`, `-our` as `-or`, `-tre` as `-ter`, `-ence` as `-ense`,
 * `-ogue` as `-og`, doubled `l` as one, `ae` inside a word as `e`. Headings and rubric titles go
 * through the same reduction, so a reduction that is no real spelling (`promise` → `promize`)
 * does no harm: it only has to be the same on both sides.
 */
export function canonicalWord(word: string): string {
  let w = word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  w = SPELLING[w] ?? w;
  w = w
    .replace(/ll/g, 'l') // travelling, enrolment, fulfil, skilful, counsellor
    .replace(/([^aeiou])ae/g, '$1e') // paediatric, encyclopaedia, mediaeval
    .replace(/dgement$/, 'dgment') // judgement, acknowledgement
    .replace(/ctis(e|ed|ing|er)$/, 'ctic$1') // practise, practising (the US noun and verb are "practice")
    .replace(/ys(e|ed|ing|er)$/, 'yz$1') // analyse, paralysed
    .replace(/is(e|ed|ing|er|ation|ational|ationally)$/, 'iz$1') // organise, organisation, prioritising
    // colour, behavioural, neighbourhood
    .replace(/^([a-z]{2,})our(|ed|ing|ful|fully|al|ally|ite|able|ably|hood|er|ist|less|y)$/, '$1or$2')
    // centre, centred, fibre
    .replace(/([tb])r(e|ed)$/, (_m, stem: string, end: string) => `${stem}er${end === 'ed' ? 'ed' : ''}`)
    .replace(/ence$/, 'ense') // licence, defence, offence
    .replace(/ogue$/, 'og'); // catalogue, dialogue
  return SPELLING[w] ?? w;
}

/** The normal form of a heading or title: its words, and its "label number" key if it has one. */
export interface NormalForm {
  words: string[];
  key: string | null;
  /** Words besides the key. */
  rest: string[];
  /** Words of parentheticals, which count as the section's own vocabulary but not for equality. */
  extra: string[];
}

/** A heading's outline number ("1. Overview", "2.1 Written plan", "IV) Reflection"), which names no section. */
const OUTLINE_NUMBER = /^\s*(?:\d+(?:\.\d+)+\.?|\d+[.)]|[ivx]+[.)])\s+(?=\S)/;

export function normalize(text: string): NormalForm {
  // An ASCII text has no compatibility forms and no marks: its NFKD form is itself.
  const ascii = isAscii(text);
  const lower = (ascii ? text : text.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(OUTLINE_NUMBER, '');
  const extra: string[] = [];
  const withoutParentheticals = lower.replace(
    /\(([^)]*)\)|\[([^\]]*)\]/g,
    (_m, a: string | undefined, b: string | undefined) => {
      extra.push(...tokens(a ?? b ?? '', ascii));
      return ' ';
    },
  );
  const raw = tokens(withoutParentheticals, ascii);
  const words: string[] = [];
  let key: string | null = null;
  let keyAt = -1;
  raw.forEach((token, i) => {
    const previous = raw[i - 1];
    let word = NUMBER_WORDS[token] ?? token;
    if (previous && NUMBERED_LABELS.has(previous) && ROMAN[token]) word = ROMAN[token];
    if (/^\d+$/.test(word)) word = String(Number(word));
    words.push(word);
    if (key === null && previous && NUMBERED_LABELS.has(canonicalWord(previous)) && /^\d+$/.test(word)) {
      key = `${canonicalWord(previous)} ${word}`;
      keyAt = words.length - 2;
    } else if (key === null && previous && ORDINALS_ES[previous] && NUMBERED_LABELS.has(canonicalWord(token))) {
      key = `${canonicalWord(token)} ${ORDINALS_ES[previous]}`;
      keyAt = words.length - 2;
    }
  });
  const rest = words.filter((_w, i) => i !== keyAt && i !== keyAt + 1);
  return { words, key, rest, extra };
}

/** A word: letters and digits, with an apostrophe's ending (`teacher's`); in an ASCII text, the same in ASCII. */
const TOKEN = onFirstUse(() => /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu);
const ASCII_TOKEN = /[A-Za-z0-9]+(?:'[A-Za-z]+)?/g;

function tokens(text: string, ascii = false): string[] {
  return (text.match(ascii ? ASCII_TOKEN : TOKEN()) ?? [])
    .map((token) => token.replace(/['’]/g, ''))
    .filter((token) => !DROPPED.has(token))
    .map((token) => (/^\d+$/.test(token) || NUMBER_WORDS[token] || ROMAN[token] ? token : canonicalWord(token)));
}

export interface SectionMatch {
  /** Index into the rubric's flattened sections. */
  index: number;
  score: number;
}

interface SectionForms {
  forms: string[];
  key: string | null;
  vocabulary: Set<string>;
}

/** Builds the matcher for one rubric: heading text in, best section out (or null). */
export function createMatcher(rubric: Rubric): (heading: string) => SectionMatch | null {
  const sections = flattenSections(rubric).map(({ section }) => formsOf(section));
  const memo = new Map<string, SectionMatch | null>();
  return (heading) => {
    let result = memo.get(heading);
    if (result !== undefined) return result;
    result = bestMatch(normalize(heading), sections);
    if (memo.size > 5000) memo.clear();
    memo.set(heading, result);
    return result;
  };
}

function formsOf(section: RubricSection): SectionForms {
  const names = [section.title, ...(section.aliases ?? [])];
  const normals = names.map(normalize);
  const vocabulary = new Set<string>();
  for (const n of normals) for (const w of [...n.rest, ...n.extra]) vocabulary.add(w);
  return {
    forms: normals.map((n) => n.words.join(' ')),
    key: normals.find((n) => n.key !== null)?.key ?? null,
    vocabulary,
  };
}

function bestMatch(heading: NormalForm, sections: SectionForms[]): SectionMatch | null {
  if (heading.words.length === 0) return null;
  const form = heading.words.join(' ');
  let best: SectionMatch | null = null;
  sections.forEach((section, index) => {
    let score = 0;
    if (section.forms.includes(form)) score = 100 + heading.words.length;
    else if (
      heading.key !== null &&
      heading.key === section.key &&
      heading.rest.every((w) => section.vocabulary.has(w) || CONNECTIVES.has(w))
    ) {
      score = 50 + heading.rest.length;
    }
    if (score > 0 && (!best || score > best.score)) best = { index, score };
  });
  return best;
}
