/**
 * A PDF's text, as its pages' positioned text runs, turned into requirement lines: runs on one
 * baseline make a line, a rubric table's columns become tab-separated cells (wrapped cell text
 * keeps its column), and the headers and footers repeated on most pages are left out.
 */

/** One text run of a page, as PDF readers give it (x, y from the bottom left, in points). */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The run's font (its name in the PDF) and size: a heading's wrapped line keeps both. */
  font?: string;
  size?: number;
}

import { type Fragment, inColumnOrder } from './pdfColumns';
import { notesInPlace } from './pdfNotes';

/** Runs closer than this are one cell; a wider gap starts the next column. */
const COLUMN_GAP = 14;
/** Baselines closer than this are one line. */
const SAME_LINE = 2.5;

export function pdfPagesToText(pages: readonly (readonly PdfTextRun[])[]): string {
  const pageLines = pages.map((runs) => inColumnOrder(linesOfPage(runs), COLUMN_GAP));
  const furniture = repeatedFurniture(pageLines);
  const margin = Math.min(...pageLines.flat().map((line) => line[0]?.x ?? Number.POSITIVE_INFINITY));
  const body = bodySize(pageLines);
  const out: string[] = [];
  let columns: number[] | null = null;
  /** Table header rows read once: a printed page repeats them at the next page's top. */
  const headerRows = new Set<string>();
  const merged: { cell: Merged } = { cell: null };
  const title = pageLines[0] ? titleOf(pageLines[0], body) : null;
  for (const lines of pageLines) {
    const edge = rightEdge(lines);
    let prose: Fragment | null = null;
    lines.forEach((line, index) => {
      if (isFurniture(line, index, lines.length, furniture) && !headsTable(line, lines[index + 1], headerRows)) return;
      const startsAtMargin = line[0].x - margin < COLUMN_GAP * 3;
      // A row's wrapped text in some of its columns only keeps the table's columns.
      const fits = columns?.length && fitsColumns(line, columns);
      // A header row leaves the label column empty: the table's first column is then the margin.
      if (fits) columns = columns as number[];
      else if (line.length >= 3) columns = [...(startsAtMargin ? [] : [margin]), ...line.map((f) => f.x)];
      else if (startsAtMargin && line.length === 1) columns = null;
      // A narrow column's lines, or a heading set larger than the body (a long title), wrap where the page did.
      const wraps = prose && (prose.inColumns || sizeOf(prose) > body + 1);
      if (!columns && prose && wraps && line.length === 1 && isWrapped(prose, line[0], edge(prose))) {
        out[out.length - 1] = joined(out[out.length - 1], line[0].text);
        prose = { ...line[0], x: prose.x };
        return;
      }
      // The title, marked as a page's top heading is, so a page header above it is never taken for it.
      out.push(
        columns ? cells(line, columns, merged) : `${line === title ? '# ' : ''}${line.map((f) => f.text).join(' ')}`,
      );
      prose = !columns && line.length === 1 ? line[0] : null;
    });
  }
  return rejoinHyphenated(out).join('\n');
}

const sizeOf = (fragment: Fragment) => Number(fragment.style?.split(' ').at(-1)) || 0;

