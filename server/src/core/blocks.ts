/**
 * A document as a list of blocks, each starting at a top-level ATX heading. Headings at column 0
 * end every CommonMark construct except fenced code, HTML blocks and front matter, so a block can
 * be parsed on its own and its summary reused while its text is unchanged: an edit re-parses only
 * the block it touches. A block whose parse ends inside an open construct is merged with the rest
 * of the document, so splitting never changes what the document means.
 */
import { summarizeBlock, type BlockSummary } from './summary';

export interface Block {
  start: number;
  startLine: number;
  text: string;
  summary: BlockSummary;
}

/** Block summaries by text, kept for the blocks used in the last two analyses. */
export class BlockCache {
  private current = new Map<string, BlockSummary>();
  private previous = new Map<string, BlockSummary>();
  /** The reference definitions the last analysis parsed blocks with. */
  suffix = '';

  get(text: string, suffix: string): BlockSummary {
    const key = suffix ? `${suffix}\u0000${text}` : text;
    let summary = this.current.get(key) ?? this.previous.get(key);
    if (!summary) summary = summarizeBlock(text, suffix);
    this.current.set(key, summary);
    return summary;
  }

  endAnalysis(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

export function splitBlocks(text: string, cache: BlockCache = new BlockCache()): Block[] {
  let suffix = cache.suffix;
  let blocks = cutIntoBlocks(text, cache, suffix);
  const definitions = new Set<string>();
  for (const block of blocks) for (const label of block.summary.definitions) definitions.add(label);
  const needed = [...definitions].sort().map((label) => (label.startsWith('[^') ? `${label}: -` : `${label}: #`)).join('\n');
  if (needed !== suffix) {
    suffix = needed;
    blocks = blocks.map((block) => ({ ...block, summary: cache.get(block.text, block.text.includes('[') ? suffix : '') }));
  }
  cache.suffix = suffix;
  cache.endAnalysis();
  return blocks;
}

function cutIntoBlocks(text: string, cache: BlockCache, suffix: string): Block[] {
  const cuts = headingCuts(text);
  cuts.push(text.length);
  const blocks: Block[] = [];
  let start = 0;
  let startLine = 0;
  for (const cut of cuts) {
    if (cut <= start) continue;
    let blockText = text.slice(start, cut);
    let summary = cache.get(blockText, blockText.includes('[') ? suffix : '');
    if (cut < text.length && (summary.openAtEnd || (start === 0 && opensFrontMatter(blockText) && !summary.frontMatter))) {
      blockText = text.slice(start);
      summary = cache.get(blockText, blockText.includes('[') ? suffix : '');
      blocks.push({ start, startLine, text: blockText, summary });
      return blocks;
    }
    blocks.push({ start, startLine, text: blockText, summary });
    startLine += summary.lineStarts.length - 1;
    start = cut;
  }
  if (blocks.length === 0) blocks.push({ start: 0, startLine: 0, text, summary: cache.get(text, '') });
  return blocks;
}

const opensFrontMatter = (text: string) => /^---[ \t]*(\r?\n|\r)/.test(text);

const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
const ATX = /^#{1,6}(?:[ \t]|\r|\n|$)/;
const FENCE_OPEN = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(`{3,}|~{3,})(.*)/;
const FENCE_CLOSE = /^[ \t>]*(`{3,}|~{3,})[ \t]*(?:\r\n|\r|\n|$)/;

/**
 * Offsets of lines that look like top-level ATX headings, skipping fenced code, HTML comments and
 * front matter. A guess, made safe by `openAtEnd`: a wrong cut is undone, a missed one only costs time.
 */
export function headingCuts(text: string): number[] {
  const cuts: number[] = [];
  let fence: { char: string; length: number } | null = null;
  let inComment = false;
  let inFrontMatter = opensFrontMatter(text) && /(\r?\n|\r)(---|\.\.\.)[ \t]*(\r?\n|\r|$)/.test(text);
  let first = true;
  LINE.lastIndex = 0;
  for (let match = LINE.exec(text); match && match[0].length > 0; match = LINE.exec(text)) {
    const line = match[0];
    const offset = match.index;
    if (inFrontMatter) {
      if (!first && /^(---|\.\.\.)[ \t]*(\r?\n|\r|$)/.test(line)) inFrontMatter = false;
      first = false;
      continue;
    }
    first = false;
    if (fence) {
      const close = FENCE_CLOSE.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = null;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (line.charCodeAt(0) === 35 /* # */ && ATX.test(line)) {
      if (offset > 0) cuts.push(offset);
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      fence = { char: open[1][0], length: open[1].length };
      continue;
    }
    const comment = line.lastIndexOf('<!--');
    if (comment !== -1 && line.indexOf('-->', comment + 4) === -1) inComment = true;
  }
  return cuts;
}
