/**
 * The rows and cells of a page's tables, whether a <table> or a grid of other elements that a reader sees
 * as one: ARIA's table roles (`role="table"`, "row", "cell", "columnheader"), which site builders give a
 * grid of <div>s, and a CSS framework's rows of columns (Bootstrap's `.row` of `.col-md-3`, Foundation's
 * `.columns`). A grid whose cells hold a page's headings or many paragraphs lays the page out: no table.
 */
import type { Element } from 'hast';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A rubric's cell holds a few paragraphs or list items; a page's text holds more. */
const PAGE_BLOCKS = 8;
const TABLE_ROLES = new Set(['table', 'grid', 'treegrid']);
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

const roles = (node: Element) =>
  String(node.properties.role ?? '')
    .toLowerCase()
    .split(/\s+/);
const classes = (node: Element) =>
  Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
const elements = (node: Element) => node.children.filter((child): child is Element => child.type === 'element');

/** A cell's heading: a <th>, or a column's or row's header by its role. */
export const isHeaderCell = (cell: Element) =>
  cell.tagName === 'th' || roles(cell).some((role) => role === 'columnheader' || role === 'rowheader');

/** A table that lays the page out: one cell a row (a box around the text), or a cell holding a page's text. */
export function isLayoutGrid(rows: Element[][]): boolean {
  if (rows.every((row) => row.length <= 1)) return true;
  return rows.some((row) => row.some((cell) => holdsHeading(cell) || holdsTitledText(cell)));
}

/** The rows of cells of a grid that is no <table> (ARIA roles, or a framework's rows of columns), else null. */
export function gridRows(node: Element): Element[][] | null {
  const rows = roles(node).some((role) => TABLE_ROLES.has(role))
    ? findAll(node, (n) => roles(n).includes('row')).map((row) =>
        findAll(row, (n) => roles(n).some((r) => CELL_ROLES.has(r))),
      )
    : frameworkRows(node);
  return rows && rows.length >= 2 && !isLayoutGrid(rows) ? rows : null;
}

/** Rows of columns by their class names: two rows or more, each of two columns or more, nothing else. */
function frameworkRows(node: Element): Element[][] | null {
  const children = elements(node);
  if (children.length < 2 || !children.every((row) => classes(row).some((name) => ROW.test(name)))) return null;
  const rows = children.map(elements);
  const isColumn = (cell: Element) => classes(cell).some((name) => COLUMN.test(name));
  return rows.every((cells) => cells.length >= 2 && cells.every(isColumn)) ? rows : null;
}

const ROW = /^(?:row|grid-x|[\w-]+[-_]row)$/i;
const COLUMN = /^(?:col|cell|columns?)(?:-[\w-]+)?$|^[\w-]+[-_](?:col|cell|column)$/i;

/** The elements under `node` that match, not looking inside a match. */
function findAll(node: Element, match: (node: Element) => boolean): Element[] {
  return elements(node).flatMap((child) => (match(child) ? [child] : findAll(child, match)));
}

/**
 * A cell holding a page's text: many paragraphs, or a title in bold over three paragraphs or more (a Word
 * template's borderless table, "Part 1" beside "Overview Questions" and its instructions and questions).
 */
function holdsTitledText(cell: Element): boolean {
  const blocks = blocksIn(cell);
  return blocks >= PAGE_BLOCKS || (blocks >= TITLED_BLOCKS && findAll(cell, isBoldParagraph).length > 0);
}

const TITLED_BLOCKS = 4;
const BOLD = new Set(['strong', 'b']);
/** A paragraph all in bold: a title where a document has no heading styles. */
const isBoldParagraph = (node: Element) =>
  node.tagName === 'p' &&
  elements(node).length > 0 &&
  node.children.every((child) =>
    child.type === 'text' ? !child.value.trim() : child.type === 'element' && BOLD.has(child.tagName),
  );

const holdsHeading = (node: Element): boolean =>
  node.children.some((child) => child.type === 'element' && (HEADINGS.has(child.tagName) || holdsHeading(child)));

function blocksIn(node: Element): number {
  let count = 0;
  for (const child of node.children)
    if (child.type === 'element') count += (child.tagName === 'p' || child.tagName === 'li' ? 1 : 0) + blocksIn(child);
  return count;
}
