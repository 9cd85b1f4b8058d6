/** The shape of the Submission Requirements: Parts, the sections inside them, and the rubric table's rows. */
import type { SourceLine } from './lines';
import { KNOWN_LEVELS, levelAbove, levelOf } from './levels';
import { NUMBER, numberValue } from './numbers';
import { isChecklist, type ScoringRow, type ScoringTable, tableRow } from './scoringTable';

export type { ScoringRow } from './scoringTable';

export interface Node {
  kind: 'part' | 'section';
  /** "part-2", "artifact-1", or null when the id comes from the title. */
  fixedId: string | null;
  title: string;
  titleLine: SourceLine | null;
  aliases: string[];
  body: SourceLine[];
  /** Lines of the Part's scoring guide that are not table rows (its passing statement). */
  scoringNotes: SourceLine[];
  children: Node[];
  rows: ScoringRow[];
  /** Made from a list item, not a heading: its title is the item's label, or a guess. */
  fromBullet?: 'labelled' | 'guessed';
}

export interface Structure {
  /** Lines before the first Part or section (the overall passing statement, the anonymity rule). */
  preamble: SourceLine[];
  sections: Node[];
  /** Rubric table rows whose label names no section. */
  strayRows: ScoringRow[];
}

/** Words that number a requirement's sections besides its artifacts ("Section A:", "Component 2 –", "Step 1:"). */
const UNIT_WORDS = 'section|component|step|task|activity|sección|seccion|componente|paso|tarea|actividad';
const UNIT_WORD = new RegExp(`^(?:${UNIT_WORDS})$`, 'i');
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'];
const PART = new RegExp(`^(?:part|parte)\\s+(\\d+|${NUMBER}|[ivx]+)(?![\\wáéíóúñ])\\s*[:.)\\-–—]?\\s*(.*)$`, 'i');
/** "Primera parte: …", as Spanish texts also number their Parts. */
const PARTE_ORDINAL = /^(primera|segunda|tercera|cuarta|quinta)\s+parte\b\s*[:.)\-–—]?\s*(.*)$/i;
const ORDINALS = ['primera', 'segunda', 'tercera', 'cuarta', 'quinta'];
const ARTIFACT = new RegExp(
  `^(artifact|evidence|exhibit|artefacto|evidencia|anexo|${UNIT_WORDS})\\s+(\\d+|${NUMBER}|[a-h])` +
    '(\\s*[:.)\\-–—]\\s*|\\s+)(.+)$',
  'i',
);
/** Section ids stay English whatever the language of the text: "Artefacto 2" is artifact-2. */
const ID_WORD: Record<string, string> = {
  artefacto: 'artifact',
  evidencia: 'evidence',
  anexo: 'exhibit',
  sección: 'section',
  seccion: 'section',
  componente: 'component',
  paso: 'step',
  tarea: 'task',
  actividad: 'activity',
};
const SCORING = new RegExp(
  '^(?:scoring guide|rubric|scoring rubric|evaluation criteria|assessment rubric|rubric table|' +
    'guía de puntuación|rúbrica|rubrica|criterios de evaluación|pauta de evaluación)(?![\\wáéíóúñ])',
  'i',
);
/** A limit that ends a heading, in parentheses or brackets or after a dash: "(300-word limit)", "[300 words max]". */
const LIMIT_PAREN = new RegExp(
  '\\s*(?:(?:\\([^)]*|\\[[^\\]]*)\\b(?:words?|minutes?|pages?|palabras|minutos|páginas)(?![\\w])[^)\\]]*[)\\]]|' +
    // "Lesson Plan — 500 word limit": a limit after a dash ends a heading too.
    '\\s[-–—]\\s+(?:(?:no more than|up to|max(?:imum)?|about|approximately|around|under|suggested|min(?:imum)?)\\s+)?' +
    '\\d[\\d,]*(?:\\s*[-–]\\s*\\d[\\d,]*)?[\\s-]*' +
    '(?:words?|minutes?|pages?|palabras|minutos|páginas)\\b[^-–—:()]{0,20})\\s*:?\\s*$',
  'i',
);
/** "Length: …", "Word count: …": a line that gives a limit under its label, never a heading. */
const LIMIT_LABEL = /^(?:length|word (?:count|limit|range)s?|limit|duration|format|extensión|longitud|duración)\s*:/i;
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
/** At most `most` words (without splitting a long line to count them). */
const wordsAtMost = (text: string, most: number) => text.length <= most * 40 && text.split(' ').length <= most;

/** "Passing: …" after a rubric is what it takes to pass, not a row's label. */
const PASSING = /^(?:passing|to pass|aprobado|para aprobar)\b/i;
const SMALL = new Set([
  ...'a an and or of the to for in on with by at vs'.split(' '),
  ...'de del la las el los y o e en para con por un una su sus al'.split(' '),
]);

function ordinal(token: string): number | null {
  const roman = ROMAN.indexOf(token.toLowerCase());
  if (/^[ivx]+$/i.test(token) && roman >= 0) return roman + 1;
  return numberValue(token);
}

