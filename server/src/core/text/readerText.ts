/**
 * A block's reader text: what a reader sees of a paragraph (or table cell, list item's paragraph,
 * quote's paragraph, footnote's paragraph) once inline markup is gone. Words are found in it, not
 * node by node, so `well-**known**` and `[Ed](x)ucation` are one word each; every word found is
 * mapped back to its place in the source.
 */
import { type MatchText, toMatchText } from './matchText';
import { forEachWord, isPlaceholderText } from './words';

/**
 * Reader text as the privacy check reads it (matchText.ts), with the source span of each of its
 * characters; `starts` and `ends` are null when the text is the source from `start` on, as written.
 */
export interface MatchRun {
  start: number;
  text: string;
  starts: Int32Array | null;
  ends: Int32Array | null;
  /** For a link's destination: the link's text, so what both hold is reported once (on the text). */
  label?: string;
}

/** The source span of `run.text.slice(from, to)`. */
export function matchRunSpan(run: MatchRun, from: number, to: number): [number, number] {
  if (!run.starts || !run.ends) return [run.start + from, run.start + to];
  return [run.starts[from], Math.max(run.starts[from], run.ends[to - 1])];
}

interface Piece {
  /** Offset of the piece in the reader text. */
  at: number;
  value: string;
  /** Where the value starts in the source; -1 for a separator (whitespace the source does not hold). */
  sourceStart: number;
  /** The source it was read from, when it differs from the value (escapes, references, line prefixes). */
  raw: string | null;
  map: SourceMap | null;
}

interface SourceMap {
  starts: Int32Array;
  ends: Int32Array;
}

export class ReaderText {
  private pieces: Piece[] = [];
  private length = 0;

  /** Appends text read from `source.slice(start, end)` (the node's span). */
  add(value: string, source: string, start: number, end: number): void {
    if (value.length === 0) return;
    const raw = source.slice(start, end);
    this.pieces.push({ at: this.length, value, sourceStart: start, raw: raw === value ? null : raw, map: null });
    this.length += value.length;
  }

  /** Whitespace between what came before and what follows (a line break, an image, a table cell's end). */
  separate(): void {
    const last = this.pieces[this.pieces.length - 1];
    if (!last || last.sourceStart === -1) return;
    this.pieces.push({ at: this.length, value: ' ', sourceStart: -1, raw: null, map: null });
    this.length += 1;
  }

  get isEmpty(): boolean {
    return this.pieces.length === 0;
  }

  /**
   * Calls `onWord` with each word's source span, in order, then `onText` with the text as the
   * privacy check reads it, and empties the text.
   */
  flush(onWord: (start: number, end: number) => void, onText?: (run: MatchRun) => void): void {
    if (this.pieces.length === 0) return;
    const pieces = this.pieces;
    const text = pieces.length === 1 ? pieces[0].value : pieces.map((p) => p.value).join('');
    this.pieces = [];
    this.length = 0;
    if (isPlaceholderText(text)) return;
    if (pieces.length === 1 && pieces[0].raw === null) {
      // Read as written, in one piece (most paragraphs): a word's place is its offset in the text.
      const at = pieces[0].sourceStart;
      forEachWord(text, (start, end) => onWord(at + start, at + end));
    } else mapWords(text, pieces, onWord);
    if (onText) onText(matchRun(text, pieces));
  }
}

/** Each word's source span, through the pieces it was read from. */
function mapWords(text: string, pieces: Piece[], onWord: (start: number, end: number) => void): void {
  let p = 0;
  const pieceAt = (offset: number) => {
    while (p < pieces.length - 1 && pieces[p + 1].at <= offset) p++;
    return pieces[p];
  };
  forEachWord(text, (start, end) => {
    const first = pieceAt(start);
    const from = sourceOffset(first, start - first.at, 'start');
    const last = pieceAt(end - 1);
    const to = sourceOffset(last, end - 1 - last.at, 'end');
    onWord(from, Math.max(from, to));
  });
}

function matchRun(readerText: string, pieces: Piece[]): MatchRun {
  const reader = toMatchText(readerText);
  const first = pieces[0];
  if (pieces.length === 1 && first.raw === null && reader.starts === null)
    return { start: first.sourceStart, text: reader.text, starts: null, ends: null };
  return new MappedRun(readerText, reader, pieces);
}

/**
 * A run whose characters come from several places in the source (markup between them, escapes,
 * line prefixes). Where each came from is worked out when first asked, to report a match: worked
 * out for every such paragraph, it would hold eight bytes a character for as long as the document is open.
 */