/** The size most of the document's text is set in (by its characters, a table's short cells count less): its body. */
function bodySize(pages: Fragment[][][]): number {
  const counts = new Map<number, number>();
  for (const fragment of pages.flat(2))
    counts.set(sizeOf(fragment), (counts.get(sizeOf(fragment)) ?? 0) + fragment.text.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/**
 * The document's title: the first page's text set largest, above its body text, among its first lines, on
 * one line or two (wrapped); a size that headings further down share is a heading's, no title's.
 */
function titleOf(lines: Fragment[][], body: number): Fragment[] | null {
  const largest = Math.max(...lines.flat().map(sizeOf));
  const at = lines.flatMap((line, i) => (line.some((f) => sizeOf(f) === largest) ? [i] : []));
  if (largest <= body + 1 || at[0] >= 6 || at.length > 2 || at[at.length - 1] - at[0] >= at.length) return null;
  return lines[at[0]].length === 1 ? lines[at[0]] : null;
}

/**
 * A table's header row the first time it is seen, even at a page's foot where it repeats as the next page's
 * first line (a table starting low on a page): three cells or more over a row of two or more.
 */
function headsTable(line: Fragment[], next: Fragment[] | undefined, seen: Set<string>): boolean {
  if (line.length < 3 || !next || next.length < 2 || seen.has(shape(line))) return false;
  seen.add(shape(line));
  return true;
}

/**
 * Where a page's text column ends at the right, for a fragment: the furthest end that at least three
 * lines starting where it starts reach (give or take an indent); with fewer, no line is taken as full.
 */
function rightEdge(lines: Fragment[][]): (fragment: Fragment) => number {
  const singles = lines.filter((line) => line.length === 1).map((line) => line[0]);
  const known = new Map<number, number>();
  return (fragment) => {
    let edge = known.get(fragment.x);
    if (edge === undefined) {
      const ends = singles
        .filter((f) => Math.abs(f.x - fragment.x) < COLUMN_GAP * 3)
        .map((f) => f.end)
        .sort((a, b) => b - a);
      edge = ends.find((end, i) => ends[i + FULL_LINES - 1] >= end - COLUMN_GAP * 2) ?? Number.POSITIVE_INFINITY;
      known.set(fragment.x, edge);
    }
    return edge;
  };
}

/** Lines that reach a column's edge, at least, before it is taken as the edge wrapped lines reach. */
const FULL_LINES = 3;

/**
 * A line a narrow text column wrapped, not one its writer ended: the next line, in the same font, size
 * and column, starts with a word that had no room left on this one, which ends no sentence ("Part 2.
 * Work" / "Examples/Artifacts/Evidence"). A heading followed by body text changes font.
 */
function isWrapped(line: Fragment, next: Fragment, edge: number): boolean {
  if (Boolean(line.inColumns) !== Boolean(next.inColumns)) return false;
  if (line.style !== next.style || Math.abs(line.x - next.x) > 2 || /[.:;?!)"]$/.test(line.text)) return false;
  if (STARTS_ITEM_OR_HEADING.test(next.text)) return false;
  const first = next.text.split(' ')[0];
  const room = edge - line.end;
  return room < ((next.end - next.x) * (first.length + 1)) / Math.max(next.text.length, 1);
}

/** A line whose text, taken apart at the columns, keeps within them: a wrapped row's next line. */
const fitsColumns = (line: Fragment[], columns: number[]) =>
  line.flatMap((f) => apartAtColumns(f, columns)).every((f, i) => inColumn(f, columns) || (i > 0 && spans(f, columns)));

/**
 * A cell merged over the columns after its own (one text for "Basic" and "Developing", or for "Proficient" and
 * "Basic" before a "Developing" of its own), after a row's label: its text reaches past the next column's start.
 */
const spans = (fragment: Fragment, columns: number[]) => {
  const i = columns.findIndex((x) => Math.abs(fragment.x - x) < COLUMN_GAP);
  return i >= 0 && i + 1 < columns.length && fragment.end > columns[i + 1];
};

/**
 * A line that starts a list item or a numbered heading ("Part 2", "Artifact 1:", "Evidencia 3") is never
 * the rest of the line above (said here, not with the reader's headings, to keep the PDF bundle small).
 */
const STARTS_ITEM_OR_HEADING =
  /^(?:[•●◦▪■➢►‣∙·*–-]\s|\d{1,2}[.)]\s|(?:part|parte|artifact|artefacto|evidence|evidencia|section|sección)\s+\w)/i;

/** A fragment that starts at a column and ends before the next one: a prose line crossing them is no cell. */
function inColumn(fragment: Fragment, columns: number[]): boolean {
  const i = columns.findIndex((x) => Math.abs(fragment.x - x) < COLUMN_GAP);
  return i >= 0 && (i === columns.length - 1 || fragment.end <= columns[i + 1] + COLUMN_GAP);
}

/**
 * Hyphens a printed page keeps, where the word before them is a number, a word that takes one, or a compound
 * broken after one of its own hyphens ("think-pair-" / "share", "step-by-" / "step").
 */
const KEPT_HYPHEN = new RegExp(
  '(?:\\d|\\p{L}[-\\u2010]\\p{L}+|\\b(?:self|well|non|co|cross|multi|one|two|three|four|five|six|seven|eight|' +
    'nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))[-\\u2010]$',
  'iu',
);

/**
 * A word a printed page hyphenated at a line's end ("reflec-" / "tion of…") is one word again, in each
 * column of a table row as in prose; the rest of the next line stays where it was.
 */
function rejoinHyphenated(lines: string[]): string[] {
  const out = lines.map((line) => line.split('\t'));
  for (let i = 0; i + 1 < out.length; i++)
    out[i].forEach((cell, column) => {
      const next = out[i + 1][column];
      if (!BROKEN_WORD.test(cell) || !next || !/^\p{Ll}/u.test(next)) return;
      const [word, rest] = next.split(/ (.*)/s);
      out[i][column] = joined(cell, word);
      out[i + 1][column] = rest ?? '';
    });
  return out.map((cells) => cells.join('\t'));
}

/** A line that ends in a word broken by a hyphen, or by a soft hyphen as some producers write it. */
const BROKEN_WORD = /[\p{Ll}\d][-\u00ad\u2010]$/u;

/** Two pieces of a line the page broke: a word hyphenated at the break is one word again. */
function joined(text: string, next: string): string {
  if (!BROKEN_WORD.test(text) || !/^\p{Ll}/u.test(next)) return `${text} ${next}`;
  // A soft hyphen (U+00AD) is only ever a break; a hyphen may be the word's own.
  return KEPT_HYPHEN.test(text) ? `${text}${next}` : `${text.slice(0, -1)}${next}`;
}

function linesOfPage(page: readonly PdfTextRun[]): Fragment[][] {
  const runs = notesInPlace(page).map((run, order) => ({ ...run, order }));
  const sorted = runs.filter((run) => run.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: (PdfTextRun & { order: number })[][] = [];
  for (const run of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0].y - run.y) <= SAME_LINE) row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => {
    const fragments: Fragment[] = [];
    for (const run of row.sort((a, b) => a.x - b.x)) {
      const last = fragments.at(-1);
      if (last && run.x - last.end < COLUMN_GAP) {
        // Runs apart on the page, or a list's label ("Part 1.") and its text set at the label's end.
        const apart = run.x - last.end > 1 || (/[\d.:;)]$/.test(last.text) && /^\p{Lu}/u.test(run.text));
        const changed =
          !apart &&
          ENDS_NUMBER.test(last.text) &&
          ONLY_NUMBER.test(last.parts?.at(-1)?.text ?? '') &&
          ONLY_NUMBER.test(run.text);
        const text = changed ? ` / ${run.text}` : apart && !/\s$/.test(last.text) ? ` ${run.text}` : run.text;
        last.text += text;
        last.parts?.push({ x: run.x, end: run.x + run.width, text });
        last.end = run.x + run.width;
        last.order = Math.min(last.order, run.order);
      } else {
        const parts = [{ x: run.x, end: run.x + run.width, text: run.text }];
        const style = `${run.font ?? ''} ${Math.round(run.size ?? 0)}`;
        fragments.push({ text: run.text, x: run.x, end: run.x + run.width, order: run.order, parts, style });
      }
    }
    return fragments.map((f) => ({ ...f, text: tidy(f.text) }));
  });
}

