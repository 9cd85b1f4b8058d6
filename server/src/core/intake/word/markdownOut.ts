/** The imported tree written as Markdown, in the style the templates use. */
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { Nodes, Root, Table } from 'mdast';
import { defaultHandlers, type Handle, type Info, type State } from 'mdast-util-to-markdown';
import remarkStringify from 'remark-stringify';
import { type Processor, unified } from 'unified';

// GFM without its autolink rule, which would escape every `@` and `www.` (`maria\@example.org`):
// an address the writer typed must stay as typed, to be read and flagged as she would read it.
const GFM = [gfmFootnoteToMarkdown(), gfmStrikethroughToMarkdown(), gfmTableToMarkdown()];
const gfmTable = GFM[2].handlers?.table as Handle;

function gfmWithoutAutolinks(this: Processor): void {
  const data = this.data();
  data.toMarkdownExtensions = [...(data.toMarkdownExtensions ?? []), ...GFM];
}

/** The Markdown line (0-based) each paragraph, heading and table cell starts on. */
export type BlockLines = Map<Nodes, number>;

/**
 * The tree as Markdown, and where each block landed: the writer tracks its position as it writes,
 * so placing a draft's paragraphs needs no second parse of a long draft.
 */
export function stringify(tree: Root): { markdown: string; lines: BlockLines } {
  const lines: BlockLines = new Map();
  const placed =
    (handle: Handle): Handle =>
    (node: Nodes, parent, state: State, info: Info) => {
      lines.set(node, info.now.line - 1);
      return handle(node, parent, state, info);
    };
  const table: Handle = (node: Table, parent, state, info) => {
    // A row is one line; the delimiter row follows the first.
    node.children.forEach((row, i) => {
      for (const cell of row.children) lines.set(cell, info.now.line - 1 + i + (i > 0 ? 1 : 0));
    });
    return gfmTable(node, parent, state, info);
  };
  const markdown = unified()
    .use(gfmWithoutAutolinks)
    .use(remarkStringify, {
      bullet: '-',
      emphasis: '*',
      strong: '*',
      fences: true,
      rule: '-',
      listItemIndent: 'one',
      handlers: { paragraph: placed(defaultHandlers.paragraph), heading: placed(defaultHandlers.heading), table },
    })
    .stringify(tree);
  return { markdown, lines };
}
