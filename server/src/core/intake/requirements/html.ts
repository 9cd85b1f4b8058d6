/** A saved web page (or a Word document converted to HTML) as requirement lines: blocks, list items, table rows. */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { type PageNotes, pageNotes } from './htmlNotes';
import { gridRows, isHeaderCell, isLayoutGrid } from './htmlGrids';
import {
  InlineText,
  isBareMark,
  isListMarkSpacer,
  isNumberMark,
  joinInline,
  labellingTerms,
  shownTemplate,
  splitRunInTitle,
} from './htmlInline';
import { openablePanels, panelOpeners } from './htmlPanels';
import { nestedRatingLines } from './htmlRatings';
import { breadcrumbTexts, headingLinkTools, isAttachmentList, isPagerLink, withoutSitePrefix } from './htmlSite';

/** A line break inside a block, kept apart from the page source's own newlines. */
const BREAK = '\u2028';
/** Never the page's text: its code, its menus, and its controls (a button's, a drop-down's, a text box's words). */
const SKIPPED = new Set([
  ...['head', 'script', 'style', 'noscript', 'template', 'nav', 'svg', 'iframe'],
  ...['button', 'form', 'select', 'textarea'],
]);
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
  const notes = pageNotes(tree);
  const panels = openablePanels(tree);
  const unseen = (node: Element) => !panels.has(node) && isUnseen(node);
  const openers = panelOpeners(tree);
  const title = titleParagraph(tree);
  const terms = labellingTerms(tree);
  const linkTools = headingLinkTools(tree);
  const lines: string[] = [];
  let current = new InlineText();
  /** A list item's or a title's mark, kept for the text of the first block inside it (`<li><p>…`). */
  let mark = '';
  /** The term of a definition list (`<dt>Proficient</dt><dd>…</dd>`), a label for its description. */
  let term: string | null = null;
  const flush = () => {
    for (const part of current.toString().split(BREAK)) {
      const line = part.replace(/[ \t\f\r\n\u00a0]+/g, ' ').trim();
      if (!line) continue;
      lines.push(term !== null && lines.at(-1) === term ? `${lines.pop()}: ${line}` : `${mark}${line}`);
      [mark, term] = ['', null];
    }
    current = new InlineText();
  };
  /** How many sectioning elements the walk is inside: a footer outside them all is the site's. */
  let sectioning = 0;
  const visit = (node: RootContent | ElementContent | Root): void => {
    if (node.type === 'text') current.add(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    const name = node.type === 'element' ? node.tagName : '';
    const shadow = node.type === 'element' ? shownTemplate(node) : null;
    if (shadow) return void visit(shadow);
    if (node.type === 'element' && SKIPPED.has(name) && !openers.has(node)) return;
    if (node.type === 'element' && unseen(node)) return;
    if (node.type === 'element' && (isSiteFooter(node, sectioning) || isSiteFurniture(node, sectioning))) return;
    if (node.type === 'element' && (isAttachmentList(node) || isPagerLink(node) || linkTools.has(node))) return;
    if (node.type === 'element' && isListMarker(node)) return void (mark = '- ');
    if (node.type === 'element' && isListMarkSpacer(node)) {
      const before = current.toString().trim();
      if (before.length <= 3 && !isNumberMark(before)) [current, mark] = [new InlineText(), '- '];
      return;
    }
    if (node.type === 'element' && notes.moved.has(node)) return;
    const note = node.type === 'element' ? notes.byReference.get(node) : undefined;
    if (note) return void current.add(` (${note})`, false);
    if (node.type === 'element' && isBareMark(node) && !holdsNote(node, notes)) return;
    if (name === 'br') return void current.add(BREAK, false);
    const grid = node.type === 'element' ? tableOf(node) : null;
    if (grid) {
      flush();
      lines.push(...tableLines(grid, notes));
      return;
    }
    // Only a layout table's cells are walked: each holds blocks of the page, not a rubric's cell.
    const block = BLOCKS.has(name) || name === 'li' || name === 'td' || name === 'th';
    if (block) flush();
    if (name === 'li') mark = '- ';
    if (name === 'p' || name === 'div') splitRunInTitle(node as Element, BREAK);
    // The page's title heading stays marked, so the reader knows the credential's title from the site's.
    if (name === 'h1' || node === title) mark = '# ';
    const sections = node.type === 'element' && isSectioning(node);
    if (sections) sectioning++;
    for (const child of node.children) visit(child);
    if (sections) sectioning--;
    if (block) flush();
    if (name === 'li' || name === 'h1' || node === title) mark = '';
    if (name === 'dt') term = terms.has(node as Element) ? (lines.at(-1) ?? null) : null;
  };
  visit(tree);
  flush();
  const crumbs = breadcrumbTexts(tree);
  return lines.map((line) => withoutSitePrefix(line, crumbs)).join('\n');
}

