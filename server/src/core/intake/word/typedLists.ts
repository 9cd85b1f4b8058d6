/**
 * Lists typed by hand (`1.`, `a)`, `•`, `-` at the start of a paragraph, as a draft pasted from
 * e-mail or a plain-text editor holds them) become Markdown lists, so items are counted as items.
 */
import type { List, ListItem, Paragraph, Parent, PhrasingContent, RootContent } from 'mdast';

const ORDERED = /^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])[ \t\u00a0]+/i;
const BULLET = /^[•◦▪▫■□●○·‣⁃∙–—*-][ \t\u00a0]+/;

type Kind = 'ordered' | 'bullet';

/** Rewrites runs of typed-list paragraphs in every container of the tree. */
export function liftTypedLists(parent: Parent): void {
  const out: RootContent[] = [];
  let list: List | null = null;
  for (const child of parent.children as RootContent[]) {
    const kind = child.type === 'paragraph' ? typedKind(child) : null;
    if (!kind || child.type !== 'paragraph') {
      list = null;
      if ('children' in child) liftTypedLists(child as Parent);
      out.push(child);
      continue;
    }
    if (!list || list.ordered !== (kind === 'ordered')) {
      list = {
        type: 'list',
        ordered: kind === 'ordered',
        start: kind === 'ordered' ? 1 : null,
        spread: false,
        children: [],
      };
      out.push(list);
    }
    stripMarker(child, kind);
    const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [child] };
    list.children.push(item);
  }
  parent.children = out as Parent['children'];
}

function typedKind(paragraph: Paragraph): Kind | null {
  const first = firstText(paragraph);
  if (!first) return null;
  if (ORDERED.test(first.value)) return 'ordered';
  if (BULLET.test(first.value)) return 'bullet';
  return null;
}

/** The paragraph's first text, when it is where the paragraph starts (maybe inside emphasis). */
function firstText(node: Paragraph | PhrasingContent): { value: string; type: 'text' } | null {
  if (node.type === 'text') return node;
  if (!('children' in node) || node.children.length === 0) return null;
  return firstText(node.children[0]);
}

function stripMarker(paragraph: Paragraph, kind: Kind): void {
  const first = firstText(paragraph);
  if (first) first.value = first.value.replace(kind === 'ordered' ? ORDERED : BULLET, '');
}
