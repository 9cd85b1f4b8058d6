/**
 * The guard in front of the parser. micromark's time grows with the square of some constructs
 * (nested brackets, long emphasis runs, strikethrough) and its stack with the nesting of quotes
 * and lists. Before a block is parsed, the lines that would cost too much are found with linear
 * scans; the digest reads those lines as plain text instead of Markdown.
 *
 * Every measure is taken on lines, or on paragraphs that never span a block cut, so a document
 * gets the same plain regions however it is split into blocks.
 */
import type { Nodes, Root } from 'mdast';
import { computeLineStarts, lineOf, lowerBound } from '../text';
import { BLANK, frontMatterBody, frontMatterFences, linePattern, mayOpenBlock, opensFrontMatter } from './lines';
import { mapPositions } from './nodeOffsets';
import { parseBlockStructure, parseMarkdown } from './parse';
import { sketchStructure } from './structureSketch';

/** Quotes and lists nested on one line (a writer nests a handful). */
export const MAX_NESTING = 32;
/** Nesting summed over the lines of a run with no block cut in it (3,000 lines at depth 3 is 9,000). */
export const MAX_RUN_NESTING = 20_000;
/**
 * Emphasis, strikethrough, bracket, backtick, `<` and `@` characters in one paragraph, heading or table
 * cell (each `@` may end an e-mail autolink, and the parser's time grows with the square of their number).
 */
export const MAX_DELIMITERS = 500;

/** Whole lines of a block, [start, end) with the last line's terminator, read as plain text. */
export interface PlainRegion {
  start: number;
  end: number;
}

/**
 * What the parser is spared in a block: `plain`, the regions read as plain text, and `unparsed`,
 * those and front matter's lines (read as YAML, not as Markdown), in order. `sketched` false reads
 * the block structure from the whole text (for tests: the same regions, slower).
 */
export function regionsToSkip(
  text: string,
  atDocumentStart: boolean,
  context = '',
  sketched = true,
): { plain: PlainRegion[]; unparsed: PlainRegion[] } {
  const frontMatter = atDocumentStart ? frontMatterBody(text) : null;
  const nested = nestedRegions(text, frontMatter);
  const skipped = frontMatter ? merge(text, [frontMatter, ...nested]) : nested;
  const plain = merge(text, [...nested, ...denseRegions(text, skipped, context, sketched)]);
  return { plain, unparsed: frontMatter ? merge(text, [frontMatter, ...plain]) : plain };
}

/**
 * Parses a block without its costly lines (and front matter's), with `definitions` before it; the
 * tree's offsets are the block's own. A block that starts inside a fenced code or raw HTML block
 * has that construct's opener line as its `context`, parsed right before it.
 */
export function parseGuarded(
  text: string,
  definitions: string,
  atDocumentStart: boolean,
  context = '',
): { tree: Root; plain: PlainRegion[] } {
  const { plain, unparsed } = regionsToSkip(text, atDocumentStart, context);
  const { text: parsed, toSource } = withoutRegions(text, unparsed);
  if (!definitions && !context) {
    const tree = parseMarkdown(parsed);
    if (unparsed.length > 0) mapPositions(tree, toSource);
    return { tree, plain };
  }
  const fences = atDocumentStart ? frontMatterFences(text) : null;
  if (atDocumentStart && !fences && opensFrontMatter(text)) {
    // An unclosed `---` first line: micromark reads what follows it differently at the document's
    // start (`[^1]: a` is then no footnote), so the block stays first, with the definitions after it.
    const tree = parseMarkdown(`${parsed}\n\n${definitions}`);
    if (unparsed.length > 0) mapPositions(tree, toSource);
    return { tree, plain };
  }
  // Elsewhere before the block (after its front matter), since what follows a block's last line can
  // change how micromark reads it (`- a` then `</script>` ending the text is two blocks; with more
  // after, one list item). The comment ends a footnote definition, which would take in an indented
  // first line.
  const inserted = (definitions ? `${definitions}\n\n<!---->\n\n` : '') + (context ? `${context}\n` : '');
  const head = fences ? text.slice(0, fences.end) : '';
  const at = withoutRegions(
    head,
    unparsed.filter((r) => r.end <= head.length),
  ).text.length;
  const tree = parseMarkdown(parsed.slice(0, at) + inserted + parsed.slice(at));
  mapPositions(tree, (offset, side) => {
    if (offset < at) return toSource(offset, side);
    // The definitions' own nodes fall before the block's start, where the digest ignores them.
    if (offset < at + inserted.length) return offset - at - inserted.length;
    return toSource(offset - inserted.length, side);
  });
  return { tree, plain };
}

