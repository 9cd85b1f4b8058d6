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
  const flush = () => {
    for (const part of current.split(BREAK)) {
      const line = part.replace(/[ \t\f\r\n\u00a0]+/g, ' ').trim();
      if (line) lines.push(line);
    }
    current = '';
  };
  const visit = (node: RootContent | ElementContent | Root): void => {
    if (node.type === 'text') current += node.value;
    if (node.type !== 'element' && node.type !== 'root') return;
    const name = node.type === 'element' ? node.tagName : '';
    if (SKIPPED.has(name)) return;
    if (name === 'br') return void (current += BREAK);
    if (name === 'tr') {
      flush();
      lines.push(cellsOf(node as Element).join('\t'));
      return;
    }
    const block = BLOCKS.has(name) || name === 'li';
    if (block) flush();
    if (name === 'li') current = '- ';
    for (const child of node.children) visit(child);
    if (block) flush();
  };
  visit(tree);
  flush();
  return lines.join('\n');
}

function cellsOf(row: Element): string[] {
  return row.children
    .filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'))
    .map((cell) => textOf(cell).replace(/\s+/g, ' ').trim());
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || SKIPPED.has(node.tagName)) return '';
  return node.children.map(textOf).join(node.tagName === 'p' || node.tagName === 'li' ? ' ' : '');
}
