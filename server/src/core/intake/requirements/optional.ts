/**
 * Sections the text does not require: a heading marked "(optional)", "Optional:" or "— optional", a text that
 * opens "If applicable, …", and "Option A" / "Option B" offered as a choice (one of them is asked for); and
 * media the writer may add without being asked ("You may submit up to 10 photos").
 */
import type { Node } from './nodes';
import type { RubricPath, Trace } from './trace';

/** The marks that make a heading optional, where it puts them. */
const MARK = new RegExp(
  '\\s*\\((?:optional|if applicable|where applicable|opcional|si (?:corresponde|aplica))\\)|' +
    '^(?:optional|opcional)\\s*[:–—-]\\s*|\\s+[-–—]\\s*(?:optional|opcional)$',
  'i',
);

/** The heading without its optional mark, or null when it has none. */
export function withoutOptionalMark(text: string): string | null {
  if (!MARK.test(text)) return null;
  const bare = text.replace(MARK, '').trim();
  return bare || null;
}

/** "(required)", "(obligatoria)": a heading's mark that the section is asked for, as every section is. */
const REQUIRED_MARK = /\s*\((?:required|mandatory|obligatori[oa]|requerid[oa])\)(?=\s*[:–—-]|\s*$)/i;

/** "Artifact 1 (required): Project Calendar" is "Artifact 1: Project Calendar"; any other line as it is. */
export function withoutRequiredMark<Line extends { text: string; raw: string }>(line: Line): Line {
  return REQUIRED_MARK.test(line.text) ? { ...line, text: line.text.replace(REQUIRED_MARK, '') } : line;
}

/** "If applicable, include …", "(Optional)" alone, "This artifact is optional.": its own text says so. */
const OPENS_OPTIONAL = /^(?:(?:if|where) applicable\b|si (?:corresponde|aplica)\b|\(?optional\)?\.?$)/i;
const SAYS_OPTIONAL =
  /\b(?:this|the) (?:section|part|artifact|evidence|piece of evidence|item|component|step|task) is optional\b/i;

const opensOptional = (first: string | undefined, all: readonly string[]) =>
  (first !== undefined && OPENS_OPTIONAL.test(first)) || all.some((text) => SAYS_OPTIONAL.test(text));

/** "Option A: Video", "Choice 2 —": one of several offered, none required on its own. */
const isOption = (title: string) => /^(?:option|choice|opción)\s+(?:[a-h]|\d{1,2}|one|two|three)\b/i.test(title);

/** Marked optional, or one of the options offered ("Option A"), which is then marked for the writer. */
export function isOptional(node: Node, path: RubricPath, trace: Trace): boolean {
  const own = node.body.filter((line) => !line.bullet);
  const says = node.body.find((line) => opensOptional(line === own[0] ? line.text : undefined, [line.text]));
  const from = node.optional ? node.titleLine : (says ?? (node.choice || isOption(node.title) ? node.titleLine : null));
  if (!from) return false;
  trace.note([...path, 'required'], from);
  if (!node.optional && !says) trace.check([...path, 'required'], from, 'import.check.oneOfOptions');
  return true;
}

/** "You may submit up to 10 photos", "optionally, a short video": media allowed, not asked for. */
const ALLOWS = new RegExp(
  '\\b(?:you|educators?|teachers?|candidates?) (?:may|can) (?:also |optionally )?' +
    '(?:submit|include|upload|add|attach|share|provide)\\b|\\boptional(?:ly)?\\b|' +
    '\\bif you (?:wish|like|choose|want)\\b|\\b(?:puede|opcional(?:mente)?)\\b',
  'i',
);
export const onlyAllows = (text: string) => ALLOWS.test(text);