/** Removes `regions` from `text`, each replaced by a blank line; `toSource` maps offsets back. */
export function withoutRegions(
  text: string,
  regions: readonly PlainRegion[],
): { text: string; toSource: (offset: number, side: 'start' | 'end') => number } {
  if (regions.length === 0) return { text, toSource: (offset: number) => offset };
  const kept: string[] = [];
  const at: number[] = [];
  const shifts: number[] = [];
  let from = 0;
  let length = 0;
  let shift = 0;
  for (const region of regions) {
    kept.push(text.slice(from, region.start), BLANK_LINE);
    length += region.start - from;
    at.push(length);
    length += BLANK_LINE.length;
    shift += region.end - region.start - BLANK_LINE.length;
    shifts.push(shift);
    from = region.end;
  }
  kept.push(text.slice(from));
  // A node that ends on a region's blank line ends where the region starts; one that starts there, after it.
  const toSource = (offset: number, side: 'start' | 'end') => {
    const r = lowerBound(at, offset) - 1;
    if (r < 0) return offset;
    const replaced = offset - at[r];
    if (replaced < BLANK_LINE.length || (replaced === BLANK_LINE.length && side === 'end'))
      return side === 'end' ? regions[r].start : regions[r].end;
    return offset + shifts[r];
  };
  return { text: kept.join(''), toSource };
}

/**
 * What a region is replaced by: an empty HTML comment on a line of its own. Like a block boundary, it
 * ends any list, quote or paragraph before it (a blank line would let a list run on across the region,
 * which a split between blocks would not), and it has no words. The line breaks around it end a line
 * in `\r` as well as in `\n`.
 */
const BLANK_LINE = '\n<!---->\n';

/**
 * How deeply a line's prefix nests: a level per quote or list marker, and one per four columns of
 * indent (the space after a marker, which any nesting needs, is not indent).
 */
export function lineNesting(line: string): number {
  let depth = 0;
  let indent = 0;
  let run = 0;
  let i = 0;
  for (; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 32 || code === 9) {
      run += code === 9 ? 4 : 1;
      continue;
    }
    if (code === 10 || code === 13) break; // a blank line's spaces are no indent
    indent += Math.max(0, run - 1);
    run = 0;
    if (code === 62 /* > */) depth++;
    else if ((code === 45 || code === 42 || code === 43) && endsMarker(line, i + 1)) depth++;
    else if (isDigit(code)) {
      let j = i;
      while (j < line.length && j - i < 9 && isDigit(line.charCodeAt(j))) j++;
      const after = line.charCodeAt(j);
      if (!((after === 46 || after === 41) && endsMarker(line, j + 1))) break;
      depth++;
      i = j;
    } else break;
  }
  return depth + (indent >> 2);
}

const isDigit = (code: number) => code >= 48 && code <= 57;
/** After a list marker: a space, a tab or the line's end. */
function endsMarker(line: string, i: number): boolean {
  const code = line.charCodeAt(i);
  return i >= line.length || code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Lines nested past MAX_NESTING, and every line of a run (lines between two places where a
 * block may start) whose nesting adds up past MAX_RUN_NESTING. Front matter is left alone.
 */
function nestedRegions(text: string, frontMatter: PlainRegion | null): PlainRegion[] {
  // A line nests at most a level per character of its prefix of indent and markers, so a run's nesting
  // is at most its length: most blocks are shown to have no such region without reading a line.
  if (text.length <= MAX_RUN_NESTING && !NESTING_PREFIX.test(text)) return [];
  const regions: PlainRegion[] = [];
  let runStart = 0;
  let runNesting = 0;
  let previousBlank = false;
  const LINE = linePattern();
  if (frontMatter) {
    // Its closing fence too: the first run starts after it.
    LINE.lastIndex = frontMatter.end;
    const close = LINE.exec(text);
    runStart = close ? close.index + close[0].length : text.length;
  }
  for (let match = LINE.exec(text); match && match[0].length > 0; match = LINE.exec(text)) {
    const line = match[0];
    const offset = match.index;
    if (mayOpenBlock(line, previousBlank)) {
      if (runNesting > MAX_RUN_NESTING) regions.push({ start: runStart, end: offset });
      runStart = offset;
      runNesting = 0;
    }
    previousBlank = BLANK.test(line);
    const nesting = lineNesting(line);
    if (nesting > MAX_NESTING) regions.push({ start: offset, end: offset + line.length });
    else runNesting += nesting;
  }
  if (runNesting > MAX_RUN_NESTING) regions.push({ start: runStart, end: text.length });
  return merge(text, regions);
}

/** A line whose prefix of characters that may nest (spaces, tabs, `>`, list markers) could nest past MAX_NESTING. */
const NESTING_PREFIX = new RegExp(`^[ \\t>*+\\-0-9.)]{${MAX_NESTING + 1}}`, 'm');
/** The characters counted as delimiters, in both the forms below. */
const DELIMITERS = '*_~[]`<@';
const IS_DELIMITER = new Uint8Array(128);
for (const c of DELIMITERS) IS_DELIMITER[c.charCodeAt(0)] = 1;
const isDelimiter = (code: number) => code < 128 && IS_DELIMITER[code] === 1;
/** What is not a delimiter: removed, the rest is counted at the speed of the expression engine. */
const NOT_DELIMITERS = new RegExp(`[^${DELIMITERS.replace(/[\]\\^-]/g, '\\$&')}]+`, 'g');

function delimitersIn(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) if (isDelimiter(text.charCodeAt(i))) count++;
  return count;
}

