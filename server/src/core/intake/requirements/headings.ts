/**
 * The lines that head the requirements' Parts and sections: "Part 2. Evidence", "PARTE UNO",
 * "2.1 Circle Plan", "Artifact 1: Lesson Plan", "Reflection (400 words):", and the limit a heading ends in.
 */
import type { SourceLine } from './lines';
import { KNOWN_LEVELS, labelsALevel, levelOf } from './levels';
import { NUMBER, numberValue } from './numbers';

/** Words that number a requirement's sections besides its artifacts ("Section A:", "Component 2 –", "Step 1:"). */
const UNIT_WORDS =
  'section|component|step|task|activity|phase|module|stage|' +
  'sección|seccion|componente|paso|tarea|actividad|fase|módulo|modulo|etapa';
const UNIT_WORD = new RegExp(`^(?:${UNIT_WORDS})$`, 'i');
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
/** "#1", "No. 1", "Nº 1": a number marked as one, as some issuers write it ("Artifact #1"). */
const MARK = '(?:#\\s*|no\\.\\s*|n\\.?º\\s*)?';
/** "Part 1 of 3": the count of Parts after the number is no part of the name. */
const OF_ALL = '(?:\\s+(?:of|de)\\s+\\d+)?';
const PART = new RegExp(
  `^(part|parte|section|secci[oó]n)\\s+${MARK}(\\d+|${NUMBER}|[ivx]+|[a-h])${OF_ALL}(?![\\wáéíóúñ])` +
    '\\s*[:.)\\-–—]?\\s*(.*)$',
  'i',
);
/** "Primera parte: …", as Spanish texts also number their Parts. */
const PARTE_ORDINAL = /^(primera|segunda|tercera|cuarta|quinta)\s+parte\b\s*[:.)\-–—]?\s*(.*)$/i;
const ORDINALS = ['primera', 'segunda', 'tercera', 'cuarta', 'quinta'];
const ARTIFACT = new RegExp(
  `^(artifact|evidence|exhibit|deliverable|entry|artefacto|evidencia|anexo|entregable|${UNIT_WORDS})` +
    `\\s+${MARK}(\\d+|${NUMBER}|[a-h])${OF_ALL}` +
    '(\\s*[:.)\\-–—]\\s*|\\s+\\|\\s+|\\s+)(.+)$',
  'i',
);
/** Section ids stay English whatever the language of the text: "Artefacto 2" is artifact-2. */
const ID_WORD: Record<string, string> = {
  artefacto: 'artifact',
  evidencia: 'evidence',
  anexo: 'exhibit',
  entregable: 'deliverable',
  sección: 'section',
  seccion: 'section',
  componente: 'component',
  paso: 'step',
  tarea: 'task',
  actividad: 'activity',
  fase: 'phase',
  módulo: 'module',
  modulo: 'module',
  etapa: 'stage',
};
export const SCORING = new RegExp(
  '^(?:scoring guide|rubric|scoring rubric|scoring criteria|scoring|evaluation criteria|' +
    // "Reviewer Form", "Scoring Form", "Evaluation Form", "Review Criteria": the form reviewers fill in.
    '(?:reviewer|review|scoring|evaluation|assessment) (?:form|criteria)|' +
    'assessment (?:criteria|rubric)|rubric table|evaluation(?=\\s*$)|' +
    'how (?:it|this|your (?:submission|work)) (?:is|will be) (?:scored|evaluated|assessed)|' +
    'guía de puntuación|rúbrica|rubrica|criterios de evaluación|pauta de evaluación)(?![\\wáéíóúñ])',
  'i',
);
/** A limit that ends a heading, in parentheses or brackets or after a dash: "(300-word limit)", "[300 words max]". */
const LIMIT_PAREN = new RegExp(
  '\\s*(?:(?:\\([^)]*|\\[[^\\]]*)\\b(?:words?|minutes?|mins?|seconds?|secs?|pages?|palabras|minutos|segundos|páginas)' +
    '(?![\\w])[^)\\]]*[)\\]]|' +
    // "Lesson Plan — 500 word limit": a limit after a dash ends a heading too.
    '\\s[-–—]\\s+(?:(?:no more than|up to|max(?:imum)?|about|approximately|around|under|suggested|min(?:imum)?)\\s+)?' +
    '\\d[\\d,]*(?:\\s*[-–]\\s*\\d[\\d,]*)?[\\s-]*' +
    '(?:words?|minutes?|pages?|palabras|minutos|páginas)\\b[^-–—:()]{0,20})\\s*:?\\s*$',
  'i',
);
/** "Length: …", "Word count: …": a line that gives a limit under its label, never a heading. */
export const LIMIT_LABEL =
  /^(?:length|word (?:count|limit|range)s?|limit|duration|format|extensión|longitud|duración)\s*:/i;
