/** Where a syntax-tree node starts and ends in its block's text, and positions filled or mapped. */
import type { Nodes, RootContent } from 'mdast';

export const start = (node: Nodes | RootContent): number => node.position?.start.offset ?? 0;
export const end = (node: Nodes | RootContent): number => node.position?.end.offset ?? 0;

// Both walks keep their own stack: a tree is as deep as the text nests.

/** Some nodes come without a position (inside GFM footnote labels): they get their parent's span. */
export function fillPositions(tree: Nodes): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    for (const child of node.children as Nodes[]) {
      if (!child.position && node.position)
        child.position = { start: { ...node.position.start }, end: { ...node.position.end } };
      stack.push(child);
    }
  }
}

/** Replaces every offset in the tree with `toSource(offset, side)`. */
export function mapPositions(tree: Nodes, toSource: (offset: number, side: 'start' | 'end') => number): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      node.position.start.offset = toSource(node.position.start.offset ?? 0, 'start');
      node.position.end.offset = toSource(node.position.end.offset ?? 0, 'end');
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}
