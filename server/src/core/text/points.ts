/**
 * The labels writers put before a point of a plan: `Point 1`, `Point one:`, `**Point 2.**`,
 * `First point`; in Spanish `Punto 1`, `Punto clave 2`, `Primer punto`.
 */
import { ENGLISH_NUMBER_WORDS, oneToTen, SPANISH_NUMBER_WORDS } from './numberWords';

const NUMBER = String.raw`(?:\d{1,2}|${oneToTen(ENGLISH_NUMBER_WORDS)}|[ivx]{1,4})`;
const NUMBER_ES = String.raw`(?:\d{1,2}|${oneToTen(SPANISH_NUMBER_WORDS)}|[ivx]{1,4})`;
const ORDINAL = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|final|last|another';
const ORDINAL_ES = 'primer|segundo|tercer|cuarto|quinto|sexto|séptimo|octavo|noveno|décimo|siguiente|último|otro';
const POINT_LABEL = new RegExp(
  String.raw`^\s*(?:(?:key\s+)?point\s*(?:#\s*)?${NUMBER}(?![\p{L}\p{N}])|(?:${ORDINAL})\s+(?:key\s+)?point\b|` +
    String.raw`punto\s*(?:clave\s*)?(?:#\s*)?${NUMBER_ES}(?![\p{L}\p{N}])|(?:${ORDINAL_ES})\s+punto(?![\p{L}\p{N}]))`,
  'iu',
);
/** What a labelled paragraph's source can start with, before its markup is removed: a cheap first look. */
const MAYBE_LABEL = new RegExp(String.raw`^[\s#*_~\[]*(?:key|point|punto|${ORDINAL}|${ORDINAL_ES})`, 'i');

/** True when `text` (a paragraph's or heading's reader text) begins with a point label. */
export const startsWithPointLabel = (text: string): boolean => POINT_LABEL.test(text);

/**
 * True when `text` is a point label and nothing more (`Point 2:`, `Point one.`): what a template or
 * quick fix writes for the writer to fill in. A placeholder, not a point.
 */
export function isBarePointLabel(text: string): boolean {
  const label = POINT_LABEL.exec(text);
  return label !== null && /^[\s:.)\-–—]*$/.test(text.slice(label[0].length));
}

/** False when `source` (the paragraph as written) cannot begin with a point label. */
export const mayStartWithPointLabel = (source: string): boolean => MAYBE_LABEL.test(source);