/** An outline-numbered heading's numbers and name: short, and no sentence. */
export function outlineHeading(text: string): { part: number; sub: number; rest: string } | null {
  const match = OUTLINE.exec(text);
  if (!match) return null;
  const name = match[3].replace(LIMIT_PAREN, '').replace(/:$/, '').trim();
  if (!name || !wordsAtMost(name, 10) || /[.?!;]/.test(name)) return null;
  return { part: Number(match[1]), sub: Number(match[2]), rest: match[3].replace(/:$/, '').trim() };
}

export function partHeading(text: string): { n: number; rest: string } | null {
  const outline = outlineHeading(text);
  if (outline) return outline.sub === 0 && outline.part > 0 ? { n: outline.part, rest: outline.rest } : null;
  const ordinalPart = PARTE_ORDINAL.exec(text);
  if (ordinalPart) return { n: ORDINALS.indexOf(ordinalPart[1].toLowerCase()) + 1, rest: ordinalPart[2].trim() };
  const match = PART.exec(text);
  if (!match) return null;
  const n = ordinal(match[1]);
  if (!n || match[2].length > 100 || /^(?:and|or|of|in)\b/i.test(match[2])) return null;
  return { n, rest: match[2].replace(/:$/, '').trim() };
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

const newNode = (kind: Node['kind'], fixedId: string | null, title: string, line: SourceLine | null): Node => ({
  kind,
  fixedId,
  title,
  titleLine: line,
  aliases: [],
  body: [],
  scoringNotes: [],
  children: [],
  rows: [],
});

/** Builds Parts and sections from the Submission Requirements lines. */
export function structure(lines: readonly SourceLine[]): Structure {
  const out: Structure = { preamble: [], sections: [], strayRows: [] };
  const parts = new Map<number, Node>();
  let part: Node | null = null;
  let section: Node | null = null;
  let scoring = false;
  let table: ScoringTable | null = null;
  // A table's rows find their sections once the table ends, when each row's label is whole.
  const closeTable = () => {
    // A checklist's rows ("The plan names three strategies" | Yes | No) are what its section asks.
    const owner = table && isChecklist(table) ? (section ?? part) : null;
    for (const row of table?.rows ?? [])
      if (owner) owner.body.push({ ...row.label, cells: null });
      else attachRow(row, part, out);
    table = null;
  };
  let label: SourceLine | null = null;
  let named: SourceLine | null = null;
  const container = () => (part ? part.children : out.sections);
  // Where no Part is numbered, a heading on a line of its own ("Evidence", "Reflection") is a Part.
  const numbered = lines.some((line) => !line.cells && partHeading(line.text));

  for (const [index, line] of lines.entries()) {
    if (line === named) continue;
    if (line.cells) {
      table = tableRow(line, table);
      continue;
    }
    closeTable();
    const heading = partHeading(line.text);
    if (heading) {
      const existing = parts.get(heading.n);
      if (existing || SCORING.test(heading.rest)) {
        part = existing ?? part;
        scoring = true;
        section = null;
        continue;
      }
      // "PART 1" with its name on the next line ("Overview Questions"), as printed pages set it.
      named = !heading.rest && isUnnumberedPart(lines[index + 1], lines[index + 2]) ? lines[index + 1] : null;
      part = newPart(line, heading.n, named ? named.text : heading.rest);
      parts.set(heading.n, part);
      out.sections.push(part);
      [section, scoring, label] = [null, false, null];
      continue;
    }
    const artifact = artifactHeading(line.text);
    // "Artifact 1 Checklist" after Artifact 1: what follows is that artifact's, no section of its own.
    const same = artifact && container().find((node) => node.fixedId === `${artifact.word}-${artifact.n}`);
    if (same && CHECKLIST.test(artifact.name)) {
      [section, scoring, label] = [same, false, null];
      continue;
    }
    if (isScoringHeading(line.text)) {
      // "Artifact 2 Rubric": the levels that follow are that artifact's.
      [scoring, section, label] = [true, null, artifact ? line : null];
      continue;
    }
    if (!numbered && isUnnumberedPart(line, lines[index + 1])) {
      part = newNode('part', null, line.text, line);
      out.sections.push(part);
      [section, scoring, label] = [null, false, null];
      continue;
    }
    // A level on a line of its own in a scoring guide ("Proficient", then its paragraph) labels the next line.
    const next = lines[index + 1];
    const below =
      scoring && next && !next.cells && !line.cells ? levelAbove(line.text, next.text, isHeading(next)) : null;
    if (below) named = lines[index + 1];
    const level = below ?? levelOf(line.text, KNOWN_LEVELS);
    if (level && (scoring || section)) {
      // Levels under no label belong to the section they follow, else the Part's only section, else none.
      const target = scoring ? (label ? findSection(label.text, part, out) : soleSection(part)) : section;
      const row = rowIn(target, label ?? section?.titleLine ?? line, out);
      row.cells.push({ ...level, line });
      continue;
    }
    const isLabel = artifact || isSectionTitle(line) || (wordsAtMost(line.text, 6) && !PASSING.test(line.text));
    if (scoring && isLabel) {
      label = line;
      continue;
    }
    if (artifact || isSectionTitle(line)) {
      section = newSection(line, artifact);
      container().push(section);
      [scoring, label] = [false, null];
      continue;
    }
    if (scoring) (part ?? section)?.scoringNotes.push(line) ?? out.preamble.push(line);
    else if (section) section.body.push(line);
    else if (part) part.body.push(line);
    else out.preamble.push(line);
  }
  closeTable();
  return out;
}

const isHeading = (line: SourceLine) =>
  Boolean(partHeading(line.text) || artifactHeading(line.text) || isSectionTitle(line) || PASSING.test(line.text));
const CHECKLIST = /^(?:self-assessment |submission )?check-?list$/i;

/** "Part 2. Scoring guide", "Rubric", "Evidence Rubric": the rubric table or its labelled levels follow. */
const isScoringHeading = (text: string) =>
  (SCORING.test(text) || /\s(?:rubric|scoring guide|rúbrica)$/i.test(text)) && wordsAtMost(text, 4);

/**
 * A Part named but not numbered: a short line in title case, no sentence, on its own ("Overview
 * Questions", "EVIDENCE"), followed by its text rather than by a rubric level (then it labels a row).
 */
function isUnnumberedPart(line: SourceLine | undefined, next: SourceLine | undefined): boolean {
  if (!line || line.bullet || line.cells || !next || next.cells || !wordsAtMost(line.text, 5)) return false;
  if (levelOf(next.text, KNOWN_LEVELS)) return false;
  const words = line.text.split(' ');
  if (words.length > 5 || /[.:;,?!)]$/.test(line.text) || /\d/.test(line.text) || PASSING.test(line.text)) return false;
  if (KNOWN_LEVELS.includes(line.text.toLowerCase()) || artifactHeading(line.text)) return false;
  return words.every((word, i) => /^\p{Lu}/u.test(word) || (i > 0 && SMALL.has(word.toLowerCase())));
}