/** "2.1 Circle Plan", "1.0 Overview Questions:": a heading numbered as an outline is ("2.0" a Part, "2.1" in it). */
const OUTLINE = /^(\d{1,2})\.(\d{1,2})\.?\s+(?=\p{Lu})(.+)$/u;
/** A limit in Spanish: a Spanish title is in sentence case, so a line ending in one is a title whatever its case. */
const SPANISH_LIMIT = /\([^)]*\b(?:palabras|minutos)\b[^)]*\)\s*:?\s*$/i;
/** A line that opens as an instruction ("Upload a video (3-5 minutes)") is no title, whatever limit ends it. */
const INSTRUCTION = new RegExp(
  '^(?:please|upload|submit|write|describe|include|provide|record|create|explain|reflect|respond|answer|share|' +
    'attach|list|use|choose|select|identify|name|discuss|summari[sz]e|present|complete|add|give|show|keep|limit|' +
    'make|take|a|an|the|your|this|these|each|you)$',
  'i',
);
/** A line opening with an instruction's word ("Upload …", "Describe …", "The …"): a sentence, no name. */
export const opensAsInstruction = (text: string) => INSTRUCTION.test(text.split(' ')[0] ?? '');

/** At most `most` words (without splitting a long line to count them). */
export const wordsAtMost = (text: string, most: number) => text.length <= most * 40 && text.split(' ').length <= most;

/** "Passing: …" after a rubric is what it takes to pass, not a row's label. */
export const PASSING =
  /^(?:passing|to pass|criteria for passing|aprobado|para aprobar|criterios? (?:para aprobar|de aprobación))\b/i;
export const SMALL = new Set([
  ...'a an and or of the to for in on with by at vs'.split(' '),
  ...'de del la las el los y o e en para con por un una su sus al'.split(' '),
]);

function ordinal(token: string): number | null {
  const roman = ROMAN.indexOf(token.toLowerCase());
  if (/^[ivx]+$/i.test(token) && roman >= 0) return roman + 1;
  return numberValue(token);
}

/** "Morning Meeting Video", "Plan for the Week": each word capitalised but the small ones. */
const titleCased = (name: string) =>
  name.split(/\s+/).every((word, i) => /^[\p{Lu}\d]/u.test(word) || (i > 0 && SMALL.has(word.toLowerCase())));

/** An outline-numbered heading's numbers and name: short, and no sentence. */
export function outlineHeading(text: string): { part: number; sub: number; rest: string } | null {
  const match = OUTLINE.exec(text);
  if (!match) return null;
  const name = match[3].replace(LIMIT_PAREN, '').replace(/:$/, '').trim();
  if (!name || !wordsAtMost(name, 10) || /[.?!;]/.test(name)) return null;
  return { part: Number(match[1]), sub: Number(match[2]), rest: match[3].replace(/:$/, '').trim() };
}

/**
 * "Part 2. Evidence", "PART ONE", "Part B —", "Section II:": a Part, its number and name, and its id ("part-2",
 * "part-b"). "Section" heads a Part only numbered in capital Roman numerals, as top-level divisions are
 * ("Section A", "Section 2" are sections inside a Part); a Part's letter is a capital too ("Part a" is none).
 */
/**
 * "Part 2 continued", "Part 2 (cont.)", "Part 2 — Evidence, continued", "Parte 2 (continuación)": a Part named
 * again where a page or a layout broke it, going on; not its scoring guide.
 */
export const continuesPart = (rest: string) =>
  /(?:^|[\s,(])(?:continued|cont\.|continuación|continúa|continuado)\)?\.?:?$/i.test(rest) &&
  !SCORING.test(rest.replace(/^[(\s]*(?:continued|cont\.)\)?[\s:.,–—-]*/i, ''));

