/**
 * The Markdown most of a submission is written in, read straight into the tree remark-parse gives:
 * front matter, ATX headings, paragraphs, HTML comments, lists of one-line items (nested once),
 * footnotes and tables (proseTable.ts), with prose's inline Markdown (proseInline.ts). A text with
 * anything else (quotes, code blocks, HTML, items of several lines, indented or tabbed lines, ...)
 * gives null and is parsed by remark-parse. Reading prose without micromark is what makes a first
 * check and a CI run fast; property tests hold the trees equal to remark-parse's wherever this reader
 * gives one.
 */
import type { BlockContent, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { computeLineStarts, lineOf } from '../text';
import { FOOTNOTE_LABEL, type InlineContext, parseProseInline, type PointAt } from './proseInline';
import { readTable, startsTable, type TableLines } from './proseTable';

/** A list marker on a line: `-`, `*` or `+`, or digits and `.` or `)`, then one space. */
interface Marker {
  /** The bullet character or the ordered delimiter: items of one list share it. */
  kind: string;
  ordered: boolean;
  start: number | null;
  /** The content's column relative to the marker's. */
  width: number;
}

const ORDERED = /^(\d{1,9})([.)]) /;

class ProseReader implements InlineContext, TableLines {
  private readonly starts: number[];
  readonly pointAt: PointAt;
  readonly footnotes: ReadonlySet<string>;
  readonly calls: string[] = [];
  readonly definitions = new Set<string>();

  constructor(readonly text: string) {
    this.starts = computeLineStarts(text);
    const starts = this.starts;
    this.pointAt = (offset: number) => {
      const line = lineOf(starts, offset);
      return { line: line + 1, column: offset - starts[line] + 1, offset };
    };
    this.footnotes = new Set(
      text.includes('[^') ? [...text.matchAll(FOOTNOTE_DEFINITION)].map((m) => m[1].toLowerCase()) : [],
    );
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[line];
  }

  /** Where a line's content ends (before its line break). */
  lineEnd(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.text.length;
  }

  isBlank(line: number): boolean {
    for (let i = this.starts[line]; i < this.lineEnd(line); i++) if (this.text.charCodeAt(i) !== 32) return false;
    return true;
  }

  /** The list marker at `column` of a line, with content after it, or null. */
  markerAt(line: number, column: number): Marker | null {
    const at = this.starts[line] + column;
    const code = this.text.charCodeAt(at);
    if ((code === 45 || code === 42 || code === 43) && this.text.charCodeAt(at + 1) === 32)
      return { kind: this.text[at], ordered: false, start: null, width: 2 };
    if (code < 48 || code > 57) return null;
    const ordered = ORDERED.exec(this.text.slice(at, at + 12));
    if (!ordered) return null;
    return { kind: ordered[2], ordered: true, start: Number(ordered[1]), width: ordered[0].length };
  }

  /**
   * Whether text at `at` can only start a paragraph's line (or an item's content): no block syntax
   * there, no indent, no trailing space on its line (a hard break or a stripped space).
   */
  startsProse(at: number, line: number): boolean {
    const end = this.lineEnd(line);
    if (at >= end || this.text.charCodeAt(end - 1) === 32) return false;
    const code = this.text.charCodeAt(at);
    if (code === 42 /* * */) {
      let run = at;
      while (run < end && this.text.charCodeAt(run) === 42) run++;
      return run < end && this.text.charCodeAt(run) !== 32;
    }
    if (code === 96 /* ` */) return !this.text.startsWith('```', at);
    if (code >= 48 && code <= 57)
      return !ORDERED.test(this.text.slice(at, at + 12)) && !/^\d+[.)]$/.test(this.text.slice(at, end));
    return !BLOCK_STARTS.has(code);
  }

  /** Whether a line opens a heading or an HTML comment, which end a paragraph or a list above them. */
  interrupts(line: number): boolean {
    const start = this.starts[line];
    return this.text.charCodeAt(start) === 35 || this.text.startsWith('<!--', start);
  }

  paragraph(from: number, to: number): Paragraph | null {
    const children = parseProseInline(this, from, to);
    return children && { type: 'paragraph', children, position: { start: this.pointAt(from), end: this.pointAt(to) } };
  }

  /** A heading line, or null. */
  heading(line: number): RootContent | null {
    const start = this.starts[line];
    const end = this.lineEnd(line);
    let depth = 0;
    while (this.text.charCodeAt(start + depth) === 35) depth++;
    if (depth > 6 || this.text.charCodeAt(start + depth) !== 32) return null;
    let from = start + depth;
    while (this.text.charCodeAt(from) === 32) from++;
    let to = end;
    while (to > from && this.text.charCodeAt(to - 1) === 32) to--;
    if (to === from || this.text.charCodeAt(to - 1) === 35) return null;
    const children = parseProseInline(this, from, to);
    if (!children) return null;
    return { type: 'heading', depth: depth as 1, children, position: this.span(start, end) };
  }

  /** An HTML comment block from `line`: the line it ends on, or -1. */
  commentEnd(line: number): number {
    const start = this.starts[line];
    const close = this.text.indexOf('-->', start + 2);
    // `<!-->` and `<!--->` are read differently by different parsers' versions: left to remark-parse.
    return close < start + 4 ? -1 : lineOf(this.starts, close);
  }

  span(start: number, end: number) {
    return { start: this.pointAt(start), end: this.pointAt(end) };
  }
}

