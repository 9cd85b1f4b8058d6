/** The shape of the Submission Requirements: Parts, the sections inside them, and the rubric table's rows. */
import type { SourceLine } from './lines';
import {
  artifactHeading,
  continuesPart,
  headingAndText,
  isSectionTitle,
  LIMIT_LABEL,
  numberedHeading,
  opensAsInstruction,
  PASSING,
  partHeading,
  SCORING,
  isScoringHeading,
  isUnnumberedPart,
  unitAsPart,
  unitsHoldingUnits,
  splitTitle,
  wordsAtMost,
} from './headings';
import {
  KNOWN_LEVELS,
  levelAbove,
  levelAlone,
  levelOf,
  levelScale,
  levelsOnOneLine,
  ownLevels,
  slashLabelled,
} from './levels';
import { isChecklist, ratedRows, rowOnOneLine, type ScoringTable, scaleTable, tableRow } from './scoringTable';
import { withoutOptionalMark, withoutRequiredMark } from './optional';
import {
  attachRow,
  criterionFor,
  findSection,
  newNode,
  newPart,
  newSection,
  type Node,
  rowIn,
  soleSection,
  type Structure,
} from './nodes';

export type { ScoringRow } from './scoringTable';
export { type Node, placeStrayRows, type Structure } from './nodes';

/** Where the walk through the lines is: the Part and section lines go to, and the rubric being read. */
interface Walk {
  readonly lines: readonly SourceLine[];
  readonly out: Structure;
  readonly parts: Map<string, Node>;
  part: Node | null;
  section: Node | null;
  scoring: boolean;
  table: ScoringTable | null;
  /** The label the levels that follow belong to ("Artifact 2 Rubric", a row's label). */
  label: SourceLine | null;
  /** A line already read with the one before it (a Part's name, a level's paragraph). */
  named: SourceLine | null;
  /** The Markdown depth of the scoring guide's heading: a heading no deeper ends the guide. */
  scoringDepth?: number;
  /** With no Part numbered, "Section 2 – Artifacts" holding "Artifact 1" is a Part: the word of such units. */
  partUnit: string | null;
  /** The level a rubric laid out by level is giving the criteria of ("Proficient", then "Step 1: …"). */
  level?: ReturnType<typeof levelAlone>;
  /** The known levels and the scoring guide's own ("Skillful" beside "Developing" and "Not Yet"). */
  levels: readonly string[];
}

/** Builds Parts and sections from the Submission Requirements lines. */
export function structure(lines: readonly SourceLine[]): Structure {
  const out: Structure = { preamble: [], sections: [], strayRows: [] };
  const walk: Walk = {
    lines,
    out,
    parts: new Map(),
    part: null,
    section: null,
    scoring: false,
    table: null,
    label: null,
    named: null,
    partUnit: null,
    levels: [...KNOWN_LEVELS, ...ownLevels(lines.map((line) => line.text))],
  };
  const parts = lines.some((line) => !line.cells && (partHeading(line.text) || numberedHeading(line)));
  walk.partUnit = parts ? null : unitsHoldingUnits(lines);
  // Where no Part is numbered, a heading on a line of its own ("Evidence", "Reflection") is a Part.
  const numbered = parts || walk.partUnit !== null;
  for (const [index, whole] of lines.entries()) {
    if (whole === walk.named) continue;
    const [written, text] = headingAndText(withoutRequiredMark(whole));
    const line = headingWithoutOptionalMark(written);
    readLine(walk, line, index, numbered);
    if (text) readLine(walk, text, index, numbered);
    // "Artifact 3: Samples (optional)" heads "Artifact 3: Samples", which the writer need not include.
    const node = line !== written && [walk.section, walk.part].find((n) => n?.titleLine === line);
    if (node) {
      node.optional = true;
      node.aliases.push(written.text.replace(/:$/, ''));
    }
  }
  closeTable(walk);
  return out;
}

/** A Part's heading: "Part 2. Evidence", "### 2. Evidence", or a Section where Sections are the Parts. */
function partOf(walk: Walk, line: SourceLine): ReturnType<typeof partHeading> {
  const heading = partHeading(line.text) ?? numberedHeading(line);
  if (heading || !walk.partUnit) return heading;
  return unitAsPart(line.text, walk.partUnit);
}