/**
 * A document's paragraph in its Title style, as Google Docs (`class="title"`) and Word (`class=MsoTitle`)
 * write it, before any <h1> (a document's first Heading 1, "Key Method", comes after its title): the page's
 * title heading, before the file's name a published page shows above it.
 */
function titleParagraph(tree: Root): Element | null {
  let found: Element | null = null;
  let h1 = false;
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element' || h1 || found) continue;
      if (child.tagName === 'h1') h1 = true;
      const names = Array.isArray(child.properties.className) ? child.properties.className.map(String) : [];
      if (child.tagName === 'p' && names.some((name) => /^(?:title|MsoTitle)$/.test(name))) found = child;
      walk(child);
    }
  };
  walk(tree);
  return found;
}

const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);
/** A learning platform's or a site's own markup for the content and the site's parts (ARIA landmarks). */
const SECTIONING_ROLES = new Set(['main', 'article', 'region']);
const roleOf = (node: Element) => String(node.properties.role ?? '').toLowerCase();
const isSectioning = (node: Element) => SECTIONING.has(node.tagName) || SECTIONING_ROLES.has(roleOf(node));

/**
 * The site's menus (a `role="navigation"` list, as a `<nav>`), its search box, and a side bar outside the
 * page's content (an `<aside>` or `role="complementary"`: recent posts, a course's "To Do" with a quiz's
 * points): not the page's text. A box inside the content (a tip beside a Part) is read.
 */
const isSiteFurniture = (node: Element, sectioning: number) => {
  const role = roleOf(node);
  if (role === 'navigation' || role === 'search' || isReadersComments(node) || isLinkBar(node)) return true;
  return sectioning === 0 && (node.tagName === 'aside' || role === 'complementary');
};

/**
 * A bar of three links or more with nothing between them but spaces or separators ("Home · Courses · Groups"):
 * a site's menu written without <nav>, never the page's title.
 */
function isLinkBar(node: Element): boolean {
  if (node.tagName !== 'div' && node.tagName !== 'p') return false;
  const links = node.children.filter((child) => child.type === 'element' && child.tagName === 'a');
  const other = node.children.filter((child) => !links.includes(child));
  return links.length >= 3 && other.every((child) => child.type === 'text' && /^[\s|·•/>»-]*$/.test(child.value));
}

/**
 * Readers' comments under a post (WordPress's `#comments` / `.comments-area` and its reply box, Disqus's
 * thread): what readers asked, not what the credential requires.
 */
function isReadersComments(node: Element): boolean {
  const { id, className } = node.properties;
  const names = [...(typeof id === 'string' ? [id] : []), ...(Array.isArray(className) ? className.map(String) : [])];
  return names.some((name) => COMMENTS.test(name));
}

const COMMENTS = /^(?:comments|comments-area|comment-list|comment-respond|respond|disqus_thread)$/i;

/** The page's own footer (copyright, links), outside any article or section, or marked as the page's. */
const isSiteFooter = (node: Element, sectioning: number) =>
  node.properties.role === 'contentinfo' || (node.tagName === 'footer' && sectioning === 0);

/** A rubric's rows of cells: a <table>'s own, or a grid's (htmlGrids.ts); none for a table laying the page out. */
function tableOf(node: Element): Element[][] | null {
  if (node.tagName !== 'table') return gridRows(node);
  const rows = rowsOf(node).map(cellsOf);
  return isLayoutGrid(rows) ? null : rows;
}

/**
 * The cells a table's spans may fill in all: far more than any rubric has, few enough that a page whose cells
 * each span a hundred rows and columns is read at once. Past them a cell fills only its own place.
 */
const SPANNED_CELLS = 200_000;