/**
 * Two numbers set side by side, each a run of nothing else, nothing between them ("250" "300", "four" "five"): a
 * tracked change printed with the old number struck through beside the new one. A PDF's text does not say
 * which is which, so both are kept, apart ("250 / 300"), and neither is read as the limit.
 */
const NUMBER =
  '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|' +
  'uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte)';
const ENDS_NUMBER = new RegExp(`(?:^|[\\s(])${NUMBER}$`, 'i');
const ONLY_NUMBER = new RegExp(`^\\s*(?!0)${NUMBER}\\s*$`, 'i');

/**
 * A fragment's text with its spaces made one; a bullet drawn in a symbol font (Symbol's and Wingdings' ,
 * , ➢ as Word and LibreOffice print them, in Unicode's private use area) is a bullet.
 */
const tidy = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\uf000-\uf0ff](?=\s|$)/, '•');

/**
 * A fragment's runs apart where one starts right at a table column: cells whose text fills them come
 * closer to the next cell's text than a column gap (a cell's padding is about 11 points).
 */
function apartAtColumns(fragment: Fragment, columns: number[]): Fragment[] {
  const pieces: Fragment[] = [];
  for (const part of fragment.parts ?? [{ x: fragment.x, end: fragment.end, text: fragment.text }]) {
    const last = pieces.at(-1);
    const startsCell = last && columns.some((x) => Math.abs(part.x - x) < 2 && x > last.x + COLUMN_GAP);
    if (last && !startsCell) [last.text, last.end] = [last.text + part.text, part.end];
    else pieces.push({ text: part.text, x: part.x, end: part.end, order: fragment.order });
  }
  return pieces.map((piece) => ({ ...piece, text: tidy(piece.text) }));
}

