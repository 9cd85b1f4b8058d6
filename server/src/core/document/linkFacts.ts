/**
 * What a block's links say: a recording with its written length, a local file with where its
 * destination is written.
 */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { localFilePath, readDuration, readTrailingDuration } from '../text';
import type { LinkedFileInfo, MediaInfo } from './digestTypes';
import { end, start } from './nodeOffsets';

/** A recording link or video: its length as written after it (or at the end of its text), and the span it covers. */
export function recordingInfo(
  text: string,
  node: Nodes & { type: 'link' | 'image' },
  next: Nodes | undefined,
): { info: MediaInfo; span: [number, number] } {
  const duration = next?.type === 'text' ? readDuration(next.value) : null;
  let seconds = duration?.seconds ?? null;
  const span: [number, number] = [start(node), duration && next ? start(next) + duration.length : end(node)];
  if (seconds === null && node.type === 'link') seconds = readTrailingDuration(toString(node));
  const written = duration && next ? writtenSpan(text, start(next), duration.length) : null;
  const info: MediaInfo = {
    start: start(node),
    end: end(node),
    url: node.url,
    recording: true,
    seconds,
    captioned: false,
    written: written && { from: written.from - start(node), to: written.to - start(node) },
  };
  return { info, span };
}

/** A link or image to a local file, with where its destination is written; null for anything else. */
export function linkedFileInfo(text: string, node: Nodes & { type: 'link' | 'image' }): LinkedFileInfo | null {
  const path = localFilePath(node.url);
  if (path === null) return null;
  const from = start(node);
  const destination = destinationSpan(text.slice(from, end(node)));
  return { start: from, end: end(node), path, destination, image: node.type === 'image' };
}

/** The duration itself in what follows a link (`(3:45)` without its lead-in and brackets). */
function writtenSpan(text: string, from: number, length: number): { from: number; to: number } {
  const written = text.slice(from, from + length);
  const lead = /^[ \t]*(?:[-–—:,][ \t]*)?(?:\(\s*)?/.exec(written)![0].length;
  const trail = /\s*(?:long\s*)?\)?\s*$/.exec(written.slice(lead))![0].length;
  return { from: from + lead, to: from + length - trail };
}

const INLINE_DESTINATION = /^(<[^<>\n]*>|\S+?)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$/;

/** Where the destination of an inline link or image (`[text](dest "title")`) is written; null for a reference. */
function destinationSpan(source: string): { from: number; to: number } | null {
  if (!source.endsWith(')')) return null;
  const open = source.lastIndexOf('](');
  if (open === -1) return null;
  let from = open + 2;
  while (/\s/.test(source[from] ?? '')) from++;
  const match = INLINE_DESTINATION.exec(source.slice(from, -1));
  if (!match) return null;
  const angled = match[1].startsWith('<');
  return angled ? { from: from + 1, to: from + match[1].length - 1 } : { from, to: from + match[1].length };
}
