/**
 * mammoth's HTML → an mdast tree: footnotes become GFM footnotes placed right after the block
 * that cites them (a section keeps its own footnotes' words), paragraph markers become each
 * block's Word paragraph number (`data.paragraph`), non-breaking spaces plain spaces.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { defaultHandlers, type Handle } from 'hast-util-to-mdast';
import type { FootnoteDefinition, Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { CANDIDATE_CLASS, MARKER } from './wordHtml';

/** What each block of the tree may carry. */
export interface WordBlockData {
  /** The Word paragraph it came from (1-based, counting paragraphs with text or an image). */
  paragraph?: number;
  /** A short bold or larger line: a heading if it matches the rubric. */
  candidate?: boolean;
}

const NOTE_LINK = /^#(footnote|endnote)-(\d+)$/;
const NOTE_ITEM = /^(footnote|endnote)-(\d+)$/;
const BACK_LINK = /^#(footnote|endnote)-ref-\d+$/;
const FOOTNOTE_TAG = 'rw-footnote';

const handlers: Record<string, Handle> = {
  sup(state, node) {
    const link = node.children.length === 1 ? node.children[0] : null;
    const href = link?.type === 'element' && link.tagName === 'a' ? String(link.properties.href ?? '') : '';
    const note = NOTE_LINK.exec(href);
    if (!note) return state.all(node);
    const identifier = `${note[1] === 'endnote' ? 'e' : ''}${note[2]}`;
    return { type: 'footnoteReference', identifier, label: identifier };
  },
  p(state, node) {
    const classes = node.properties.className;
    const result = defaultHandlers.p(state, node);
    if (Array.isArray(classes) && classes.includes(CANDIDATE_CLASS) && result && !Array.isArray(result))
      result.data = { ...result.data, candidate: true } as typeof result.data;
    return result;
  },
  // A check box (a content control, a form field) is the box Word shows: a symbol, no word, where the converter's
  // input became the text "[x]".
  input(state, node) {
    if (node.properties.type !== 'checkbox') return defaultHandlers.input(state, node);
    return { type: 'text', value: node.properties.checked ? '\u2612' : '\u2610' };
  },
  td: (state, node) => spacedCell(defaultHandlers.td(state, node)),
  th: (state, node) => spacedCell(defaultHandlers.th(state, node)),
  [FOOTNOTE_TAG](state, node) {
    const identifier = String(node.properties.dataIdentifier);
    const definition: FootnoteDefinition = {
      type: 'footnoteDefinition',
      identifier,
      label: identifier,
      children: state.toFlow(state.all(node)) as FootnoteDefinition['children'],
    };
    return definition;
  },
};

/** A cell's paragraphs become one line of Markdown: a space between them keeps their words apart. */
function spacedCell(result: ReturnType<Handle>): ReturnType<Handle> {
  if (!result || Array.isArray(result) || result.type !== 'tableCell') return result;
  const children: PhrasingContent[] = [];
  result.children.forEach((child, i) => {
    const block = (node: Nodes | undefined) => node !== undefined && !PHRASING.has(node.type);
    if (i > 0 && (block(child) || block(result.children[i - 1]))) children.push({ type: 'text', value: ' ' });
    children.push(child);
  });
  result.children = children;
  return result;
}

const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'link',
  'inlineCode',
  'image',
  'break',
  'footnoteReference',
]);

export async function htmlToTree(html: string): Promise<Root> {
  const hast = unified().use(rehypeParse, { fragment: true }).parse(html) as HastRoot;
  liftNotes(hast);
  unwrapLayoutTables(hast);
  headingBreaksAsSpaces(hast);
  headerRows(hast);
  unwrapBookmarks(hast);
  const tree = (await unified().use(rehypeRemark, { handlers }).run(hast)) as Root;
  numberBlocks(tree);
  placeFootnotes(tree);
  relativeLinksWithSlashes(tree);
  return tree;
}