export function partHeading(text: string): { n: number; rest: string; id: string } | null {
  const outline = outlineHeading(text);
  if (outline)
    return outline.sub === 0 && outline.part > 0
      ? { n: outline.part, rest: outline.rest, id: `part-${outline.part}` }
      : null;
  const ordinalPart = PARTE_ORDINAL.exec(text);
  if (ordinalPart) {
    const n = ORDINALS.indexOf(ordinalPart[1].toLowerCase()) + 1;
    return { n, rest: ordinalPart[2].trim(), id: `part-${n}` };
  }
  const match = PART.exec(text);
  if (!match) return null;
  const [, word, token, rest] = match;
  const section = !/^part/i.test(word);
  if (section && !/^[IVX]+$/.test(token)) return null;
  const letter = /^[a-h]$/i.test(token) ? token.toLowerCase() : null;
  if (letter && token === letter) return null;
  const n = letter ? letter.charCodeAt(0) - 96 : ordinal(token);
  if (!n || rest.length > 100 || /^(?:and|or|of|in)\b/i.test(rest)) return null;
  return { n, rest: rest.replace(/:$/, '').trim(), id: `${section ? 'section' : 'part'}-${letter ?? n}` };
}

/** "### 1. Overview Questions": a Markdown heading numbered as a list is, a Part. */
export function numberedHeading(line: SourceLine): { n: number; rest: string; id: string } | null {
  const match = line.heading ? /^(\d{1,2})[.)]\s+(\p{Lu}.*)$/u.exec(line.text) : null;
  if (!match || !wordsAtMost(match[2], 12) || /[.?!]$/.test(match[2])) return null;
  return { n: Number(match[1]), rest: match[2].replace(/:$/, '').trim(), id: `part-${Number(match[1])}` };
}

export function artifactHeading(text: string): { n: string; name: string; word: string } | null {
  const found = ARTIFACT.exec(text);
  if (!found || !wordsAtMost(found[4], 12)) return null;
  // Without a colon or a dash, only a name in capitals follows the number ("Artifact 1 Lesson Plan").
  if (!found[3].trim() && !/^\p{Lu}/u.test(found[4])) return null;
  const match = [found[0], found[1], found[2], found[4]];
  // "Step 1: Choose a text." is an instruction: those words head a section only as a name, not a sentence.
  if (UNIT_WORD.test(match[1]) && (/[.!?]$/.test(match[3]) || !wordsAtMost(match[3], 8))) return null;
  const n = /^\d+$/.test(match[2]) ? match[2] : String(ordinal(match[2]) ?? match[2].toLowerCase());
  const word = match[1].toLowerCase();
  return { n, name: match[3].replace(LIMIT_PAREN, '').replace(/:$/, '').trim(), word: ID_WORD[word] ?? word };
}

/** A heading-like line: short, in title case, ending in a colon or a limit in parentheses. */
export function isSectionTitle(line: SourceLine): boolean {
  if (line.bullet || line.cells || line.text.length > 90) return false;
  if (PASSING.test(line.text) || LIMIT_LABEL.test(line.text)) return false;
  if (outlineHeading(line.text)) return true;
  const endsLikeTitle = /:$/.test(line.text) || LIMIT_PAREN.test(line.text);
  if (!endsLikeTitle) return false;
  const words = line.text.replace(LIMIT_PAREN, '').replace(/:$/, '').split(/\s+/);
  if (words.length > 10 || /[.?!]/.test(words.join(' ')) || !/\p{L}/u.test(words.join(' '))) return false;
  if (SPANISH_LIMIT.test(line.text) && /^\p{Lu}/u.test(words[0])) return true;
  // A heading in sentence case ("Lesson reflection (no more than 400 words)"), as Spanish titles always are.
  if (LIMIT_PAREN.test(line.text) && /^\p{Lu}/u.test(words[0]) && !INSTRUCTION.test(words[0])) return true;
  return words.every((word, i) => i === 0 || SMALL.has(word.toLowerCase()) || !/^[a-z]/.test(word));
}

/** The title without its limit parenthetical and colon, and the full heading as an alias. */
export function splitTitle(text: string): { title: string; aliases: string[] } {
  const title = text.replace(LIMIT_PAREN, '').replace(/:$/, '').trim();
  const full = text.replace(/:$/, '').trim();
  return { title, aliases: full !== title ? [full] : [] };
}

/**
 * "Section 2 – Artifacts" followed by "Artifact 1: …", "Task B — Artifacts" over "Artifact 1: …": the word of the
 * units that hold the text's other numbered units, as Parts hold sections; a Section anywhere before them, another
 * unit ("Task", "Component", "Phase") only heading them at once. Null when no unit holds others.
 */
export function unitsHoldingUnits(lines: readonly SourceLine[]): string | null {
  let section = false;
  const unitOf = (line: SourceLine | undefined) =>
    line && !line.cells ? artifactHeading(headingAndText(line)[0].text) : null;
  for (const [i, line] of lines.entries()) {
    const unit = unitOf(line);
    if (unit?.word === 'section') section = true;
    else if (unit && section) return 'section';
    const next = unit && UNIT_WORD.test(unit.word) ? unitOf(lines[i + 1]) : null;
    if (unit && next && next.word !== unit.word) return unit.word;
  }
  return null;
}

