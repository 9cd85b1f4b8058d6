/** What single nodes say, for the digest: a list entry's span, a point label, a recording link, a definition's name. */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import {
  isDocumentUrl,
  isPlaceholderText,
  mayStartWithPointLabel,
  readTrailingDuration,
  startsWithPointLabel,
  startsWithWrittenLength,
} from '../text';
import type { EntryInfo } from './digestTypes';
import { end, start } from './nodeOffsets';

const isLineBreak = (code: number) => code === 10 || code === 13;

/** A list item's or table row's span without its trailing line break, and the length of its first line. */
export function entrySpan(text: string, node: Nodes, kind: EntryInfo['kind'], labelled: boolean): EntryInfo {
  const from = start(node);
  let to = Math.min(end(node), text.length); // an open fence may run past the block's text or last break
  while (to > from && isLineBreak(text.charCodeAt(to - 1))) to--;
  let firstLine = 0;
  while (from + firstLine < to && !isLineBreak(text.charCodeAt(from + firstLine))) firstLine++;
  return { kind, start: from, end: to, firstLine, labelled };
}

export function isPointLabel(text: string, node: Nodes): boolean {
  return (
    mayStartWithPointLabel(text.slice(start(node), start(node) + 40)) &&
    startsWithPointLabel(toString(node).slice(0, 80)) &&
    // A paragraph that is only a label (`Point 2:`) is a placeholder; a heading so labelled heads its point.
    (node.type === 'heading' || !isPlaceholderText(toString(node).slice(0, 40)))
  );
}

/** A link to any host followed by its written length (or ending with it) is a recording. */
export function isRecordingLink(link: Nodes & { type: 'link' }, next: Nodes | undefined): boolean {
  if (isDocumentUrl(link.url) || link.url.startsWith('mailto:')) return false;
  if (next?.type === 'text' && startsWithWrittenLength(next.value)) return true;
  return readTrailingDuration(toString(link)) !== null;
}

/**
 * A link definition's name. One labelled `^1` (it follows another definition) gets a space, which a
 * label's matching ignores: `[^1]` names a footnote.
 */
export const definitionName = (label: string): string => (label.startsWith('^') ? `[ ${label}]` : `[${label}]`);
