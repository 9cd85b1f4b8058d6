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
}

interface Fragment {
  text: string;
  x: number;
  end: number;
}

/** Runs closer than this are one cell; a wider gap starts the next column. */
const COLUMN_GAP = 14;
/** Baselines closer than this are one line. */
const SAME_LINE = 2.5;

export function pdfPagesToText(pages: readonly (readonly PdfTextRun[])[]): string {
  const pageLines = pages.map(linesOfPage);
  const furniture = repeatedFurniture(pageLines);
  const margin = Math.min(...pageLines.flat().map((line) => line[0]?.x ?? Number.POSITIVE_INFINITY));
  const out: string[] = [];
  let columns: number[] | null = null;
  for (const lines of pageLines)
    lines.forEach((line, index) => {
      if (isFurniture(line, index, lines.length, furniture)) return;
      const startsAtMargin = line[0].x - margin < COLUMN_GAP * 3;
      // A row's wrapped text in some of its columns only keeps the table's columns.
      const fits = columns?.length && line.every((f) => columns?.some((x) => Math.abs(f.x - x) < COLUMN_GAP));
      // A header row leaves the label column empty: the table's first column is then the margin.
      if (fits) columns = columns as number[];
      else if (line.length >= 3) columns = [...(startsAtMargin ? [] : [margin]), ...line.map((f) => f.x)];
      else if (startsAtMargin && line.length === 1) columns = null;
      out.push(columns ? cells(line, columns) : line.map((f) => f.text).join(' '));
    });
  return out.join('\n');
}

function linesOfPage(runs: readonly PdfTextRun[]): Fragment[][] {
  const sorted = runs.filter((run) => run.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfTextRun[][] = [];
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
        last.text += run.x - last.end > 1 && !/\s$/.test(last.text) ? ` ${run.text}` : run.text;
        last.end = run.x + run.width;
      } else fragments.push({ text: run.text, x: run.x, end: run.x + run.width });
    }
    return fragments.map((f) => ({ ...f, text: f.text.replace(/\s+/g, ' ').trim() }));
  });
}

/** Each fragment in the column it starts under; empty cells where a wrapped row has no text. */
function cells(line: Fragment[], columns: number[]): string {
  const out = columns.map(() => '');
  for (const fragment of line) {
    let column = 0;
    columns.forEach((x, i) => {
      if (fragment.x >= x - COLUMN_GAP) column = i;
    });
    out[column] = out[column] ? `${out[column]} ${fragment.text}` : fragment.text;
  }
  return out.join('\t');
}

const shape = (line: Fragment[]) =>
  line
    .map((f) => f.text)
    .join(' ')
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();

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
  (index < 2 || index >= count - 2) && furniture.has(shape(line));
