/** The labels writers put before a point of a plan: `Point 1`, `Point one:`, `**Point 2.**`, `First point`. */

const NUMBER = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]{1,4})`;
const ORDINAL = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|final|last|another';
const POINT_LABEL = new RegExp(
  String.raw`^\s*(?:(?:key\s+)?point\s*(?:#\s*)?${NUMBER}(?![\p{L}\p{N}])|(?:${ORDINAL})\s+(?:key\s+)?point\b)`,
  'iu',
);
/** What a labelled paragraph's source can start with, before its markup is removed: a cheap first look. */
const MAYBE_LABEL = new RegExp(String.raw`^[\s#*_~\[]*(?:key|point|${ORDINAL})`, 'i');

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