/** "Section 2 – Artifacts", "Task B — Artifacts" as a Part, where such units hold the others: its number and id. */
export function unitAsPart(text: string, word: string): { n: number; rest: string; id: string } | null {
  const unit = artifactHeading(text);
  return unit?.word === word ? { n: Number(unit.n) || 0, rest: unit.name, id: `${word}-${unit.n}` } : null;
}

/**
 * "Artifact 1 — Exit Ticket Samples: Submit three exit tickets…", "Evidence 1: Lesson Video. Upload…": an
 * artifact's heading and its text on one line, read as the two lines they are. The name is short (it ends at
 * the first colon or period after its number's own); the text after it a sentence.
 */
export function headingAndText(line: SourceLine): [SourceLine, SourceLine | null] {
  // (A rubric row "Evidence 1: Meets Expectations: …" names its levels: it is no heading.)
  // (A list item splits too, "- **Evidence 1 — Plan:** Upload…", but no item nested under another.)
  if (line.indent || line.cells || labelsALevel(line.text)) return [line, null];
  let past = false;
  // ("Artifact 5: Samples — Upload five tickets.": a dash ends the name where an instruction follows it.)
  for (const stop of line.text.slice(0, 92).matchAll(/(?<=\S)(?:[:.]|\s[—–])\s+(?=\p{Lu}\S*\s)/gu)) {
    const head = line.text.slice(0, stop.index);
    const rest = line.text.slice((stop.index ?? 0) + stop[0].length);
    if (/[—–]/.test(stop[0]) && !(opensAsInstruction(rest) && /[.!]$/.test(rest))) continue;
    const artifact = head.length >= 5 ? artifactHeading(head) : null;
    // Past "Evidence 1:" (a number without its name), the name ends at the next stop, before a sentence.
    if (!artifact && !past && /^\p{L}+\s+\S{1,4}$/u.test(head) && /[.!?]$/.test(line.text)) {
      past = true;
      continue;
    }
    if (!artifact || !wordsAtMost(artifact.name, 8) || /[.:]/.test(artifact.name)) break;
    // Past the number, a name is in title case ("Morning Meeting Video"); "Choose a text" is a sentence.
    if (past && !titleCased(artifact.name)) break;
    return [
      { ...line, text: head, bullet: false },
      { ...line, text: line.text.slice((stop.index ?? 0) + stop[0].length), bullet: false },
    ];
  }
  return [line, null];
}

/**
 * "Part 2. Scoring guide", "Rubric", "Evidence Rubric", "Scoring Guide – Part Two": the rubric table or its
 * labelled levels follow.
 */
export const isScoringHeading = (text: string) => {
  const own = text.replace(
    /\s*(?:[-–—:(]\s*|\b(?:for|de la|del|para la)\s+)(?:part|section|parte|sección)\s+[\w.]+\)?$/i,
    '',
  );
  return (
    (SCORING.test(own) || /\s(?:rubric|scoring guide|rúbrica)$/i.test(own) || SCORING_ALONE.test(own)) &&
    wordsAtMost(own, 4)
  );
};
/** "Evaluation", "How It Is Scored": on a line of their own, they head the rubric too. */
const SCORING_ALONE = /^(?:evaluation|evaluación|how (?:it|this|your (?:work|submission)) (?:is|will be) scored):?$/i;

/**
 * A Part named but not numbered: a short line in title case, no sentence, on its own ("Overview
 * Questions", "EVIDENCE"), followed by its text rather than by a rubric level (then it labels a row).
 */
export function isUnnumberedPart(line: SourceLine | undefined, next: SourceLine | undefined): boolean {
  if (!line || line.bullet || line.cells || !next || next.cells || !wordsAtMost(line.text, 5)) return false;
  if (levelOf(next.text, KNOWN_LEVELS)) return false;
  const words = line.text.split(' ');
  if (words.length > 5 || /[.:;,?!)]$/.test(line.text) || /\d/.test(line.text) || PASSING.test(line.text)) return false;
  if (KNOWN_LEVELS.includes(line.text.toLowerCase()) || artifactHeading(line.text)) return false;
  return words.every((word, i) => /^\p{Lu}/u.test(word) || (i > 0 && SMALL.has(word.toLowerCase())));
}