/** A scheme (`https:`, `mailto:`, a drive letter's `C:`) or a fragment: not a path relative to the draft. */
const NOT_RELATIVE = /^(?:[a-z][a-z\d+.-]*:|#)/i;

/**
 * Word writes a link to a file beside the draft with Windows' separators (`Videos\practice.mp4`); in
 * Markdown, as on the reviewer's side, a path's separator is `/`.
 */
function relativeLinksWithSlashes(node: Nodes): void {
  if (node.type === 'link' && !NOT_RELATIVE.test(node.url)) node.url = node.url.replace(/\\/g, '/');
  if ('children' in node) for (const child of node.children) relativeLinksWithSlashes(child);
}

/** mammoth lists the notes at the end (`<ol><li id="footnote-1">…↑</li></ol>`): each becomes a definition. */
function liftNotes(hast: HastRoot): void {
  hast.children = hast.children.flatMap((child) => {
    if (child.type !== 'element' || child.tagName !== 'ol') return [child];
    const items = child.children.filter((item): item is Element => item.type === 'element');
    const notes = items.map((item) => NOTE_ITEM.exec(String(item.properties.id ?? '')));
    if (items.length === 0 || notes.some((note) => !note)) return [child];
    return items.map((item, i) => {
      const [, kind, number] = notes[i]!;
      const element: Element = {
        type: 'element',
        tagName: FOOTNOTE_TAG,
        properties: { dataIdentifier: `${kind === 'endnote' ? 'e' : ''}${number}` },
        children: withoutBackLinks(item.children),
      };
      return element;
    });
  });
}

const elements = (children: readonly ElementContent[] | HastRoot['children'], tag: string) =>
  children.filter((child): child is Element => child.type === 'element' && child.tagName === tag);
const rowsOf = (table: Element) => [
  ...elements(table.children, 'tr'),
  ...elements(table.children, 'tbody').flatMap((body) => elements(body.children, 'tr')),
];

const HEADING_TAG = /^h[1-6]$/;

/**
 * A table of one column is a layout, not data: a writer who puts each Part in a cell of its own
 * writes paragraphs and headings. So is a table with a heading in a cell (a Part's heading in the
 * left column, its text in the right), as no data table holds one. Its cells' content takes its
 * place, row by row, each row's cells in reading order.
 */
function unwrapLayoutTables(node: HastRoot | Element): void {
  const children: (HastRoot['children'][number] | ElementContent)[] = [];
  for (const child of node.children) {
    if (child.type === 'element') unwrapLayoutTables(child);
    const rows = child.type === 'element' && child.tagName === 'table' ? rowsOf(child) : [];
    const cells = rows.map((row) => elements(row.children, 'td'));
    const layout =
      rows.length > 0 &&
      (cells.every((row) => row.length === 1) ||
        cells.some((row) => row.some((cell) => cell.children.some(isHeadingElement))));
    if (layout) children.push(...cells.flatMap((row) => row.flatMap((cell) => cell.children)));
    else children.push(child);
  }
  node.children = children as typeof node.children;
}

const isHeadingElement = (node: ElementContent) => node.type === 'element' && HEADING_TAG.test(node.tagName);

/**
 * A line break typed in a heading (Shift+Enter, to set "Part 3" above "Reflection") is a space in its
 * title, as in Word's navigation pane: a Markdown heading is one line.
 */
function headingBreaksAsSpaces(node: HastRoot | Element, inHeading = false): void {
  node.children = node.children.map((child) =>
    inHeading && child.type === 'element' && child.tagName === 'br' ? { type: 'text', value: ' ' } : child,
  ) as typeof node.children;
  for (const child of node.children)
    if (child.type === 'element') headingBreaksAsSpaces(child, inHeading || HEADING_TAG.test(child.tagName));
}

/** Word tables have no header cells; Markdown's first row is its header, so Word's first row becomes it. */
function headerRows(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'table') {
      const rows = child.children.flatMap((c) => (c.type === 'element' && c.tagName === 'tbody' ? c.children : [c]));
      const first = rows.find((row): row is Element => row.type === 'element' && row.tagName === 'tr');
      for (const cell of first?.children ?? [])
        if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
    }
    headerRows(child);
  }
}

