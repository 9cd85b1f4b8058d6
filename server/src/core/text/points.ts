/**
 * The labels writers put before a point of a plan: `Point 1`, `Point one:`, `**Point 2.**`,
 * `First point`; in Spanish `Punto 1`, `Punto clave 2`, `Primer punto`.
 */
import { isAscii } from './ascii';
import { onFirstUse } from './onFirstUse';
import { ENGLISH_NUMBER_WORDS, oneToTen, SPANISH_NUMBER_WORDS } from './numberWords';

const NUMBER = String.raw`(?:\d{1,2}|${oneToTen(ENGLISH_NUMBER_WORDS)}|[ivx]{1,4})`;
const NUMBER_ES = String.raw`(?:\d{1,2}|${oneToTen(SPANISH_NUMBER_WORDS)}|[ivx]{1,4})`;
const ORDINAL = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|final|last|another';
const ORDINAL_ES = 'primer|segundo|tercer|cuarto|quinto|sexto|séptimo|octavo|noveno|décimo|siguiente|último|otro';
/** The point label's expression, with `letterOrDigit` the class of what may not follow a number. */
const pointLabel = (letterOrDigit: string, flags: string) =>
  new RegExp(
    String.raw`^\s*(?:(?:key\s+)?point\s*(?:#\s*)?${NUMBER}(?![${letterOrDigit}])|` +
      String.raw`(?:${ORDINAL})\s+(?:key\s+)?point\b|` +
      String.raw`punto\s*(?:clave\s*)?(?:#\s*)?${NUMBER_ES}(?![${letterOrDigit}])|` +
      String.raw`(?:${ORDINAL_ES})\s+punto(?![${letterOrDigit}]))`,
    flags,
  );
const POINT_LABEL = onFirstUse(() => pointLabel(String.raw`\p{L}\p{N}`, 'iu'));
/**
 * The same expression for a text of ASCII characters, where a letter or digit is `A-Za-z0-9`: it reads
 * an ASCII text as POINT_LABEL does, and compiles in a fourth of the time (a first check runs it).
 */
const POINT_LABEL_ASCII = pointLabel('A-Za-z0-9', 'i');
const labelIn = (text: string) => (isAscii(text) ? POINT_LABEL_ASCII : POINT_LABEL()).exec(text);
/** What a labelled paragraph's source can start with, before its markup is removed: a cheap first look. */
const MAYBE_LABEL = new RegExp(String.raw`^[\s#*_~\[]*(?:key|point|punto|${ORDINAL}|${ORDINAL_ES})`, 'i');

/** True when `text` (a paragraph's or heading's reader text) begins with a point label. */
export const startsWithPointLabel = (text: string): boolean => labelIn(text) !== null;

/**
 * True when `text` is a point label and nothing more (`Point 2:`, `Point one.`): what a template or
 * quick fix writes for the writer to fill in. A placeholder, not a point.
 */
export function isBarePointLabel(text: string): boolean {
  const label = labelIn(text);
  return label !== null && /^[\s:.)\-–—]*$/.test(text.slice(label[0].length));
}

/** False when `source` (the paragraph as written) cannot begin with a point label. */
export const mayStartWithPointLabel = (source: string): boolean => MAYBE_LABEL.test(source);
