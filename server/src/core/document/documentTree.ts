/**
 * The document as one syntax tree, for the exports. Each block is parsed on its own, through the
 * guard, exactly as its digest was: a line too costly to read as Markdown costs no more here than
 * in a check and is a plain paragraph here too (so Word counts what the checker counts), and no
 * parse holds a whole long document's events at once.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { lineOf } from '../text';
import { parseGuarded } from './complexity';
import { type Block, definitionsFor } from './documentModel';
import { end, fillPositions, mapPositions, start } from './nodeOffsets';

/**
 * The tree of the blocks that overlap [from, to) of the document `blocks` make up. Offsets and
 * lines are the document's; nodes are in document order.
 */
export function documentTree(blocks: readonly Block[], from = 0, to = Number.POSITIVE_INFINITY): Root {
  const labels = [...new Set(blocks.flatMap((b) => b.digest.definitions))].sort();
  const children: RootContent[] = [];
  for (const block of blocks) {
    if (block.start + block.text.length <= from && block.text.length > 0) continue;
    if (block.start >= to) break;
    for (const node of blockNodes(block, labels)) {
      // The rest of a fenced code or raw HTML block that an earlier block opened: one node, as written.
      const previous = children[children.length - 1];
      if (CONTINUED.has(node) && previous?.type === node.type && 'value' in previous && 'value' in node) {
        // A code value leaves out the line break before the next block; an HTML value keeps it.
        previous.value += node.type === 'html' ? node.value : `\n${node.value}`;
        if (previous.position && node.position) previous.position.end = node.position.end;
      } else children.push(node);
    }
  }
  return { type: 'root', children };
}

/** Nodes that carry on a fenced code or raw HTML block from the block before. */
const CONTINUED = new WeakSet<RootContent>();

function blockNodes(block: Block, labels: readonly string[]): RootContent[] {
  const { text, start: base } = block;
  const { tree, plain } = parseGuarded(text, definitionsFor(labels, text), base === 0, block.context);
  fillPositions(tree);
  // The stand-in definitions sit before the block's text: they are not the writer's.
  const own = tree.children.filter((node) => start(node) >= 0 && start(node) < text.length);
  const continued = block.context ? tree.children.filter((node) => start(node) < 0).pop() : undefined;
  if (continued && (continued.type === 'code' || continued.type === 'html') && continued.position) {
    continued.position.start.offset = 0;
    // An HTML node's value is its source, the opener line it was parsed after included.
    if (continued.type === 'html' && continued.value.startsWith(`${block.context}\n`))
      continued.value = continued.value.slice(block.context.length + 1);
    CONTINUED.add(continued);
    own.unshift(continued);
  }
  for (const region of plain) own.push(...plainParagraphs(text, region.start, region.end));
  own.sort((a, b) => start(a) - start(b));
  const { lineStarts } = block.digest;
  const root: Root = { type: 'root', children: own };
  mapPositions(root, (offset) => offset + base);
  // Lines (1-based, as mdast counts them) from the block's line starts: the parse saw other text.
  const stack: RootContent[] = [...own];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.position) {
      node.position.start.line = block.startLine + lineOf(lineStarts, start(node) - base) + 1;
      node.position.end.line = block.startLine + lineOf(lineStarts, Math.max(0, end(node) - base - 1)) + 1;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) stack.push(child);
  }
  return own;
}

/** A region read as plain text: a paragraph per line that has words, its text as written. */
function plainParagraphs(text: string, from: number, to: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const match of text.slice(from, to).matchAll(/[^\r\n]+/g)) {
    if (!match[0].trim()) continue;
    const position = () => ({
      start: { line: 0, column: 1, offset: from + match.index },
      end: { line: 0, column: 1, offset: from + match.index + match[0].length },
    });
    paragraphs.push({
      type: 'paragraph',
      children: [{ type: 'text', value: match[0], position: position() }],
      position: position(),
    });
  }
  return paragraphs;
}