/** A table's rows, one a line with tab-separated cells; a cell spanning rows or columns fills each it spans. */
function tableLines(table: Element[][], notes: PageNotes): string[] {
  const nested = nestedRatingLines(table, (node) => textOf(node, notes));
  if (nested) return nested;
  // Rows of a header cell and one value (a platform's "Attempt number | 1", a page's "Created | …"): properties.
  if (
    table.length > 1 &&
    table.every((cells) => cells.length === 2 && isHeaderCell(cells[0]) && !isHeaderCell(cells[1]))
  )
    return table.map((cells) => cells.map((cell) => textOf(cell, notes).replace(/\s+/g, ' ').trim()).join(': '));
  const grid: { text: string; header: boolean }[][] = [];
  /** A first row of plain cells with one spanning columns ("Performance level" over the levels). */
  let groupedFirstRow = false;
  let filled = 0;
  table.forEach((cells, r) => {
    grid[r] ??= [];
    let column = 0;
    for (const cell of cells) {
      while (grid[r][column]) column++;
      const text = textOf(cell, notes).replace(/\s+/g, ' ').trim();
      const header = isHeaderCell(cell);
      // A row span ends with the table (as HTML's table model has it); past the budget, a span is its cell alone.
      const [rows, columns] =
        filled < SPANNED_CELLS
          ? [Math.min(span(cell.properties.rowSpan), table.length - r), span(cell.properties.colSpan)]
          : [1, 1];
      filled += rows * columns;
      groupedFirstRow ||= r === 0 && !header && column > 0 && columns > 1;
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < columns; j++) {
          grid[r + i] ??= [];
          // A body cell spanning the row from its label (a group's heading) or in the first row (a heading
          // over the levels) is said once; one spanning levels in a row below ("Basic" and "Developing"
          // alike) holds for each, as headers and row spans do.
          grid[r + i][column + j] = { text: j === 0 || header || (column > 0 && r > 0) ? text : '', header };
        }
      column += columns;
    }
  });
  const rows = grid.map((row) => Array.from(row, (cell) => cell ?? { text: '', header: false }));
  // Made of plain cells, the row under a grouped first row names the columns; its empty cells take the first's.
  if (groupedFirstRow && rows.length > 2) {
    const [group, names] = rows.splice(0, 2);
    rows.unshift(names.map((cell, i) => (cell.text ? cell : (group[i] ?? cell))));
  }
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
function textOf(node: ElementContent, notes: PageNotes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || SKIPPED.has(node.tagName) || isUnseen(node) || notes.moved.has(node)) return '';
  if (node.tagName === 'br') return ' ';
  const note = notes.byReference.get(node);
  if (note) return ` (${note})`;
  if (isBareMark(node) && !holdsNote(node, notes)) return '';
  const text = joinInline(node.children.map((child) => textOf(child, notes)));
  return BLOCKS.has(node.tagName) || CELL_PARTS.has(node.tagName) ? ` ${text} ` : text;
}

/** An element holding a note's reference mark, which says the note's words where it stands. */
const holdsNote = (node: Element, notes: PageNotes): boolean =>
  notes.byReference.has(node) || node.children.some((child) => child.type === 'element' && holdsNote(child, notes));

const CELL_PARTS = new Set(['li', 'tr', 'td', 'th']);

/**
 * What a reader of the page never sees as its text: hidden elements (`hidden`, `display: none`,
 * `visibility: hidden`, `aria-hidden` menus and icons), and a document's comments as Word and Google
 * Docs print them in a saved page (the reference mark in the text and the comment after the body).
 */
function isUnseen(node: Element): boolean {
  const { hidden, style, className, href, ariaHidden } = node.properties;
  if (hidden !== undefined && hidden !== false) return true;
  if (ariaHidden === 'true') return true;
  const css = typeof style === 'string' ? style.replace(/\s+/g, '').toLowerCase() : '';
  if (/(?:^|;)(?:display:none|visibility:hidden|mso-element:comment)/.test(css)) return true;
  if (Array.isArray(className) && className.some((name) => /^msocom/i.test(String(name)))) return true;
  return node.tagName === 'a' && typeof href === 'string' && /^#cmnt(?:_ref)?\d+$/.test(href)
    ? true
    : isGoogleDocsComment(node);
}

/** Google Docs prints each comment as a block whose first link leads back to the reference (`#cmnt_ref1`). */
function isGoogleDocsComment(node: Element): boolean {
  if (node.tagName !== 'div') return false;
  const first = firstLink(node);
  return typeof first?.properties.href === 'string' && /^#cmnt_ref\d+$/.test(first.properties.href);
}

function firstLink(node: Element): Element | null {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'a') return child;
    const found = firstLink(child);
    if (found) return found;
  }
  return null;
}

/**
 * A list item's number or bullet as Word writes it in a saved web page: text in a span marked
 * `mso-list: Ignore` ("·" in Symbol, "o" in Courier New, "1."), which is no part of the item's words.
 */
function isListMarker(node: Element): boolean {
  const style = node.properties.style;
  return typeof style === 'string' && /mso-list:\s*ignore/i.test(style);
}
