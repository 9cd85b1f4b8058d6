/** The Parts and sections of the requirements as they are read, and how a rubric row finds its section. */
import type { SourceLine } from './lines';
import { artifactHeading, outlineHeading, partHeading, splitTitle } from './headings';
import type { ScoringRow } from './scoringTable';

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
  /** Its heading marks it optional ("(optional)"): the section is not required. */
  optional?: boolean;
  /** One of the items offered as a choice ("Choose one of the following:"): none is required on its own. */
  choice?: boolean;
}

export interface Structure {
  /** Lines before the first Part or section (the overall passing statement, the anonymity rule). */
  preamble: SourceLine[];
  sections: Node[];
  /** Rubric table rows whose label names no section. */
  strayRows: ScoringRow[];
}

export const newNode = (kind: Node['kind'], fixedId: string | null, title: string, line: SourceLine | null): Node => ({
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

export function newSection(line: SourceLine, artifact: ReturnType<typeof artifactHeading>): Node {
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

export function newPart(line: SourceLine, id: string, name: string): Node {
  const text = name && !line.text.includes(name) ? `${line.text.replace(/:$/, '')} ${name}` : line.text;
  const part = newNode('part', id, text.replace(/:$/, ''), line);
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

/** Rows left without a section, placed again once the list items have become sections ("1. **Lesson Plan:** …"). */
export function placeStrayRows(out: Structure): void {
  const rows = out.strayRows;
  out.strayRows = [];
  for (const row of rows) attachRow(row, null, out);
}

export function attachRow(row: ScoringRow, part: Node | null, out: Structure): void {
  const target = findSection(row.label.text, part, out);
  if (target) target.rows.push(row);
  else out.strayRows.push(row);
}

export function rowIn(target: Node | null, label: SourceLine, out: Structure): ScoringRow {
  const owner = target?.rows ?? out.strayRows;
  const existing = owner.find((row) => row.label === label);
  if (existing) return existing;
  const row: ScoringRow = { label, cells: [] };
  owner.push(row);
  return row;
}

/** The Part itself when it has no sections, its section when it has one; with more, no guess. */
export const soleSection = (part: Node | null): Node | null =>
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
export function findSection(label: string, part: Node | null, out: Structure): Node | null {
  const want = normalize(label);
  if (!want) return null;
  const artifact = artifactHeading(`${label}:x`) ?? artifactHeading(label);
  const all = [...(part?.children ?? []), ...out.sections.flatMap((s) => [s, ...s.children])];
  // "Artifact 2", "Part 1", "Section II": a row labelled by a number finds the section of that number.
  const numbered = artifact ? `${artifact.word}-${artifact.n}` : partHeading(label)?.id;
  const byNumber = numbered && all.find((node) => node.fixedId === numbered);
  if (byNumber) return byNumber;
  return (
    all.find((node) => [node.title, ...node.aliases].some((name) => normalize(name) === want)) ??
    // "Lesson Plan (continued)" names the Lesson Plan; "Stakeholders named in the plan" names no "Plan".
    all.find((node) => [node.title, ...node.aliases].some((name) => namesSection(want, normalize(name)))) ??
    null
  );
}

/** "Step 1: Four or more frames." under a level: the criterion of the section its label names, at that level. */
export function criterionFor(text: string, part: Node | null, out: Structure): { target: Node; text: string } | null {
  const found = /^(.{2,60}?)\s*:\s+(\S.*)$/.exec(text);
  const target = found ? findSection(found[1], part, out) : null;
  return found && target ? { target, text: found[2] } : null;
}