/** The columns a merged cell covers in the table row being read ([its own, the last it covers]), if any. */
type Merged = { from: number; to: number; text: string } | null;

/**
 * Each fragment in the column it starts under; empty cells where a wrapped row has no text. A merged cell's
 * text, reaching over the columns after its own, holds for each of them; so do its next lines, shorter,
 * while those columns stay empty and no new row starts (a label after a cell whose sentence ended).
 */
function cells(line: Fragment[], columns: number[], merged: { cell: Merged }): string {
  const out = columns.map(() => '');
  const before = merged.cell;
  merged.cell = null;
  for (const fragment of line.flatMap((f) => apartAtColumns(f, columns))) {
    let column = 0;
    columns.forEach((x, i) => {
      if (fragment.x >= x - COLUMN_GAP) column = i;
    });
    out[column] = out[column] ? `${out[column]} ${fragment.text}` : fragment.text;
    if (column > 0 && spans(fragment, columns)) {
      let to = column;
      while (to + 1 < columns.length && fragment.end > columns[to + 1]) to++;
      merged.cell = { from: column, to, text: '' };
    }
  }
  const cell = merged.cell ?? before;
  if (!cell || !out[cell.from] || out.slice(cell.from + 1, cell.to + 1).some(Boolean)) merged.cell = null;
  else if (merged.cell || !out[0] || !/[.!?]$/.test(cell.text)) {
    for (let i = cell.from + 1; i <= cell.to; i++) out[i] = out[cell.from];
    merged.cell = { ...cell, text: out[cell.from] };
  }
  return out.join('\t');
}

/**
 * A line's text, numbers aside, in its font and size: a page header that repeats the credential's title
 * in small print is not the title page's own title, set larger.
 */
const shape = (line: Fragment[]) =>
  `${line[0]?.style ?? ''}|${line
    .map((f) => f.text)
    .join(' ')
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .trim()}`;

/** Lines in the first or last two of a page that recur (numbers aside) on most pages. */
function repeatedFurniture(pages: Fragment[][][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(shape));
    for (const edge of edges) counts.set(edge, (counts.get(edge) ?? 0) + 1);
  }
  const most = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, n]) => n >= most).map(([text]) => text));
}

const isFurniture = (line: Fragment[], index: number, count: number, furniture: Set<string>) =>
  ((index < 2 || index >= count - 2) && furniture.has(shape(line))) ||
  ((index === 0 || index === count - 1) && line.some((f) => BROWSER_MARGIN.test(f.text)));

/**
 * What a browser prints in a page's margins, even on a one-page PDF: the date and time (with the page's
 * title beside it), the page's address, and its number as "2/5"; a word processor's "Page 2 of 5" too.
 */
const BROWSER_MARGIN = new RegExp(
  '^(?:\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4},?(?: \\d{1,2}:\\d{2}(?: ?[ap]\\.?m\\.?)?)?|' +
    '\\d{1,3} ?/ ?\\d{1,3}|(?:https?|file)://\\S+|' +
    '(?:page|p[aá]gina|p[aá]g\\.)\\s*\\d{1,3}(?:\\s*(?:of|de|/)\\s*\\d{1,3})?)$',
  'i',
);
