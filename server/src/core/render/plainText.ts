/**
 * A section as plain text, the way a credential platform's text box wants it: no Markdown marks,
 * no comments; paragraphs separated by blank lines, list items as "- " lines, link URLs kept in
 * parentheses, subheadings as lines of their own.
 */
import type { Nodes, Parents, RootContent } from 'mdast';
import type { Analysis } from '../check';
import { documentTree, isLineBreakTag, parseMarkdown } from '../document';
import { hasUriScheme } from '../text';

export function sectionPlainText(analysis: Analysis, sectionId: string): { title: string; text: string } | null {
  const section = analysis.sections.find((s) => s.id === sectionId);
  if (!section?.heading) return null;
  return { title: section.title, text: plainTextBetween(analysis, section.heading.end, section.end) };
}

/**
 * The plain text of the document's [from, to), from the blocks the analysis parsed (lines read as
 * plain text there are plain text here), with references resolved as in the whole document.
 */
export function plainTextBetween(analysis: Analysis, from: number, to: number): string {
  return nodesToPlainText(nodesStartingIn(documentTree(analysis.blocks, from, to).children, from, to));
}

/** The nodes (of a document tree's top level) that start in [from, to) of the document. */
export const nodesStartingIn = (nodes: readonly RootContent[], from: number, to: number) =>
  nodes.filter((node) => {
    const at = node.position?.start.offset ?? 0;
    return at >= from && at < to;
  });

export function markdownToPlainText(markdown: string): string {
  return nodesToPlainText(parseMarkdown(markdown).children);
}

export function nodesToPlainText(nodes: readonly RootContent[]): string {
  const footnotes: string[] = [];
  const blocks = nodes.flatMap((node) => block(node as Nodes, footnotes)).filter((b) => b.length > 0);
  return [...blocks, ...footnotes]
    .join('\n\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

function block(node: Nodes, footnotes: string[]): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [inline(node).trim()];
    case 'list':
      return [list(node, 0, footnotes)];
    case 'blockquote':
      return node.children.flatMap((child) => block(child as Nodes, footnotes));
    case 'table':
      return [node.children.map((row) => row.children.map((cell) => inline(cell).trim()).join(' | ')).join('\n')];
    case 'code':
      return [node.value];
    case 'footnoteDefinition':
      footnotes.push(
        `[${node.label ?? node.identifier}] ` +
          `${node.children.flatMap((child) => block(child as Nodes, footnotes)).join(' ')}`,
      );
      return [];
    default:
      return [];
  }
}

function list(node: Nodes & { type: 'list' }, depth: number, footnotes: string[]): string {
  const indent = '  '.repeat(depth);
  return node.children
    .map((item, i) => {
      const marker = node.ordered ? `${(node.start ?? 1) + i}.` : '-';
      const parts = item.children.map((child) =>
        child.type === 'list'
          ? list(child, depth + 1, footnotes)
          : block(child as Nodes, footnotes).join(`\n${indent}  `),
      );
      const [first = '', ...rest] = parts;
      return [`${indent}${marker} ${first}`, ...rest].join('\n');
    })
    .join('\n');
}

function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      // Vertical tab and form feed separate words in the count; a text box may not show them.
      return node.value.replace(/\s*\n\s*/g, ' ').replace(/[\v\f]/g, ' ');
    case 'break':
      return '\n';
    case 'html':
      return isLineBreakTag(node.value) ? '\n' : '';
    case 'image':
    case 'imageReference':
      // Not shown, but a break between the words around it, as in the count.
      return ' ';
    case 'footnoteReference':
      return `[${node.label ?? node.identifier}]`;
    case 'link': {
      const label = (node as Parents).children.map((child) => inline(child as Nodes)).join('');
      return hasUriScheme(node.url) && !label.includes(node.url.replace(/^mailto:/, ''))
        ? `${label} (${node.url})`
        : label;
    }
    default:
      return 'children' in node ? (node as Parents).children.map((child) => inline(child as Nodes)).join('') : '';
  }
}