/** A heading marked optional, read without its mark; any other line as it is. */
function headingWithoutOptionalMark(line: SourceLine): SourceLine {
  const bare = withoutOptionalMark(line.text);
  if (bare === null || line.bullet || line.cells) return line;
  const heading = { ...line, text: bare };
  const looksLikeHeading =
    partHeading(bare) || numberedHeading(heading) || artifactHeading(bare) || isSectionTitle(heading) || line.heading;
  return looksLikeHeading ? heading : line;
}

/** One line of the requirements: a rubric row, a heading, a level, or text of the section it is in. */
function readLine(walk: Walk, line: SourceLine, index: number, numbered: boolean): void {
  const { out } = walk;
  const row = rowOnOneLine(line, walk.table);
  if (row) {
    if (walk.table?.levels.length) closeTable(walk);
    walk.table = tableRow(row, walk.table);
    return;
  }
  if (line.cells) {
    walk.table = tableRow(line, walk.table);
    return;
  }
  closeTable(walk);
  // "Performance levels: Exceeds / Meets / Not Yet": the rubric begins, its rows' columns named.
  const scale = levelScale(line.text);
  if (scale) {
    [walk.scoring, walk.section, walk.label, walk.table] = [true, null, null, scaleTable(scale)];
    return;
  }
  if (line.heading) nestHeading(walk, line);
  if (partLine(walk, line, index) || headingLine(walk, line, index, numbered)) return;
  if (byLevel(walk, line, index) || levelLine(walk, line, index)) return;
  if (titleLine(walk, line) || itemHeading(walk, line, index)) return;
  if (runInHeading(walk, line)) return;
  const { part, section } = walk;
  if (walk.scoring) (part ?? section)?.scoringNotes.push(line) ?? out.preamble.push(line);
  else if (section) section.body.push(line);
  else if (part) part.body.push(line);
  else out.preamble.push(line);
}

/**
 * Where a Markdown heading goes by its depth: a new one no deeper than the scoring guide's ends the guide, one no
 * deeper than its Part's ends the Part, and a section heading deeper than the top-level section above it
 * ("#### Task 1)" under "### Section 2 — Evidence") makes that section its Part.
 */
function nestHeading(walk: Walk, line: SourceLine): void {
  const depth = line.heading ?? 0;
  // (A heading that names a section already read is a row's label in the guide: "## Artifact 1: Circle Plan".)
  const ends = walk.scoring && walk.scoringDepth && depth <= walk.scoringDepth;
  if (ends && !findSection(line.text, walk.part, walk.out)) [walk.scoring, walk.label] = [false, null];
  // A Part numbered as one ("## Part 1") holds the "## Artifact 1" after it; a section made a Part does not.
  const head = walk.part?.titleLine;
  const numberedPart = head && (partHeading(head.text) || numberedHeading(head));
  if (!walk.scoring && head?.heading && depth <= head.heading && !numberedPart) walk.part = null;
  const above = walk.section?.titleLine?.heading;
  const heads = artifactHeading(line.text) || isSectionTitle(line);
  if (!walk.part && walk.section && !walk.scoring && above && depth > above && heads) {
    walk.section.kind = 'part';
    [walk.part, walk.section] = [walk.section, null];
  }
}

/** A table's rows find their sections once the table ends, when each row's label is whole. */
function closeTable(walk: Walk): void {
  // A checklist's rows ("The plan names three strategies" | Yes | No) are what its section asks.
  const owner = walk.table && isChecklist(walk.table) ? (walk.section ?? walk.part) : null;
  // Under "Artifact 1 Rubric", rows that name no section are that artifact's criteria ("Goals", "Timeline").
  const headed = walk.table && walk.scoring && walk.label ? findSection(walk.label.text, walk.part, walk.out) : null;
  for (const row of walk.table ? ratedRows(walk.table) : [])
    if (owner) owner.body.push({ ...row.label, cells: null });
    else if (headed && !findSection(row.label.text, walk.part, walk.out))
      headed.rows.push({
        ...row,
        cells: row.cells.map((cell) => ({ ...cell, text: `${row.label.text}: ${cell.text}` })),
      });
    else attachRow(row, walk.part, walk.out);
  walk.table = null;
}