/** Paragraphs, headings and table cells with more than MAX_DELIMITERS delimiters, as whole lines. */
function denseRegions(text: string, skipped: readonly PlainRegion[], context: string, sketched: boolean) {
  // Most blocks have fewer delimiters in all than one dense line: no line of theirs is measured.
  if (text.replace(NOT_DELIMITERS, '').length <= MAX_DELIMITERS) return [];
  const before = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) before[i + 1] = before[i] + (isDelimiter(text.charCodeAt(i)) ? 1 : 0);
  const outside = skipped.reduce((n, region) => n - (before[region.end] - before[region.start]), before[text.length]);
  if (outside <= MAX_DELIMITERS) return [];
  const { text: parsed, toSource } = withoutRegions(text, skipped);
  const lineStarts = computeLineStarts(text);
  const regions: PlainRegion[] = [];
  const prefix = context ? `${context}\n` : '';
  // The structure of a sketch of the text: a line left out of it is never a dense table cell.
  const sketch = sketched
    ? sketchStructure(parsed, (start, end) => delimitersIn(parsed, start, end) > MAX_DELIMITERS)
    : { text: parsed, toFull: (offset: number) => offset };
  const sourceOf = (offset: number, side: 'start' | 'end') =>
    toSource(sketch.toFull(offset - prefix.length, side), side);
  const stack: Nodes[] = [parseBlockStructure(prefix + sketch.text)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const start = sourceOf(node.position?.start.offset ?? 0, 'start');
      const end = sourceOf(node.position?.end.offset ?? 0, 'end');
      if (before[end] - before[start] > MAX_DELIMITERS) {
        const last = lineOf(lineStarts, Math.max(start, end - 1));
        regions.push({ start: lineStarts[lineOf(lineStarts, start)], end: lineStarts[last + 1] ?? text.length });
      }
    } else if ('children' in node) {
      for (const child of node.children) stack.push(child as Nodes);
    }
  }
  return regions;
}

/**
 * Sorted, with overlapping regions joined, and touching ones too unless a block may start between
 * them: a document split there has them in two blocks, so they stay two regions however it is split.
 */
function merge(text: string, regions: PlainRegion[]): PlainRegion[] {
  const sorted = [...regions].sort((a, b) => a.start - b.start);
  const merged: PlainRegion[] = [];
  for (const region of sorted) {
    const last = merged[merged.length - 1];
    if (last && (region.start < last.end || (region.start === last.end && !mayStartBlock(text, region.start))))
      last.end = Math.max(last.end, region.end);
    else merged.push({ ...region });
  }
  return merged;
}

/** Whether the line at `offset` is a place the block splitter may cut. */
function mayStartBlock(text: string, offset: number): boolean {
  const LINE = linePattern();
  LINE.lastIndex = offset;
  const line = LINE.exec(text)?.[0] ?? '';
  let previousStart = offset - 1;
  if (text.charCodeAt(previousStart) === 10 && text.charCodeAt(previousStart - 1) === 13) previousStart--;
  while (previousStart > 0 && text.charCodeAt(previousStart - 1) !== 10 && text.charCodeAt(previousStart - 1) !== 13)
    previousStart--;
  return mayOpenBlock(line, offset > 0 && BLANK.test(text.slice(previousStart, offset)));
}
