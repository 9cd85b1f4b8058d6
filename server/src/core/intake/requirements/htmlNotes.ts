/**
 * Footnotes and endnotes as a saved page prints them (a Word copy through its converter, a Google Docs
 * export, Word's "Save as Web Page"): a mark in the text ("[1]") linking to the note, and the note after
 * the body, linking back. Read after the last Part, a note's numbers would become that Part's rules; a
 * note is read where its mark is, in parentheses, and not again at the end.
 */
import type { Element, ElementContent, Root } from 'hast';

export interface PageNotes {
  /** The note's words for each reference mark (the link to it). */
  byReference: Map<Element, string>;
  /** The notes' blocks and their links back to the text: not read where they stand. */
  moved: Set<Element>;
}

const anchorOf = (node: Element) => {
  const { id, name } = node.properties;
  return [id, name].filter((value): value is string => typeof value === 'string');
};
const target = (node: Element) => {
  const href = node.properties.href;
  return node.tagName === 'a' && typeof href === 'string' && href.startsWith('#') ? href.slice(1) : null;
};

export function pageNotes(tree: Root): PageNotes {
  /** Every element with an id or name, with the elements it stands in (nearest first). */
  const anchors = new Map<string, { node: Element; ancestors: Element[] }>();
  const links: { node: Element; ancestors: Element[] }[] = [];
  /** Where each link is in the page: a note comes after its mark. */
  const order = new Map<Element, number>();
  const walk = (node: Root | Element, ancestors: Element[]) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      for (const key of anchorOf(child)) anchors.set(key, { node: child, ancestors });
      order.set(child, order.size);
      if (target(child)) links.push({ node: child, ancestors });
      walk(child, [child, ...ancestors]);
    }
  };
  walk(tree, []);
  const byReference = new Map<Element, Element>();
  const moved = new Set<Element>();
  for (const back of links) {
    // A link back to a mark that links to this link, or to a block it stands in, is a note's.
    const mark = anchors.get(target(back.node) ?? '')?.node;
    const noted = mark && target(mark);
    if (!mark || !noted || (order.get(mark) ?? 0) >= (order.get(back.node) ?? 0)) continue;
    const holder = [back.node, ...back.ancestors].find((node) => anchorOf(node).includes(noted));
    if (!holder) continue;
    const note = holder === back.node ? (back.ancestors.find((node) => node.tagName !== 'a') ?? holder) : holder;
    moved.add(back.node);
    moved.add(note);
    byReference.set(mark, note);
  }
  const text = (node: ElementContent): string => {
    if (node.type === 'text') return node.value;
    if (node.type !== 'element' || (moved.has(node) && node.tagName === 'a')) return '';
    return ` ${node.children.map(text).join('')} `;
  };
  const words = new Map<Element, string>();
  for (const [mark, note] of byReference) {
    const said = text(note).replace(/\s+/g, ' ').trim();
    if (said) words.set(mark, said);
  }
  return { byReference: words, moved };
}