const container = (walk: Walk) => (walk.part ? walk.part.children : walk.out.sections);

/** "Part 2. Evidence", or its scoring guide ("Part 2. Scoring guide", a Part named again). */
function partLine(walk: Walk, line: SourceLine, index: number): boolean {
  const heading = partOf(walk, line);
  if (!heading) return false;
  const existing = walk.parts.get(heading.id);
  if (existing && continuesPart(heading.rest)) {
    [walk.part, walk.section, walk.scoring, walk.label] = [existing, null, false, null];
    return true;
  }
  if (existing || SCORING.test(heading.rest)) {
    [walk.part, walk.scoring, walk.section, walk.scoringDepth] = [existing ?? walk.part, true, null, line.heading];
    walk.label = null;
    return true;
  }
  // "PART 1" with its name on the next line ("Overview Questions"), as printed pages set it.
  const { lines } = walk;
  walk.named = !heading.rest && isUnnumberedPart(lines[index + 1], lines[index + 2]) ? lines[index + 1] : null;
  walk.part = newPart(line, heading.id, walk.named ? walk.named.text : heading.rest);
  walk.parts.set(heading.id, walk.part);
  walk.out.sections.push(walk.part);
  [walk.section, walk.scoring, walk.label] = [null, false, null];
  return true;
}

/** An artifact's checklist or rubric heading, a Part without a number, a row's label or a section's title. */
function headingLine(walk: Walk, line: SourceLine, index: number, numbered: boolean): boolean {
  const artifact = artifactHeading(line.text);
  // "Artifact 1 Checklist" after Artifact 1: what follows is that artifact's, no section of its own.
  const same = artifact && container(walk).find((node) => node.fixedId === `${artifact.word}-${artifact.n}`);
  if (same && CHECKLIST.test(artifact.name)) {
    [walk.section, walk.scoring, walk.label] = [same, false, null];
    return true;
  }
  if (isScoringHeading(line.text)) {
    // "Artifact 2 Rubric": the levels that follow are that artifact's.
    [walk.scoring, walk.section, walk.label] = [true, null, artifact ? line : null];
    walk.scoringDepth = line.heading;
    return true;
  }
  if (!numbered && !isDeeper(line, walk.part) && isUnnumberedPart(line, walk.lines[index + 1])) {
    walk.part = newNode('part', null, line.text, line);
    walk.out.sections.push(walk.part);
    [walk.section, walk.scoring, walk.label] = [null, false, null];
    return true;
  }
  return false;
}

/**
 * A rubric laid out by level: "Proficient" alone (a line or a heading), then "Step 1: …" for each section it
 * scores, until a line that names no section.
 */
function byLevel(walk: Walk, line: SourceLine, index: number): boolean {
  if (!walk.scoring) return false;
  const alone = line.cells ? null : levelAlone(line.text);
  const next = walk.lines[index + 1];
  if (alone && next && !next.cells && criterionFor(next.text, walk.part, walk.out)) {
    walk.level = alone;
    return true;
  }
  const criterion = walk.level && !line.cells ? criterionFor(line.text, walk.part, walk.out) : null;
  if (!criterion || !walk.level) {
    walk.level = null;
    return false;
  }
  const { target, text } = criterion;
  const { level, score } = walk.level;
  rowIn(target, target.titleLine ?? line, walk.out).cells.push({ level, text, line, ...(score ? { score } : {}) });
  return true;
}

/** A level in a scoring guide or under a section ("Proficient: …", or "Proficient" and its paragraph below). */
function levelLine(walk: Walk, line: SourceLine, index: number): boolean {
  const { scoring, section, label, part, out } = walk;
  const next = walk.lines[index + 1];
  const below = scoring && next && !next.cells ? levelAbove(line.text, next.text, isHeading(next)) : null;
  // "Basic / Developing: Fewer than ten students.": levels that share a criterion, or each its own.
  const shared = slashLabelled(line.text);
  const level = below ?? levelOf(line.text, walk.levels) ?? shared?.[0] ?? null;
  const several = levelsOnOneLine(line.text)?.cells.map((cell) => levelOf(cell, KNOWN_LEVELS) ?? level) ?? shared;
  // Outside a scoring guide, levels are the criteria of the section they follow, or of a Part with no sections.
  const owner = section ?? (part && part.children.length === 0 ? part : null);
  if (!level || !(scoring || owner)) return false;
  if (below) walk.named = next;
  // Levels under no label belong to the section they follow, else the Part's only section, else none.
  const target = scoring ? (label ? findSection(label.text, part, out) : soleSection(part)) : owner;
  const row = rowIn(target, label ?? owner?.titleLine ?? line, out);
  for (const cell of below ? [below] : (several ?? [level])) if (cell) row.cells.push({ ...cell, line });
  return true;
}