class MappedRun implements MatchRun {
  readonly text: string;
  readonly start: number;
  declare label?: string;
  readonly #readerText: string;
  readonly #reader: MatchText;
  /** Where each piece sits; its text is the reader text's, its alignment with the source made again when asked. */
  readonly #pieces: { at: number; end: number; sourceStart: number; raw: string | null }[];
  #spans: SourceMap | null = null;

  constructor(readerText: string, reader: MatchText, pieces: Piece[]) {
    this.text = reader.text;
    this.start = reader.text.length > 0 ? sourceSpans(reader, pieces, 1).starts[0] : 0;
    this.#readerText = readerText;
    this.#reader = reader;
    this.#pieces = pieces.map(({ at, value, sourceStart, raw }) => ({ at, end: at + value.length, sourceStart, raw }));
  }

  get starts(): Int32Array {
    return this.spans().starts;
  }

  get ends(): Int32Array {
    return this.spans().ends;
  }

  private spans(): SourceMap {
    if (!this.#spans) {
      const pieces = this.#pieces.map(({ at, end, sourceStart, raw }) => ({
        at,
        value: this.#readerText.slice(at, end),
        sourceStart,
        raw,
        map: null,
      }));
      this.#spans = sourceSpans(this.#reader, pieces, this.text.length);
    }
    return this.#spans;
  }
}

/** The source span of each of the first `count` characters of the match text. */
function sourceSpans(reader: MatchText, pieces: Piece[], count: number): SourceMap {
  const { starts: readerStarts, ends: readerEnds } = reader;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  let p = 0;
  let q = 0;
  let previousEnd = Math.max(0, pieces[0].sourceStart);
  for (let k = 0; k < count; k++) {
    const from = readerStarts ? readerStarts[k] : k;
    const to = readerEnds ? readerEnds[k] - 1 : k;
    while (p < pieces.length - 1 && pieces[p + 1].at <= from) p++;
    while (q < pieces.length - 1 && pieces[q + 1].at <= to) q++;
    // A separator (a line break, an image) is no source character: it sits where the text before it ended.
    starts[k] = pieces[p].sourceStart === -1 ? previousEnd : sourceOffset(pieces[p], from - pieces[p].at, 'start');
    ends[k] = pieces[q].sourceStart === -1 ? starts[k] : sourceOffset(pieces[q], to - pieces[q].at, 'end');
    previousEnd = ends[k];
  }
  return { starts, ends };
}

function sourceOffset(piece: Piece, index: number, side: 'start' | 'end'): number {
  if (piece.raw === null) return piece.sourceStart + index + (side === 'end' ? 1 : 0);
  piece.map ??= align(piece.value, piece.raw);
  return piece.sourceStart + (side === 'start' ? piece.map.starts[index] : piece.map.ends[index]);
}

/** How far ahead a character is looked for in the source (past a line's container prefix, say). */
const LOOKAHEAD = 256;

/**
 * Where each character of a node's value is in its source: the source holds the same characters
 * plus escapes (`\*`), character references (`&amp;`), and line prefixes and trailing spaces that
 * the parser stripped. Linear: the source cursor only moves forward.
 */
function align(value: string, raw: string): SourceMap {
  const starts = new Int32Array(value.length);
  const ends = new Int32Array(value.length);
  let r = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (raw[r] === c) {
      starts[i] = r;
      ends[i] = ++r;
      continue;
    }
    if (raw[r] === '\\' && raw[r + 1] === c) {
      starts[i] = r;
      r += 2;
      ends[i] = r;
      continue;
    }
    if (raw[r] === '&') {
      const semicolon = raw.indexOf(';', r);
      if (semicolon !== -1 && semicolon - r <= 32) {
        starts[i] = r;
        ends[i] = semicolon + 1;
        // A reference to an astral character gives two UTF-16 units.
        if (isHighSurrogate(c) && i + 1 < value.length) {
          starts[i + 1] = r;
          ends[i + 1] = semicolon + 1;
          i++;
        }
        r = semicolon + 1;
        continue;
      }
    }
    const found = indexWithin(raw, c, r, LOOKAHEAD);
    if (found !== -1) {
      starts[i] = found;
      r = found + 1;
      ends[i] = r;
    } else {
      starts[i] = Math.min(r, raw.length);
      ends[i] = Math.min(r, raw.length);
    }
  }
  return { starts, ends };
}

function indexWithin(text: string, c: string, from: number, within: number): number {
  const limit = Math.min(text.length, from + within);
  for (let i = from; i < limit; i++) if (text[i] === c) return i;
  return -1;
}

const isHighSurrogate = (c: string) => {
  const code = c.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdbff;
};
