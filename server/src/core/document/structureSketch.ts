/**
 * A shorter text with the same block structure, for the complexity guard's structure parse.
 *
 * micromark reads about a megabyte a second, so a pasted list of 20,000 contacts in one paragraph
 * took seconds just to find that paragraph. Its block structure is decided by the first and last
 * line of every run of plain lines, whatever lies between: a line that starts with a letter and
 * holds none of the characters that open, close or continue another construct is a paragraph's
 * continuation (or lazy continuation) in a paragraph, a line of a fenced code or raw HTML block
 * that does not end it, or a one-cell table row. Such a run keeps its first line and its last two.
 */

import { lowerBound, onFirstUse } from '../text';

/** A line that never changes the block structure around it (see above); its terminator is matched too. */
const PLAIN_LINE = onFirstUse(() => /\p{L}[^\r\n<>|`~\\&[\]"'()]*(?:\r\n|\r|\n)/uy);
/** Runs shorter than this are kept whole: a sketch saves nothing on them. */
const MIN_RUN = 8;

export interface StructureSketch {
  text: string;
  /** The offset in the full text of an offset in the sketch. */
  toFull(offset: number, side: 'start' | 'end'): number;
}

/**
 * `text` with the middle of each run of plain lines left out. The lines left out must not be dense
 * themselves: a one-cell table row is one line, so a caller measuring cells passes `denseLine`.
 */
export function sketchStructure(text: string, denseLine: (start: number, end: number) => boolean): StructureSketch {
  const kept: string[] = [];
  /** Where text was left out, in the sketch, and how much was left out up to and with it. */
  const at: number[] = [];
  const shifts: number[] = [];
  let from = 0;
  let shift = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    const ends: number[] = [];
    let end = lineStart;
    const plainLine = PLAIN_LINE();
    for (plainLine.lastIndex = end; plainLine.test(text) && !denseLine(end, plainLine.lastIndex); ) {
      end = plainLine.lastIndex;
      ends.push(end);
    }
    if (ends.length >= MIN_RUN) {
      // Keep the first line and the last two (a table's header row ends a paragraph one line early).
      const cutStart = ends[0];
      const cutEnd = ends[ends.length - 3];
      kept.push(text.slice(from, cutStart));
      at.push(cutStart - shift);
      shift += cutEnd - cutStart;
      shifts.push(shift);
      from = cutEnd;
    }
    // The line at `end` is not a plain line (or not one to leave out).
    lineStart = nextLineStart(text, end);
  }
  if (at.length === 0) return { text, toFull: (offset) => offset };
  kept.push(text.slice(from));
  return {
    text: kept.join(''),
    // A node ending where lines were left out ends before them; one starting there, after them.
    toFull(offset, side) {
      const r = (side === 'end' ? lowerBound(at, offset) : lowerBound(at, offset + 1)) - 1;
      return r < 0 ? offset : offset + shifts[r];
    },
  };
}

function nextLineStart(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return i + 1;
    if (code === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return text.length;
}