/** A footnote definition's opening, wherever it is (the label checked apart: FOOTNOTE_LABEL). */
const FOOTNOTE_DEFINITION = /^\[\^([^\]\n]*)\]: /gm;

/** Characters that may start block syntax on a line, or inline syntax this reader leaves to remark-parse. */
const BLOCK_STARTS = new Set([...'#>-+=_~|:<\\ \t'].map((c) => c.charCodeAt(0)));

/** The tree remark-parse gives `text`, or null when the text holds more than this reader reads. */
export function parseProseMarkdown(text: string): Root | null {
  // (micromark drops a byte order mark that starts the text: its offsets are remark-parse's to give.)
  if (text.charCodeAt(0) === 0xfeff || text.includes('\r') || text.includes('\t') || text.includes('\0')) return null;
  const reader = new ProseReader(text);
  const children: RootContent[] = [];
  let line = 0;
  if (text.startsWith('---\n')) {
    const yaml = frontMatter(reader, text);
    if (!yaml) return null;
    children.push(yaml.node);
    line = yaml.next;
  }
  while (line < reader.lineCount) {
    if (reader.isBlank(line)) {
      line++;
      continue;
    }
    const block = readBlock(reader, text, line);
    if (!block) return null;
    children.push(block.node);
    line = block.next;
  }
  // A lookalike of a definition (in a comment, say) defines nothing: a call of it is remark-parse's to read.
  if (reader.calls.some((label) => !reader.definitions.has(label))) return null;
  return { type: 'root', children, position: reader.span(0, text.length) };
}

interface Read<T> {
  node: T;
  next: number;
}

function frontMatter(reader: ProseReader, text: string): Read<RootContent> | null {
  for (let line = 1; line < reader.lineCount; line++) {
    const start = reader.lineStart(line);
    if (!text.startsWith('---', start)) continue;
    if (reader.lineEnd(line) !== start + 3) return null;
    const value = text.slice(4, Math.max(4, start - 1));
    return { node: { type: 'yaml', value, position: reader.span(0, start + 3) }, next: line + 1 };
  }
  return null;
}

function readBlock(reader: ProseReader, text: string, line: number): Read<RootContent> | null {
  const start = reader.lineStart(line);
  const code = text.charCodeAt(start);
  if (code === 35 /* # */) {
    const heading = reader.heading(line);
    return heading && { node: heading, next: line + 1 };
  }
  if (code === 60 /* < */) {
    if (!text.startsWith('<!--', start)) return null;
    const last = reader.commentEnd(line);
    if (last < 0) return null;
    const end = reader.lineEnd(last);
    return { node: { type: 'html', value: text.slice(start, end), position: reader.span(start, end) }, next: last + 1 };
  }
  if (text.startsWith('[^', start)) return footnoteDefinition(reader, line);
  const marker = reader.markerAt(line, 0);
  if (marker) return list(reader, line, 0, marker);
  // A line with a pipe over a delimiter row starts a table.
  const pipe = text.indexOf('|', start);
  if (pipe >= 0 && pipe < reader.lineEnd(line) && startsTable(reader, line)) return readTable(reader, line);
  if (!reader.startsProse(start, line)) return null;
  let last = line;
  while (last + 1 < reader.lineCount && !reader.isBlank(last + 1)) {
    const next = reader.lineStart(last + 1);
    // A heading, an HTML comment or a bullet item ends a paragraph; other block syntax is left to remark.
    if (reader.interrupts(last + 1) || (reader.markerAt(last + 1, 0) && !/^\d/.test(text[next]))) break;
    if (!reader.startsProse(next, last + 1)) return null;
    last++;
  }
  const paragraph = reader.paragraph(start, reader.lineEnd(last));
  return paragraph && { node: paragraph, next: last + 1 };
}

