/**
 * Lines a printed page (or an e-mail) wrapped, joined again: "Submit a plan of no more than" and
 * "300 words." are one sentence, and one rule. A line goes on from the one before when that one is
 * prose that ends no sentence and the line starts in lowercase or with a digit.
 */
import type { SourceLine } from './lines';
import { artifactHeading, isSectionTitle, outlineHeading, partHeading } from './headings';
import { NUMBER } from './numbers';
import { labelsALevel } from './levels';

/** Shorter lines are headings or labels, which a page does not wrap. */
const WRAPPED_LENGTH = 30;
/** A paragraph a page wrapped is not longer than this; past it, lines are not joined (nor scanned again). */
const LONGEST_JOINED = 2000;

export function joinWrappedLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let lastLine = -1;
  for (const line of lines) {
    const previous = out.at(-1);
    if (previous && line.line === lastLine + 1 && goesOn(previous, line)) {
      out[out.length - 1] = { ...previous, text: `${previous.text} ${line.text}` };
    } else out.push(line);
    lastLine = line.line;
  }
  return out;
}

function goesOn(previous: SourceLine, line: SourceLine): boolean {
  if (previous.cells || line.cells || line.bullet || previous.text.length > LONGEST_JOINED) return false;
  if (OPEN_COUNT.test(previous.text) && startsWhatIsCounted(line)) return true;
  if (NUMBERED_NAME.test(previous.text) && ITS_NUMBER.test(line.text)) return true;
  if (!/^[\p{Ll}\d]/u.test(line.text) || outlineHeading(line.text)) return false;
  // "Step 1. Teach students what a learning goal" / "is.": an instruction cut before its sentence ends.
  const name = artifactHeading(previous.text)?.name ?? '';
  if (name.split(' ').length >= 5 && /^\p{Ll}/u.test(line.text) && /[.!?]$/.test(line.text)) return true;
  // An open parenthesis or a small word ends no line, not even a heading's: "Artifact 2: Summary (no more" /
  // "than 300 words)", "Artefacto 2: Análisis del trabajo de los" / "estudiantes".
  if (count(previous.text, '(') > count(previous.text, ')') || ENDS_MID_PHRASE.test(previous.text)) return true;
  // (A closing quote ends a sentence only after its stop: 'said "Proficient."', not 'receive "Proficient"'.)
  if (previous.text.length < WRAPPED_LENGTH || /(?:[.:;?!)]|[.?!,]")$/.test(previous.text)) return false;
  // "Evidence 1 — Demonstrated: The feedback names" / "one strength…": a rubric row, not a heading.
  if (labelsALevel(previous.text)) return true;
  return !partHeading(previous.text) && !artifactHeading(previous.text) && !isSectionTitle(previous);
}

/** A line that ends on a small word ("Claims and") goes on, even a title's. */
export const endsMidPhrase = (text: string) => ENDS_MID_PHRASE.test(text);

/**
 * A count or a limit cut from what it counts ("Provide a list of at least three" / "CER paragraphs…"): the
 * line goes on even where the next one starts in capitals, unless that one is a heading.
 */
const OPEN_COUNT = new RegExp(
  `\\b(?:at least|a minimum of|no fewer than|no more than|no less than|up to|at most|between|al menos|` +
    `como mínimo|no más de|entre|hasta)(?:\\s+${NUMBER})?$`,
  'i',
);
const startsWhatIsCounted = (line: SourceLine) =>
  /^[\p{L}\d]/u.test(line.text) &&
  !outlineHeading(line.text) &&
  !partHeading(line.text) &&
  !artifactHeading(line.text) &&
  !isSectionTitle(line);

/**
 * A name that takes a number ("… for Key Method" / "2: Hinge Questions"), cut from it: a heading wrapped
 * before its number is one heading. The number goes on with a colon or a dash, as no list item's does.
 */
const NUMBERED_NAME =
  /\b(?:method|part|section|artifact|evidence|exhibit|component|step|task|activity|module|unit|lesson|standard)$/i;
const ITS_NUMBER = /^\d{1,2}(?::|\s+[-–—])\s/;

const ENDS_MID_PHRASE = /\s(?:of|the|and|or|to|a|an|in|for|with|your|de|del|los|las|la|el|y|o|en|para|con|su|sus)$/i;
const count = (text: string, char: string) => text.split(char).length - 1;