/** A row's label in a scoring guide, or a section's title. */
function titleLine(walk: Walk, line: SourceLine): boolean {
  const artifact = artifactHeading(line.text);
  const isLabel = artifact || isSectionTitle(line) || (wordsAtMost(line.text, 6) && !PASSING.test(line.text));
  if (walk.scoring && isLabel) {
    walk.label = line;
    return true;
  }
  if (!artifact && !isSectionTitle(line) && !isDeeper(line, walk.part)) return false;
  walk.section = newSection(line, artifact);
  container(walk).push(walk.section);
  [walk.scoring, walk.label] = [false, null];
  return true;
}

/**
 * "1. Lesson Plan" with lettered or indented items under it ("   a) Submit…"): a section headed as a numbered
 * list item. A name, not a sentence or a question ("1. Describe your class" stays an item).
 */
function itemHeading(walk: Walk, line: SourceLine, index: number): boolean {
  const next = walk.lines[index + 1];
  if (!line.bullet || line.marker !== '1' || line.indent || walk.scoring) return false;
  // (A paste may lose the indent: a lettered item is under the number all the same.)
  if (!next?.bullet || ((next.indent ?? 0) === 0 && next.marker !== 'a')) return false;
  const { title } = splitTitle(line.text);
  if (!wordsAtMost(title, 6) || /[.?!:;,]/.test(title) || !/^\p{Lu}/u.test(title) || opensAsInstruction(title))
    return false;
  walk.section = newSection({ ...line, bullet: false }, null);
  container(walk).push(walk.section);
  return true;
}

/** "**Lesson Plan.** Submit one plan…": a Markdown paragraph that opens with its name in bold. */
const RUN_IN = /^(?:\*\*|__)([^*_]{2,60}?)[.:]?(?:\*\*|__)[.:]?\s+\S/;
/** Bold openings that name no section: a note, a tip, a passing statement, a rubric level. */
const NOT_A_NAME = /^(?:note|tip|hint|important|remember|reminder|example|please note|nota|importante|ejemplo)$/i;

function runInHeading(walk: Walk, line: SourceLine): boolean {
  const found = !line.bullet && !walk.scoring && (walk.part || walk.section) ? RUN_IN.exec(line.raw) : null;
  const name = found?.[1].trim().replace(/[.:]$/, '');
  if (!name || !/^\p{Lu}/u.test(name) || !wordsAtMost(name, 6) || NOT_A_NAME.test(name) || PASSING.test(name))
    return false;
  // "**Length:** about 2 pages", "**Proficient:** …": a limit or a level under its label, no section.
  if (levelOf(`${name}: x`, KNOWN_LEVELS) || LIMIT_LABEL.test(`${name}:`)) return false;
  const rest = line.text.slice(line.text.indexOf(name) + name.length).replace(/^[.:]?\s*/, '');
  if (!rest || !line.text.startsWith(name)) return false;
  walk.section = newSection({ ...line, text: name }, artifactHeading(name));
  walk.section.body.push({ ...line, text: rest });
  container(walk).push(walk.section);
  return true;
}

/** A Markdown heading deeper than its Part's ("#### Video" under "### 2. Evidence"): a section of that Part. */
const isDeeper = (line: SourceLine, part: Node | null) =>
  Boolean(
    line.heading && part?.titleLine?.heading && line.heading > part.titleLine.heading && !PASSING.test(line.text),
  );

const isHeading = (line: SourceLine) =>
  Boolean(partHeading(line.text) || artifactHeading(line.text) || isSectionTitle(line) || PASSING.test(line.text));
const CHECKLIST = /^(?:self-assessment |submission )?check-?list$/i;
