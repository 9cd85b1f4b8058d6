/**
 * Which rubric a Word draft is written to: the one whose sections its headings (styled, or typed
 * as short bold lines) match most, by the core's one heading matcher. Then those bold lines that
 * match a section of it become headings, at the section's depth.
 */
import type { Heading, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import { createMatcher } from '../../check';
import { flattenSections, type Rubric, type RubricRegistry } from '../../rubric';
import type { WordBlockData } from './wordTree';

export interface RubricCandidate {
  id: string;
  title: string;
  /** How many of the rubric's sections the draft's headings match. */
  matched: number;
  sections: number;
}

/** Fewer sections matched than this is no good match: a shared "Reflection" says little. */
const MIN_MATCHED = 2;

export function headingTexts(tree: Root): string[] {
  const texts: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'heading' || (node.type === 'paragraph' && isCandidate(node))) texts.push(nodeText(node));
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return texts;
}

/** Every rubric, best match first. */
export function rankRubrics(registry: RubricRegistry, headings: readonly string[]): RubricCandidate[] {
  return registry
    .list()
    .map(({ rubric }) => {
      const match = createMatcher(rubric);
      const found = new Set<number>();
      for (const heading of headings) {
        const hit = match(heading);
        if (hit) found.add(hit.index);
      }
      return { id: rubric.id, title: rubric.title, matched: found.size, sections: flattenSections(rubric).length };
    })
    .sort((a, b) => b.matched - a.matched || b.matched / b.sections - a.matched / a.sections);
}

export const isGoodMatch = (candidate: RubricCandidate | undefined): candidate is RubricCandidate =>
  candidate !== undefined && candidate.matched >= MIN_MATCHED;

/** Turns the bold lines that match a section of the rubric into headings; returns the titles of the sections found. */
export function promoteHeadings(tree: Root, rubric: Rubric): string[] {
  const match = createMatcher(rubric);
  const flat = flattenSections(rubric);
  const found = new Set<number>();
  liftListHeadings(tree, match);
  liftLayoutTables(tree, match);
  const visit = (node: Nodes) => {
    if (!('children' in node)) return;
    node.children.forEach((child, i) => {
      // Only headings and possible headings are matched: a long draft has thousands of other paragraphs.
      const named = child.type === 'heading' || (child.type === 'paragraph' && isCandidate(child));
      const hit = named ? match(nodeText(child)) : null;
      if (child.type === 'heading' && hit) found.add(hit.index);
      if (child.type === 'paragraph' && isCandidate(child) && hit && node.type === 'root') {
        found.add(hit.index);
        const heading: Heading = {
          type: 'heading',
          depth: Math.min(6, flat[hit.index].depth + 1) as Heading['depth'],
          children: unbolded(child),
          data: child.data,
        };
        node.children[i] = heading;
      } else visit(child);
    });
  };
  visit(tree);
  return [...found].sort((a, b) => a - b).map((i) => flat[i].section.title);
}

/** A bold numbered line that names a section (Word numbering "1. Overview") leaves its list, to become the heading. */
function liftListHeadings(tree: Root, match: ReturnType<typeof createMatcher>): void {
  tree.children = tree.children.flatMap((child): RootContent[] => {
    if (child.type !== 'list') return [child];
    const out: RootContent[] = [];
    let items: ListItem[] = [];
    const flush = () => {
      if (items.length > 0) out.push({ ...child, children: items });
      items = [];
    };
    for (const item of child.children) {
      const first = item.children[0];
      if (first?.type === 'paragraph' && isCandidate(first) && match(nodeText(first))) {
        flush();
        out.push(...item.children);
      } else items.push(item);
    }
    flush();
    return out;
  });
}

/**
 * A table with a bold line naming a section in one of its cells (a Part's title in the left column, its
 * text in the right) is a layout, not data: its cells' paragraphs take its place, row by row, and the
 * bold lines become headings. A table whose bold cells name no section (a stakeholder table) stays.
 */
function liftLayoutTables(tree: Root, match: ReturnType<typeof createMatcher>): void {
  tree.children = tree.children.flatMap((child): RootContent[] => {
    if (child.type !== 'table') return [child];
    const cells = child.children.flatMap((row) => row.children);
    const names = (node: Nodes) => node.type === 'paragraph' && isCandidate(node) && match(nodeText(node)) !== null;
    if (!cells.some((cell) => cell.children.some(names))) return [child];
    return cells.flatMap((cell) => cellBlocks(cell.children));
  });
}

/** A cell's paragraphs; its loose text (the space between two paragraphs) is no block of its own. */
function cellBlocks(children: readonly Nodes[]): RootContent[] {
  const blocks: RootContent[] = [];
  let loose: Paragraph['children'] = [];
  const flush = () => {
    if (nodeText({ type: 'paragraph', children: loose }).trim()) blocks.push({ type: 'paragraph', children: loose });
    loose = [];
  };
  for (const child of children) {
    if (child.type === 'paragraph') {
      flush();
      blocks.push(child);
    } else loose.push(child as Paragraph['children'][number]);
  }
  flush();
  return blocks;
}

const isCandidate = (node: Paragraph) => Boolean((node.data as WordBlockData | undefined)?.candidate);

/** A heading's text without the bold that made it one. */
function unbolded(paragraph: Paragraph): Heading['children'] {
  return paragraph.children.flatMap((child) => (child.type === 'strong' ? child.children : [child]));
}