/** A bookmark (`<a id="_Toc12">`, which Word puts on headings a table of contents links to) is no link. */
function unwrapBookmarks(node: HastRoot | Element): void {
  node.children = node.children.flatMap((child) =>
    child.type === 'element' && child.tagName === 'a' && child.properties.href === undefined ? child.children : [child],
  ) as typeof node.children;
  for (const child of node.children) if (child.type === 'element') unwrapBookmarks(child);
}

function withoutBackLinks(children: ElementContent[]): ElementContent[] {
  return children
    .filter((c) => !(c.type === 'element' && c.tagName === 'a' && BACK_LINK.test(String(c.properties.href ?? ''))))
    .map((c) => (c.type === 'element' ? { ...c, children: withoutBackLinks(c.children) } : c));
}

const NUMBERED = new Set(['paragraph', 'heading', 'tableCell']);

/** Moves each paragraph marker's number to its block, and reads non-breaking spaces as spaces. */
function numberBlocks(tree: Root): void {
  const visit = (node: Nodes, block: Nodes | null) => {
    const own = NUMBERED.has(node.type) ? node : block;
    if (node.type === 'text') {
      node.value = node.value
        .replace(MARKER, (_m, n: string, end: string) => {
          if (own) {
            const data = (own.data ??= {}) as WordBlockData;
            data.paragraph ??= Number(n);
            if (end === '\uE002') data.candidate = true;
          }
          return '';
        })
        .replace(/\u00a0/g, ' ');
    }
    if ('children' in node) for (const child of node.children) visit(child, own);
  };
  visit(tree, null);
  trimBlockEdges(tree);
  removeEmptyText(tree);
}

/**
 * Whitespace at a block's start or end (a page break or a tab before the first word, once its paragraph's marker
 * is gone) is nothing a reader sees: Markdown would keep it as a character reference (`&#x20;Part 3`).
 */
function trimBlockEdges(node: Nodes): void {
  if (!('children' in node)) return;
  if (NUMBERED.has(node.type)) {
    const first = node.children[0];
    const last = node.children.at(-1);
    if (first?.type === 'text') first.value = first.value.replace(/^[ \t]+/, '');
    if (last?.type === 'text') last.value = last.value.replace(/[ \t]+$/, '');
  }
  for (const child of node.children) trimBlockEdges(child);
}

function removeEmptyText(node: Nodes): void {
  if (!('children' in node)) return;
  (node as Parent).children = (node as Parent).children.filter((c) => !(c.type === 'text' && c.value === ''));
  for (const child of (node as Parent).children) removeEmptyText(child);
}

/** Each definition goes right after the top-level block that first cites it; uncited ones stay at the end. */
function placeFootnotes(tree: Root): void {
  const definitions = new Map<string, FootnoteDefinition>();
  const body: RootContent[] = [];
  for (const child of tree.children) {
    if (child.type === 'footnoteDefinition') definitions.set(child.identifier, child);
    else body.push(child);
  }
  if (definitions.size === 0) return;
  const placed: RootContent[] = [];
  for (const block of body) {
    placed.push(block);
    for (const identifier of citations(block)) {
      const definition = definitions.get(identifier);
      if (!definition) continue;
      placed.push(definition);
      definitions.delete(identifier);
    }
  }
  tree.children = [...placed, ...definitions.values()];
}

function citations(node: Nodes, out: string[] = []): string[] {
  if (node.type === 'footnoteReference') out.push(node.identifier);
  if ('children' in node) for (const child of node.children) citations(child, out);
  return out;
}