function newSection(line: SourceLine, artifact: ReturnType<typeof artifactHeading>): Node {
  const node = artifact
    ? newNode('section', `${artifact.word}-${artifact.n}`, line.text.replace(/:$/, ''), line)
    : newNode('section', null, '', line);
  const { title, aliases } = splitTitle(line.text);
  node.title = title;
  node.aliases = artifact ? [...aliases.filter((a) => a !== title), artifact.name] : aliases;
  const outline = outlineHeading(title);
  if (outline) node.aliases.push(outline.rest);
  return node;
}

function newPart(line: SourceLine, n: number, name: string): Node {
  const text = name && !line.text.includes(name) ? `${line.text.replace(/:$/, '')} ${name}` : line.text;
  const part = newNode('part', `part-${n}`, text.replace(/:$/, ''), line);
  const { title, aliases } = splitTitle(text);
  part.title = title;
  part.aliases = [...aliases];
  if (name) part.aliases.push(...partAliases(name));
  return part;
}

function partAliases(rest: string): string[] {
  const bare = rest.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return [rest, ...(bare && bare !== rest ? [bare] : [])];
}

function attachRow(row: ScoringRow, part: Node | null, out: Structure): void {
  const target = findSection(row.label.text, part, out);
  if (target) target.rows.push(row);
  else out.strayRows.push(row);
}

function rowIn(target: Node | null, label: SourceLine, out: Structure): ScoringRow {
  const owner = target?.rows ?? out.strayRows;
  const existing = owner.find((row) => row.label === label);
  if (existing) return existing;
  const row: ScoringRow = { label, cells: [] };
  owner.push(row);
  return row;
}

/** The Part itself when it has no sections, its section when it has one; with more, no guess. */
const soleSection = (part: Node | null): Node | null =>
  part && part.children.length <= 1 ? (part.children[0] ?? part) : null;

const namesSection = (label: string, name: string) =>
  Boolean(name) && (label.startsWith(`${name} `) || (name.includes(' ') && ` ${label} `.includes(` ${name} `)));

export const normalize = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The section a rubric row's label names: by its number ("Artifact 2") or its title, in the Part first. */
function findSection(label: string, part: Node | null, out: Structure): Node | null {
  const want = normalize(label);
  if (!want) return null;
  const artifact = artifactHeading(`${label}:x`) ?? artifactHeading(label);
  const all = [...(part?.children ?? []), ...out.sections.flatMap((s) => [s, ...s.children])];
  if (artifact) {
    const byNumber = all.find((node) => node.fixedId === `${artifact.word}-${artifact.n}`);
    if (byNumber) return byNumber;
  }
  return (
    all.find((node) => [node.title, ...node.aliases].some((name) => normalize(name) === want)) ??
    // "Lesson Plan (continued)" names the Lesson Plan; "Stakeholders named in the plan" names no "Plan".
    all.find((node) => [node.title, ...node.aliases].some((name) => namesSection(want, normalize(name)))) ??
    null
  );
}
