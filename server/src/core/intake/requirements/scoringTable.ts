/**
 * A rubric table's rows as requirement lines give them (tab-separated cells, a Markdown table, a web
 * page's, a Word document's or a PDF's table): its header's levels, the label columns before them, and
 * each row's criterion text per level, wrapped lines and page breaks joined again.
 */
import type { SourceLine } from './lines';
import { KNOWN_LEVELS, levelOf, levelRank, levelsOnOneLine, scoredLevel, slashLevels } from './levels';

export interface ScoringRow {
  label: SourceLine;
  /** Criterion text per level, in the table's order, with the level's score where the rubric gives one. */
  cells: { level: string; text: string; line: SourceLine; score?: number }[];
}

export interface ScoringTable {
  levels: string[];
  /** Each level's score ("4 – Exemplary"), where the header gives one. */
  scores: (number | undefined)[];
  /** Columns before the levels: the section's label, then the criterion's name where the table has one. */
  labelColumns: number;
  rows: ScoringRow[];
}

const isKnownLevel = (cell: string) => KNOWN_LEVELS.includes(scoredLevel(cell).name.toLowerCase());

/** One table row: the header's levels, a body row, or a row's continuation (a wrapped line, a page break). */
export function tableRow(line: SourceLine, table: ScoringTable | null): ScoringTable {
  // "Criteria | Proficient / Basic / Developing": a header's levels in one cell, one column each.
  const header = (line.cells ?? []).flatMap((cell, i) => (i > 0 && slashLevels(cell)) || [cell]);
  const cells = !table && isHeader(header) ? header : (line.cells ?? []);
  if (!table && isHeader(cells)) {
    // A learning platform's header ("Criteria", "Ratings", "Pts") names no level: each rating names its own.
    if (cells.slice(1).every((cell) => !cell || PLATFORM_HEADER.test(cell))) return empty();
    const first = cells.findIndex((cell, i) => i > 0 && isKnownLevel(cell));
    const labelColumns = first > 0 && cells.length - first >= 2 ? first : 1;
    const levels = cells.slice(labelColumns).map(scoredLevel);
    return { levels: levels.map((l) => l.name), scores: levels.map((l) => l.score), labelColumns, rows: [] };
  }
  // The header again, as a word processor repeats it at the top of each page the table runs onto.
  if (table && repeatsHeader(cells, table)) return table;
  const current = table ?? empty();
  const last = current.rows.at(-1);
  const levelCells = cells.slice(current.labelColumns);
  const levelAt = (i: number) => current.levels[i] ?? `Level ${i + 1}`;
  if (last && (!cells[0] || continuesLabel(cells, current.labelColumns, last))) {
    if (cells[0]) last.label = { ...last.label, text: `${last.label.text} ${cells[0]}` };
    levelCells.forEach((text, i) => {
      const cell = last.cells.find((c) => c.level === levelAt(i));
      if (cell && text) cell.text = `${cell.text} ${text}`;
      else if (text) last.cells.push({ level: levelAt(i), text, line, ...scoreAt(current, i) });
    });
    return current;
  }
  const criterion = cells.slice(1, current.labelColumns).filter(Boolean).join(' ');
  const rated = ratingColumn(levelCells, criterion, line);
  if (rated) {
    current.rows.push({ label: { ...line, text: cells[0] }, cells: [rated] });
    return current;
  }
  current.rows.push({
    label: { ...line, text: cells[0] },
    cells: levelCells
      .map((cell, i) => {
        // Under no header, a cell may name its own level ("Proficient: Audit covers 50 books.").
        const own = current.levels[i] === undefined ? levelOf(cell, KNOWN_LEVELS) : null;
        const text = own ? own.text : cell;
        return {
          level: own?.level ?? levelAt(i),
          text: criterion && text ? `${criterion}: ${text}` : text,
          line,
          ...(own?.score === undefined ? scoreAt(current, i) : { score: own.score }),
        };
      })
      .filter((cell) => cell.text),
  });
  return current;
}

/** A table's levels before its rows, from a line that names them ("Levels: Exceeds / Meets / Not Yet"). */
export const scaleTable = (levels: string[]): ScoringTable => ({
  levels,
  scores: levels.map(() => undefined),
  labelColumns: 1,
  rows: [],
});

/**
 * A column of levels to circle ("The plan holds four circles." | "Proficient / Basic / Developing", as a form
 * prints them): the row's criterion is its top level's.
 */
