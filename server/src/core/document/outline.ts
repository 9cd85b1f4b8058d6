/** The heading tree: every heading with the range of the section it opens. */
import type { Block } from './documentModel';

export interface OutlineHeading {
  /** Position in document order. */
  index: number;
  start: number;
  end: number;
  depth: number;
  text: string;
  /** The section runs to the next heading of the same or a higher level (or the document's end). */
  sectionEnd: number;
  /** Index of the enclosing heading, or -1. */
  parent: number;
}

export function buildOutline(blocks: readonly Block[], documentLength: number): OutlineHeading[] {
  const headings: OutlineHeading[] = [];
  for (const block of blocks) {
    for (const heading of block.digest.headings) {
      headings.push({
        index: headings.length,
        start: block.start + heading.start,
        end: block.start + heading.end,
        depth: heading.depth,
        text: heading.text,
        sectionEnd: documentLength,
        parent: -1,
      });
    }
  }
  const open: OutlineHeading[] = [];
  for (const heading of headings) {
    while (open.length > 0 && open[open.length - 1].depth >= heading.depth) open.pop()!.sectionEnd = heading.start;
    heading.parent = open.length > 0 ? open[open.length - 1].index : -1;
    open.push(heading);
  }
  return headings;
}

/** Is `inner` inside the section opened by `outer`? */
export const isWithin = (inner: OutlineHeading, outer: OutlineHeading): boolean =>
  inner.start > outer.start && inner.start < outer.sectionEnd;
