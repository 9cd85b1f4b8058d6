/**
 * A rubric whose row holds its ratings in a table of their own, one cell a rating (Canvas writes each
 * criterion so: its points, the level's name and its text in blocks, one above the other). Read as the
 * printed page shows it: the ratings side by side in the row's columns, each block on a line of its own.
 */
import type { Element } from 'hast';

const elements = (node: Element) => node.children.filter((child): child is Element => child.type === 'element');

/** The one-row table a cell holds and nothing else: its cells, the ratings. */
function ratingsIn(cell: Element, text: (node: Element) => string): Element[] | null {
  const [table, ...rest] = elements(cell).flatMap((child) => (child.tagName === 'table' ? [child] : []));
  if (!table || rest.length) return null;
  const rows = elements(table).flatMap((part) => (part.tagName === 'tr' ? [part] : elements(part)));
  const cells = rows.length === 1 ? elements(rows[0]).filter((c) => c.tagName === 'td' || c.tagName === 'th') : [];
  return cells.length >= 2 && text(cell).trim() === text(table).trim() ? cells : null;
}

/** The lines of a table whose rows hold their ratings in tables of their own; null for any other table. */
export function nestedRatingLines(rows: Element[][], text: (node: Element) => string): string[] | null {
  const nested = rows.map((row) => row.findIndex((cell, i) => i > 0 && ratingsIn(cell, text)));
  if (!nested.some((at) => at > 0)) return null;
  return rows.flatMap((row, r) => {
    const at = nested[r];
    const cells = row.map((cell) => text(cell).replace(/\s+/g, ' ').trim());
    if (at < 0) return [cells.join('\t')];
    const ratings = (ratingsIn(row[at], text) ?? []).map((cell) => {
      const blocks = elements(cell).map((block) => text(block).replace(/\s+/g, ' ').trim());
      return blocks.length ? blocks.filter(Boolean) : [text(cell).replace(/\s+/g, ' ').trim()];
    });
    const depth = Math.max(...ratings.map((blocks) => blocks.length));
    return Array.from({ length: depth }, (_, k) =>
      [
        ...cells.slice(0, at).map((cell) => (k === 0 ? cell : '')),
        ...ratings.map((blocks) => blocks[k] ?? ''),
        // The criterion's points, as the grading view writes them ("/ 3 pts": out of 3), as a print shows them.
        ...cells.slice(at + 1).map((cell) => (k === 0 ? cell.replace(/^\/\s*(?=\d)/, '') : '')),
      ].join('\t'),
    );
  });
}
