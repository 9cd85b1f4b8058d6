/**
 * Offsets ↔ LSP positions over a document's blocks, the one place both directions are computed.
 * They read as vscode-languageserver-textdocument reads them: \n, \r\n and \r end a line, and a
 * position never falls inside a line terminator (an offset between \r and \n is its line's end).
 * A block always starts at a line start, so a line and its terminator lie in one block.
 */
import { lineOf, type Position } from '../text';

/** What positions need of a block (the document model's blocks have it). */
export interface LinedBlock {
  start: number;
  startLine: number;
  text: string;
  digest: { lineStarts: readonly number[] };
}

/** The LSP position of an offset, clamped to the text. */
export function positionAt(blocks: readonly LinedBlock[], offset: number): Position {
  const block = blocks[lastBlockWith(blocks, 'start', offset)];
  const local = Math.max(0, Math.min(offset - block.start, block.text.length));
  const line = lineOf(block.digest.lineStarts, local);
  const lineStart = block.digest.lineStarts[line];
  return { line: block.startLine + line, character: beforeLineBreak(block.text, local, lineStart) - lineStart };
}

/** The offset of an LSP position, clamped as editors clamp it: past a line's end is its end. */
export function offsetAt(blocks: readonly LinedBlock[], position: Position): number {
  const last = blocks[blocks.length - 1];
  const length = last.start + last.text.length;
  if (position.line < 0) return 0;
  if (position.line >= last.startLine + last.digest.lineStarts.length) return length;
  const block = blocks[lastBlockWith(blocks, 'startLine', position.line)];
  const { lineStarts } = block.digest;
  const lineStart = lineStarts[position.line - block.startLine];
  if (position.character <= 0) return block.start + lineStart;
  const next = lineStarts[position.line - block.startLine + 1] ?? block.text.length;
  return block.start + beforeLineBreak(block.text, Math.min(lineStart + position.character, next), lineStart);
}

/** The index of the last block whose `key` is at most `value` (blocks are in order of both). */
export function lastBlockWith(blocks: readonly LinedBlock[], key: 'start' | 'startLine', value: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (blocks[mid][key] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** `offset` moved back out of any line terminator, but not before `lineStart`. */
function beforeLineBreak(text: string, offset: number, lineStart: number): number {
  while (offset > lineStart && isLineBreak(text.charCodeAt(offset - 1))) offset--;
  return offset;
}

export const isLineBreak = (code: number) => code === 10 || code === 13;