/** A one-line footnote definition, followed by a blank line that ends it (or the text's end); or null. */
function footnoteDefinition(reader: ProseReader, line: number): Read<RootContent> | null {
  const { text } = reader;
  const start = reader.lineStart(line);
  const close = text.indexOf(']: ', start);
  const label = text.slice(start + 2, close);
  if (close < 0 || close > reader.lineEnd(line) || !FOOTNOTE_LABEL.test(label)) return null;
  const contentStart = close + 3;
  if (!reader.startsProse(contentStart, line) || reader.markerAt(line, contentStart - start)) return null;
  const next = line + 1;
  if (next < reader.lineCount && (!reader.isBlank(next) || !followsUnindented(reader, next))) return null;
  const paragraph = reader.paragraph(contentStart, reader.lineEnd(line));
  if (!paragraph) return null;
  const position = reader.span(start, reader.lineEnd(line));
  const identifier = label.toLowerCase();
  reader.definitions.add(identifier);
  return { node: { type: 'footnoteDefinition', identifier, label, children: [paragraph], position }, next };
}

/** The first line with text from `line` on (the line count when there is none). */
function nextWithText(reader: ProseReader, line: number): number {
  while (line < reader.lineCount && reader.isBlank(line)) line++;
  return line;
}

/** Whether the first line with text after the blank line `blank` is unindented (or there is none). */
function followsUnindented(reader: ProseReader, blank: number): boolean {
  const line = nextWithText(reader, blank);
  return line >= reader.lineCount || leadingSpaces(reader, line) === 0;
}

/**
 * A tight list of one-line items at `indent`, those at the top level with lists of their own nested
 * at their content's column; anything else in or right after it gives null.
 */
function list(reader: ProseReader, first: number, indent: number, marker: Marker): Read<List> | null {
  const items: ListItem[] = [];
  let line = first;
  let spread = false;
  // Each item's content starts after its own marker (`9.` and `10.` are as wide as their digits).
  let itemMarker = marker;
  for (;;) {
    const item = listItem(reader, line, indent, itemMarker);
    if (!item) return null;
    items.push(item.node);
    line = item.next;
    if (line >= reader.lineCount) break;
    const next = reader.markerAt(line, indent);
    if (next && next.kind === marker.kind && leadingSpaces(reader, line) === indent) {
      itemMarker = next;
      continue;
    }
    if (indent > 0) {
      // A nested list ends where its parent's next item starts, or at a blank line.
      if (reader.isBlank(line) || reader.markerAt(line, 0)) break;
      return null;
    }
    // A heading or a comment right below ends the list (neither can carry on an item's paragraph).
    if (reader.interrupts(line)) break;
    if (!reader.isBlank(line) || !followsUnindented(reader, line)) return null;
    // Below blank lines, an item of the same list carries it on, loose; anything else unindented ends it.
    const after = nextWithText(reader, line);
    const below = after < reader.lineCount ? reader.markerAt(after, 0) : null;
    if (below?.kind !== marker.kind) break;
    spread = true;
    itemMarker = below;
    line = after;
  }
  const end = items[items.length - 1].position!.end.offset!;
  const node: List = {
    type: 'list',
    ordered: marker.ordered,
    start: marker.start,
    spread,
    children: items,
    position: reader.span(reader.lineStart(first) + indent, end),
  };
  return { node, next: line };
}

/** A task item's check box, which remark-gfm reads. */
const TASK_BOX = /^\[[ xX]\]/;

function listItem(reader: ProseReader, line: number, indent: number, marker: Marker): Read<ListItem> | null {
  const start = reader.lineStart(line) + indent;
  const contentStart = start + marker.width;
  const text = reader.text;
  if (!reader.startsProse(contentStart, line) || TASK_BOX.test(text.slice(contentStart, contentStart + 3))) return null;
  if (reader.markerAt(line, indent + marker.width)) return null;
  const paragraph = reader.paragraph(contentStart, reader.lineEnd(line));
  if (!paragraph) return null;
  const children: BlockContent[] = [paragraph];
  let next = line + 1;
  const nested = indent === 0 && next < reader.lineCount ? nestedMarker(reader, next, marker.width) : null;
  if (nested) {
    const sublist = list(reader, next, marker.width, nested);
    if (!sublist) return null;
    children.push(sublist.node);
    next = sublist.next;
  }
  const end = children[children.length - 1].position!.end.offset!;
  const node: ListItem = {
    type: 'listItem',
    spread: false,
    checked: null,
    children,
    position: reader.span(start, end),
  };
  return { node, next };
}

/** The marker of a list nested in an item whose content is at `column`: bullets, or an ordered list from 1. */
function nestedMarker(reader: ProseReader, line: number, column: number): Marker | null {
  if (leadingSpaces(reader, line) !== column) return null;
  const marker = reader.markerAt(line, column);
  return marker && (!marker.ordered || marker.start === 1) ? marker : null;
}

function leadingSpaces(reader: ProseReader, line: number): number {
  const text = reader.text;
  const start = reader.lineStart(line);
  let at = start;
  while (text.charCodeAt(at) === 32) at++;
  return at - start;
}
