/** Where a syntax-tree node starts and ends in its block's text, and positions filled or shifted. */
import type { Nodes, RootContent } from 'mdast';

export const start = (node: Nodes | RootContent): number => node.position?.start.offset ?? 0;
export const end = (node: Nodes | RootContent): number => node.position?.end.offset ?? 0;

/** Some nodes come without a position (inside GFM footnote labels): they get their parent's span. */
export function fillPositions(node: Nodes): void {
  if (!('children' in node)) return;
  for (const child of node.children as Nodes[]) {
    if (!child.position && node.position)
      child.position = { start: { ...node.position.start }, end: { ...node.position.end } };
    fillPositions(child);
  }
}

export function shiftPositions(node: Nodes, by: number): void {
  if (node.position) {
    node.position.start.offset = (node.position.start.offset ?? 0) - by;
    node.position.end.offset = (node.position.end.offset ?? 0) - by;
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child as Nodes, by);
}