function ratingColumn(
  cells: readonly string[],
  criterion: string,
  line: SourceLine,
): ScoringRow['cells'][number] | null {
  const at = cells.findIndex((cell) => slashLevels(cell));
  const levels = at >= 0 ? (slashLevels(cells[at]) ?? []) : [];
  const text = [criterion, ...cells.filter((_, i) => i !== at)].filter(Boolean).join(' ');
  if (!levels.length || !text) return null;
  const ranks = levels.map((level) => levelRank(level) ?? Number.NEGATIVE_INFINITY);
  return { level: levels[ranks.indexOf(Math.max(...ranks))] ?? levels[0], text, line };
}

const repeatsHeader = (cells: readonly string[], table: ScoringTable) =>
  table.levels.length > 1 &&
  cells
    .slice(table.labelColumns)
    .map((cell) => scoredLevel(cell).name.toLowerCase())
    .join('\t') === table.levels.join('\t').toLowerCase();

const scoreAt = (table: ScoringTable, i: number) => (table.scores[i] === undefined ? {} : { score: table.scores[i] });

function isHeader(cells: readonly string[]): boolean {
  const levels = cells.slice(1).filter(Boolean);
  return levels.length >= 2 && cells.slice(1).every((cell) => cell.split(' ').length <= 4 && !/[.;]$/.test(cell));
}

/**
 * A label wrapped in its cell ("Artifact 2: Classroom" / "Video", as a PDF gives it): the row's other
 * cells all go on with a sentence the line above left open, in lowercase.
 */
function continuesLabel(cells: readonly string[], labelColumns: number, last: ScoringRow): boolean {
  const rest = cells.slice(labelColumns).filter(Boolean);
  const open = last.cells.some((cell) => !/[.!?:;)"]$/.test(cell.text));
  return rest.length > 0 && open && rest.every((text) => /^[\p{Ll}\d,;]/u.test(text) && !RATING.test(text));
}

const empty = (): ScoringTable => ({ levels: [], scores: [], labelColumns: 1, rows: [] });
const PLATFORM_HEADER = /^(?:ratings?|pts|points|puntos|calificaciones)$/i;
/** A rating as a learning platform prints it: its points, then its level and text ("2 pts Proficient Three…"). */
const RATING = /^(\d{1,3}(?:\.\d+)?)\s*(?:pts?|points?|puntos?)\.?(?:\s+(.*))?$/is;

/**
 * A table's rows once read whole. Under no header's levels, a rating that opens with its points and a level
 * ("2 pts Proficient Three or more…", as Canvas prints a rubric) is that level's, with that score; the points
 * alone at the row's end are the criterion's total, no level.
 */
export function ratedRows(table: ScoringTable): ScoringRow[] {
  if (table.levels.length) return table.rows;
  return table.rows.map((row) => {
    const rated = row.cells.map((cell) => ({ cell, rating: ratingOf(cell.text) }));
    if (!rated.some(({ rating }) => rating?.level)) return row;
    const cells = rated
      .filter(({ rating }) => !rating || rating.level || rating.text)
      .map(({ cell, rating }) =>
        rating?.level ? { ...cell, level: rating.level, text: rating.text, score: rating.score } : cell,
      );
    return { ...row, cells };
  });
}

function ratingOf(text: string): { score: number; level: string; text: string } | null {
  const match = RATING.exec(text);
  if (!match) return null;
  const rest = match[2] ?? '';
  const level = KNOWN_LEVELS.filter((name) => rest.toLowerCase().startsWith(`${name} `) || rest.toLowerCase() === name)
    .sort((a, b) => b.length - a.length)
    .at(0);
  const name = level ? rest.slice(0, level.length) : '';
  return { score: Number(match[1]), level: name, text: rest.slice(name.length).trim() };
}

/** A checklist's columns ("Yes" / "No", a box to tick): no levels of a rubric. */
const CHECK_COLUMN = /^(?:yes|no|y|n|sí|si|✓|✔|☐|☑|□|x|done|included)$/i;
export const isChecklist = (table: ScoringTable) =>
  table.levels.length > 0 && table.levels.every((level) => CHECK_COLUMN.test(level.trim()));

/**
 * "Evidence 1: Meets Expectations: … Does Not Meet Expectations: …": a rubric row on one line, its levels
 * named in it (apart by spaces, tabs or " | "), as a table row whose cells name their own levels.
 */
export function rowOnOneLine(line: SourceLine, table: ScoringTable | null): SourceLine | null {
  if (line.cells && table?.levels.length) return null;
  const found = levelsOnOneLine(line.cells ? line.cells.join('\t') : line.text);
  if (!found?.label) return null;
  return { ...line, cells: [found.label, ...found.cells] };
}
