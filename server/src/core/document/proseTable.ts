/**
 * GFM tables as prose writes them (a meeting log, a schedule): a header row, a delimiter row with as
 * many cells, and rows down to a blank line, each line holding pipes, no backslash and no backtick
 * (a pipe in a code span or after a backslash is the table's business, not ours). Read into the
 * nodes remark-gfm gives, or null for remark-parse to read.
 */
import type { AlignType, Table, TableCell, TableRow } from 'mdast';
import { type InlineContext, parseProseInline } from './proseInline';

/** What the table reader needs of the prose reader. */
export interface TableLines extends InlineContext {
  readonly lineCount: number;
  lineStart(line: number): number;
  lineEnd(line: number): number;
  isBlank(line: number): boolean;
  /** Whether text at `at` on `line` can only start a paragraph's line: no block syntax there. */
  startsProse(at: number, line: number): boolean;
  span(start: number, end: number): NonNullable<Table['position']>;
}

const DELIMITER_CELL = /^ *(:?)-+(:?) *$/;

/** The table whose header row is `line`, with the line after it; or null. */
export function readTable(lines: TableLines, line: number): { node: Table; next: number } | null {
  if (line + 1 >= lines.lineCount || !isRowLine(lines, line) || !isDelimiterLine(lines, line + 1)) return null;
  const align = delimiterRow(lines, line + 1);
  const header = row(lines, line);
  if (!align || !header || header.children.length !== align.length) return null;
  const rows = [header];
  let next = line + 2;
  for (; next < lines.lineCount && !lines.isBlank(next); next++) {
    const body = isRowLine(lines, next) ? row(lines, next) : null;
    if (!body) return null;
    rows.push(body);
  }
  const position = lines.span(lines.lineStart(line), lines.lineEnd(next - 1));
  return { node: { type: 'table', align, children: rows, position }, next };
}

/** Whether the line below `line` is a delimiter row (remark-gfm then reads a table, or nothing this reader reads). */
export function startsTable(lines: TableLines, line: number): boolean {
  if (line + 1 >= lines.lineCount) return false;
  const below = lines.text.slice(lines.lineStart(line + 1), lines.lineEnd(line + 1));
  return /^[ |:-]*-[ |:-]*$/.test(below) && /[|:]/.test(below);
}

/**
 * A row: a line with a pipe that starts with one or with prose (a line opening a quote, a list or a
 * heading ends a table instead), nothing a table leaves to others, and no space at either end.
 */
function isRowLine(lines: TableLines, line: number): boolean {
  const start = lines.lineStart(line);
  return (lines.text.charCodeAt(start) === 124 || lines.startsProse(start, line)) && hasCells(lines, line);
}

/** A delimiter row: it starts with a pipe, a colon or a dash not followed by a space (a list item). */
function isDelimiterLine(lines: TableLines, line: number): boolean {
  const start = lines.lineStart(line);
  return !lines.text.startsWith('- ', start) && hasCells(lines, line);
}

function hasCells(lines: TableLines, line: number): boolean {
  const { text } = lines;
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  if (end === start || text.charCodeAt(start) === 32 || text.charCodeAt(end - 1) === 32) return false;
  const content = text.slice(start, end);
  return content.includes('|') && !/[\\`]/.test(content);
}

/** The pipes that part a row's cells: [start, end) of each cell, the leading pipe in the first. */
function cellSpans(lines: TableLines, line: number): [number, number][] {
  const { text } = lines;
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  const cuts: number[] = [start];
  for (let at = text.indexOf('|', start + 1); at >= 0 && at < end - 1; at = text.indexOf('|', at + 1)) cuts.push(at);
  return cuts.map((from, i) => [from, i + 1 < cuts.length ? cuts[i + 1] : end]);
}

function delimiterRow(lines: TableLines, line: number): AlignType[] | null {
  const align: AlignType[] = [];
  for (const [from, to] of cellSpans(lines, line)) {
    const cell = /^\|?(.*?)\|?$/.exec(lines.text.slice(from, to))?.[1] ?? '';
    const parts = DELIMITER_CELL.exec(cell);
    if (!parts) return null;
    align.push(parts[1] && parts[2] ? 'center' : parts[1] ? 'left' : parts[2] ? 'right' : null);
  }
  return align;
}

function row(lines: TableLines, line: number): TableRow | null {
  const { text } = lines;
  const children: TableCell[] = [];
  for (const [from, to] of cellSpans(lines, line)) {
    let contentStart = text.charCodeAt(from) === 124 ? from + 1 : from;
    let contentEnd = to === lines.lineEnd(line) && text.charCodeAt(to - 1) === 124 && to - 1 > from ? to - 1 : to;
    while (contentStart < contentEnd && text.charCodeAt(contentStart) === 32) contentStart++;
    while (contentEnd > contentStart && text.charCodeAt(contentEnd - 1) === 32) contentEnd--;
    if (contentStart === contentEnd) return null;
    const content = parseProseInline(lines, contentStart, contentEnd);
    if (!content) return null;
    children.push({ type: 'tableCell', children: content, position: lines.span(from, to) });
  }
  return { type: 'tableRow', children, position: lines.span(lines.lineStart(line), lines.lineEnd(line)) };
}
