/** The imported tree written as Markdown, in the style the templates use. */
import { gfmFootnoteToMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughToMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { type Processor, unified } from 'unified';

// GFM without its autolink rule, which would escape every `@` and `www.` (`maria\@example.org`):
// an address the writer typed must stay as typed, to be read and flagged as she would read it.
const GFM = [gfmFootnoteToMarkdown(), gfmStrikethroughToMarkdown(), gfmTableToMarkdown()];

function gfmWithoutAutolinks(this: Processor): void {
  const data = this.data();
  data.toMarkdownExtensions = [...(data.toMarkdownExtensions ?? []), ...GFM];
}

export function stringify(tree: Root): string {
  return unified()
    .use(gfmWithoutAutolinks)
    .use(remarkStringify, {
      bullet: '-',
      emphasis: '*',
      strong: '*',
      fences: true,
      rule: '-',
      listItemIndent: 'one',
    })
    .stringify(tree);
}
