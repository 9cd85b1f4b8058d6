/** Lines the parser was spared: too deeply nested, or too dense with delimiters, to read as Markdown. */
import { lineOf } from '../../text';
import { defineRule, finding, type Finding } from './rule';

export const tooComplexMarkdown = defineRule({
  code: 'too-complex-markdown',
  severity: 'information',
  description: 'A paragraph too complex to read as Markdown; its words are counted as plain text.',
  when:
    'a paragraph nested or bracketed far beyond what a writer types (pasted or generated text): ' +
    'its words are counted as plain text',
  check: (context) => {
    const found: Finding[] = [];
    for (const block of context.blockIndex.blocks) {
      for (const region of block.digest.plainRegions) {
        const lineStarts = block.digest.lineStarts;
        const line = lineOf(lineStarts, region.start);
        const firstLineEnd = Math.min(region.end, lineStarts[line + 1] ?? block.text.length);
        found.push(
          finding(
            null,
            context.messages.t('too-complex-markdown.message'),
            context.blockIndex.range(block.start + region.start, block.start + firstLineEnd),
          ),
        );
      }
    }
    return found;
  },
});
