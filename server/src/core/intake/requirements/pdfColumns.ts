/**
 * A page set in two text columns (a newsletter, a LibreOffice or Word section with columns) puts
 * left-column lines beside right-column lines. Read by baseline, every line would join two unrelated
 * sentences; a band of columns is read as a reader does: each column down to its end, in the order
 * the page draws them (which puts what follows the columns after both).
 */

/** Text on one baseline, from x to end (points); `order` is where its first run is in the page's stream. */
export interface Fragment {
  text: string;
  x: number;
  end: number;
  order: number;
  /** The runs it is made of, each with the text it added (a space before it where there was a gap). */
  parts?: { x: number; end: number; text: string }[];
  /** Its first run's font and size, as "name size". */
  style?: string;
  /** In a band of two text columns, where lines are narrow and wrap often. */
  inColumns?: boolean;
}

/** A band of columns holds at least this many lines on each side. */
const FEWEST_LINES = 4;

/** The page's lines, with each band of two text columns read column by column. */
export function inColumnOrder(lines: Fragment[][], gap: number): Fragment[][] {
  const gutter = gutterOf(lines, gap);
  if (gutter === null) return lines;
  const out: Fragment[][] = [];
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && sides(lines[end], gutter, gap)) end++;
    const band = lines.slice(i, end);
    if (band.length && isColumnBand(band, gutter, gap)) {
      const halves = band.flatMap((line) => {
        const left = line.filter((f) => f.x < gutter - gap);
        const right = line.filter((f) => f.x >= gutter - gap);
        return [left, right].filter((half) => half.length).map((half) => half.map((f) => ({ ...f, inColumns: true })));
      });
      out.push(...halves.sort((a, b) => a[0].order - b[0].order));
    } else out.push(...band);
    if (end === i) out.push(lines[end++]);
    i = end;
  }
  return out;
}

/**
 * A line that keeps to the columns: each fragment on one side of the gutter, one a side at most, besides a
 * list item's label set apart from its text ("1." then "Which writers did you follow?").
 */
function sides(line: Fragment[], gutter: number, gap: number): boolean {
  const left = line.filter((f) => f.end <= gutter - gap / 2);
  const right = line.filter((f) => f.x >= gutter - gap);
  const one = (side: Fragment[]) => side.length <= 1 || (side.length === 2 && LIST_LABEL.test(side[0].text));
  return left.length + right.length === line.length && one(left) && one(right);
}

const LIST_LABEL = /^(?:\d{1,2}[.)]|[a-z][.)]|[•●◦▪■➢–-])$/i;

/** Where the right column starts: the x most fragments start at, away from the left margin. */
function gutterOf(lines: Fragment[][], gap: number): number | null {
  const margin = Math.min(...lines.map((line) => line[0]?.x ?? Number.POSITIVE_INFINITY));
  const starts = lines.flatMap((line) => line.filter((f) => f.x > margin + gap * 5).map((f) => f.x));
  starts.sort((a, b) => a - b);
  let best: number | null = null;
  let most = 0;
  // The start with the most others within half a gap after it (a window sliding over the sorted starts).
  for (let i = 0, j = 0; i < starts.length; i++) {
    while (j < starts.length && starts[j] - starts[i] < gap / 2) j++;
    if (j - i > most) [best, most] = [starts[i], j - i];
  }
  return most >= FEWEST_LINES ? best : null;
}

/**
 * Lines on both sides, the right ones starting at the gutter, and the left ones filling their column
 * up to near it as wrapped prose does (most of a two-column table's labels stop well short of it).
 */
function isColumnBand(band: Fragment[][], gutter: number, gap: number): boolean {
  const left = band.flatMap((line) => line.filter((f) => f.x < gutter - gap));
  const right = band.flatMap((line) => line.filter((f) => f.x >= gutter - gap));
  if (left.length < FEWEST_LINES || right.length < FEWEST_LINES) return false;
  if (right.filter((f) => Math.abs(f.x - gutter) < gap).length * 2 < right.length) return false;
  const margin = Math.min(...left.map((f) => f.x));
  const full = left.filter((f) => gutter - f.end < (gutter - margin) / 3);
  return full.length * 2 >= left.length;
}
