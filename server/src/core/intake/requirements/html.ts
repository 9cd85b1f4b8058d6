/** A saved web page (or a Word document converted to HTML) as requirement lines: blocks, list items, table rows. */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** A line break inside a block, kept apart from the page source's own newlines. */
const BREAK = '\u2028';
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'nav', 'svg', 'button', 'form', 'iframe']);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'dd',
  'figcaption',
  'caption',
  'pre',
  'ul',
  'ol',
  'dl',
  'table',
]);

/** The page's text, one block a line; a list item starts with "- ", a table row's cells are tab-separated. */
export function htmlToRequirementText(html: string): string {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const lines: string[] = [];
  let current = '';
  /** A list item's or a title's mark, kept for the text of the first block inside it (`<li><p>…`). */
  let mark = '';
  /** The term of a definition list (`<dt>Proficient</dt><dd>…</dd>`), a label for its description. */
  let term: string | null = null;
  const flush = () => {
    for (const part of current.split(BREAK)) {
      const line = part.replace(/[ \t\f\r\n\u00a0]+/g, ' ').trim();
      if (!line) continue;
      lines.push(term !== null && lines.at(-1) === term ? `${lines.pop()}: ${line}` : `${mark}${line}`);
      [mark, term] = ['', null];
    }
    current = '';
  };
  const visit = (node: RootContent | ElementContent | Root): void => {
    if (node.type === 'text') current += node.value;
    if (node.type !== 'element' && node.type !== 'root') return;
    const name = node.type === 'element' ? node.tagName : '';
    if (SKIPPED.has(name)) return;
    if (name === 'br') return void (current += BREAK);
    if (name === 'table') {
      flush();
      lines.push(...tableLines(node as Element));
      return;
    }
    const block = BLOCKS.has(name) || name === 'li';
    if (block) flush();
    if (name === 'li') mark = '- ';
    // The page's title heading stays marked, so the reader knows the credential's title from the site's.
    if (name === 'h1') mark = '# ';
    for (const child of node.children) visit(child);
    if (block) flush();
    if (name === 'li' || name === 'h1') mark = '';
    if (name === 'dt') term = lines.at(-1) ?? null;
  };
  visit(tree);
  flush();
  return lines.join('\n');
}

/** A table's rows, one a line with tab-separated cells; a cell spanning rows or columns fills each it spans. */
function tableLines(table: Element): string[] {
  const grid: { text: string; header: boolean }[][] = [];
  rowsOf(table).forEach((row, r) => {
    grid[r] ??= [];
    let column = 0;
    for (const cell of cellsOf(row)) {
      while (grid[r][column]) column++;
      const text = textOf(cell).replace(/\s+/g, ' ').trim();
      const header = cell.tagName === 'th';
      const rows = span(cell.properties.rowSpan);
      const columns = span(cell.properties.colSpan);
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < columns; j++) {
          grid[r + i] ??= [];
          // A body cell spanning columns (a group's heading) is said once; headers and row spans repeat.
          grid[r + i][column + j] = { text: j === 0 || header ? text : '', header };
        }
      column += columns;
    }
  });
  const rows = grid.map((row) => Array.from(row, (cell) => cell ?? { text: '', header: false }));
  // Header rows one above the other ("Performance level" spanning the levels): the lowest names the columns.
  return rows
    .filter((row, i) => !(isHeaderRow(row) && rows[i + 1] && isHeaderRow(rows[i + 1])))
    .map((row) => row.map((cell) => cell.text).join('\t'));
}

const isHeaderRow = (row: { header: boolean }[]) => row.length > 0 && row.every((cell) => cell.header);
const span = (value: unknown) => Math.min(Math.max(Number(value) || 1, 1), 100);

/** The table's own rows (in thead, tbody, tfoot or directly), not those of a table nested in a cell. */
function rowsOf(node: Element): Element[] {
  return node.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    if (child.tagName === 'tr') return [child];
    return ['thead', 'tbody', 'tfoot'].includes(child.tagName) ? rowsOf(child) : [];
  });
}

function cellsOf(row: Element): Element[] {
  return row.children.filter(
    (cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'),
  );
}

/** A cell's text: its paragraphs, list items and nested table cells apart by a space. */
function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || SKIPPED.has(node.tagName)) return '';
  if (node.tagName === 'br') return ' ';
  const text = node.children.map(textOf).join('');
  return BLOCKS.has(node.tagName) || CELL_PARTS.has(node.tagName) ? ` ${text} ` : text;
}

const CELL_PARTS = new Set(['li', 'tr', 'td', 'th']);
