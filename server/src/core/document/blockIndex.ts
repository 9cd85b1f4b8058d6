/**
 * Counting over a document's blocks: words in a range (and the n-th word, for "first word past
 * the limit"), list items, table rows, media, points, timestamps, and offset → position. Every lookup is a binary
 * search over per-block data, so nothing here grows with the document's length.
 */
import type { Block } from './documentModel';
import { lowerBound, type Position, type Range, type Timestamp, upperBound } from '../text';
import type { BlockDigest, EntryInfo, LinkedFileInfo, MediaInfo, PointLabelInfo } from './digestTypes';
import { isLineBreak, positionAt } from './positions';

export class BlockIndex {
  private readonly starts: number[];
  /** Words before each block. */
  private readonly wordsBefore: number[];
  readonly totalWords: number;

  constructor(
    readonly blocks: readonly Block[],
    readonly length: number,
  ) {
    this.starts = blocks.map((block) => block.start);
    this.wordsBefore = [];
    let words = 0;
    for (const block of blocks) {
      this.wordsBefore.push(words);
      words += block.digest.wordStarts.length;
    }
    this.totalWords = words;
  }

  /** Number of words starting before `offset`. */
  rank(offset: number): number {
    const b = this.blockAt(offset);
    const block = this.blocks[b];
    return this.wordsBefore[b] + lowerBound(block.digest.wordStarts, offset - block.start);
  }

  wordsIn(from: number, to: number): number {
    return to <= from ? 0 : this.rank(to) - this.rank(from);
  }

  /** The span of the word with global rank `n`. */
  word(n: number): { start: number; end: number } {
    let low = 0;
    let high = this.blocks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.wordsBefore[mid] <= n) low = mid;
      else high = mid - 1;
    }
    // Skip blocks without words that share the same count.
    while (low < this.blocks.length - 1 && this.wordsBefore[low + 1] <= n) low++;
    const block = this.blocks[low];
    const i = n - this.wordsBefore[low];
    return { start: block.start + block.digest.wordStarts[i], end: block.start + block.digest.wordEnds[i] };
  }

  /** The LSP position of an offset; an offset inside a line terminator is the end of its line. */
  position(offset: number): Position {
    return positionAt(this.blocks, offset);
  }

  /** A range over [start, end) that never ends in or after a line terminator (a trailing one is left out). */
  range(start: number, end: number): Range {
    let to = Math.max(start, end);
    while (to > start && isLineBreak(this.charCodeAt(to - 1))) to--;
    return { start: this.position(start), end: this.position(to) };
  }

  /** The text of [start, end), for a short span such as a list item's first line. */
  textIn(start: number, end: number): string {
    let text = '';
    this.eachBlockIn(start, end, (block) => {
      text += block.text.slice(Math.max(0, start - block.start), Math.max(0, end - block.start));
    });
    return text;
  }

  private charCodeAt(offset: number): number {
    const block = this.blocks[this.blockAt(offset)];
    return block.text.charCodeAt(offset - block.start);
  }

  /** Items of top-level lists plus table body rows, in [from, to). */
  itemsIn(from: number, to: number): number {
    let items = 0;
    this.eachBlockIn(from, to, (block) => {
      for (const list of block.digest.lists)
        if (list.topLevel && inside(block.start + list.start, from, to)) items += list.items;
      for (const table of block.digest.tables) if (inside(block.start + table.start, from, to)) items += table.bodyRows;
    });
    return items;
  }

  mediaIn(from: number, to: number): MediaInfo[] {
    return this.spansIn(from, to, (digest) => digest.media);
  }

  /** Links and images to local files, in [from, to). */
  linkedFilesIn(from: number, to: number): LinkedFileInfo[] {
    return this.spansIn(from, to, (digest) => digest.linkedFiles);
  }

  /** Top-level list items and table body rows, in [from, to). */
  entriesIn(from: number, to: number): EntryInfo[] {
    return this.spansIn(from, to, (digest) => digest.entries);
  }

  pointLabelsIn(from: number, to: number): PointLabelInfo[] {
    return this.spansIn(from, to, (digest) => digest.pointLabels);
  }

  timestampsIn(from: number, to: number): Timestamp[] {
    return this.spansIn(from, to, (digest) => digest.timestamps);
  }

  /** What starts in [from, to), with offsets in the document. */
  private spansIn<T extends { start: number; end: number }>(
    from: number,
    to: number,
    pick: (digest: BlockDigest) => readonly T[],
  ): T[] {
    const found: T[] = [];
    this.eachBlockIn(from, to, (block) => {
      for (const span of pick(block.digest)) {
        if (inside(block.start + span.start, from, to))
          found.push({ ...span, start: block.start + span.start, end: block.start + span.end });
      }
    });
    return found;
  }

  /** The offset just after the last non-blank character before `end` (a section's visible end). */
  visibleEnd(start: number, end: number): number {
    for (let b = this.blockAt(Math.max(start, end - 1)); b >= 0; b--) {
      const block = this.blocks[b];
      let local = Math.min(end - block.start, block.text.length);
      while (local > 0 && /\s/.test(block.text[local - 1])) local--;
      if (local > 0 || block.start <= start) return Math.max(start, block.start + local);
    }
    return start;
  }

  eachBlockIn(from: number, to: number, visit: (block: Block) => void): void {
    for (let b = this.blockAt(from); b < this.blocks.length && this.blocks[b].start < to; b++) visit(this.blocks[b]);
  }

  private blockAt(offset: number): number {
    return Math.max(0, upperBound(this.starts, offset) - 1);
  }
}

const inside = (offset: number, from: number, to: number) => offset >= from && offset < to;
