/**
 * A document as a list of blocks that can each be parsed on their own: cuts are made before a
 * top-level ATX heading, or after a blank line before an unindented line that cannot continue
 * what came before. Such a line ends every CommonMark construct except fenced code, HTML blocks
 * and front matter; the scanner skips those, and a block whose parse still ends inside an open
 * construct is merged with what follows, so splitting never changes what the document means.
 *
 * A block's digest is reused while its text is unchanged, and an edit re-splits only the blocks
 * around it: cost grows with the edit, not with the document.
 */
import type { Position } from '../text';
import { digestBlock } from './blockDigest';
import type { BlockDigest } from './digestTypes';
import { opensFrontMatter } from './lines';
import { blockCuts } from './blockCuts';
import { lastBlockWith, offsetAt, positionAt } from './positions';

export interface Block {
  start: number;
  startLine: number;
  text: string;
  /** The opener line of the fenced code or raw HTML block this block starts inside, or ''. */
  context: string;
  digest: BlockDigest;
}

/** Splits a whole text into blocks (what a fresh analysis does; `minChars` 0 cuts at every safe place). */
export function splitBlocks(text: string, minChars = FRESH_BLOCK_CHARS): Block[] {
  const model = new DocumentModel();
  model.setText(text, minChars);
  return model.blocks;
}

/** One document's text and blocks, kept up to date edit by edit. */
export class DocumentModel {
  blocks: Block[] = [];
  /** The text's length in UTF-16 code units. */
  length = 0;
  /**
   * The whole text, joined from the blocks only when asked for: an edit never builds a copy of a
   * long document (each copy would be garbage for the old generation).
   */
  private joined: string | null = '';
  /** Reference and footnote labels defined anywhere in the document. */
  private definitions: string[] = [];
  /** Summaries of the blocks being replaced, by text: an unchanged block is never parsed again. */
  private reuse = new Map<string, BlockDigest>();

  constructor(text = '') {
    this.setText(text);
  }

  get text(): string {
    return (this.joined ??= this.blocks.map((b) => b.text).join(''));
  }

  /** Sets the whole text; blocks whose text is unchanged keep their digests. */
  setText(text: string, minChars = FRESH_BLOCK_CHARS): void {
    const empty = this.length === 0;
    this.reuse = new Map(this.blocks.map((b) => [reuseKey(b), b.digest]));
    this.joined = text;
    this.length = text.length;
    // Into an empty model, guess the definitions from the text first, so blocks are parsed once,
    // not twice; refreshDefinitions corrects a wrong guess (a lookalike line in a code block).
    // (With blocks to reuse, a guess could leave a reused block parsed with other definitions.)
    if (empty) this.definitions = likelyDefinitions(text);
    // A region that ends the document is never refused.
    this.blocks = this.splitRegion(text, { base: 0, baseLine: 0, context: '', endContext: null }, minChars) ?? [];
    this.reuse.clear();
    this.refreshDefinitions();
  }

  /** Replaces [start, end) of the current text with `insert`, re-splitting only the blocks around it. */
  applyEdit(start: number, end: number, insert: string): void {
    const delta = insert.length - (end - start);
    // One unchanged block on each side keeps the region's edges valid cuts whatever the edit does.
    const first = Math.max(0, this.blockIndexAt(start) - 1);
    let last = Math.min(this.blocks.length - 1, this.blockIndexAt(Math.max(start, end)) + 1);
    this.reuse = new Map(this.blocks.slice(first, last + 1).map((b) => [reuseKey(b), b.digest]));
    for (;;) {
      const regionStart = this.blocks[first].start;
      const endContext = last === this.blocks.length - 1 ? null : this.blocks[last + 1].context;
      const oldText = this.blocks
        .slice(first, last + 1)
        .map((b) => b.text)
        .join('');
      const regionText = oldText.slice(0, start - regionStart) + insert + oldText.slice(end - regionStart);
      const { startLine: baseLine, context } = this.blocks[first];
      const fresh = this.splitRegion(regionText, { base: regionStart, baseLine, context, endContext }, 0);
      if (fresh === null) {
        // The region ends inside an open construct: take in more blocks (doubling) and try again.
        for (let i = last + 1; i <= Math.min(this.blocks.length - 1, last + Math.max(1, last - first)); i++)
          this.reuse.set(reuseKey(this.blocks[i]), this.blocks[i].digest);
        last = Math.min(this.blocks.length - 1, last + Math.max(1, last - first));
        continue;
      }
      const oldLines = this.blocks.slice(first, last + 1).reduce((n, b) => n + lineCount(b), 0);
      const newLines = fresh.reduce((n, b) => n + lineCount(b), 0);
      const definitionsBefore = this.blocks
        .slice(first, last + 1)
        .flatMap((b) => b.digest.definitions)
        .join('\n');
      const definitionsAfter = fresh.flatMap((b) => b.digest.definitions).join('\n');
      for (let i = last + 1; i < this.blocks.length; i++) {
        const block = this.blocks[i];
        this.blocks[i] = { ...block, start: block.start + delta, startLine: block.startLine + newLines - oldLines };
      }
      this.blocks.splice(first, last - first + 1, ...fresh);
      this.joined = null;
      this.length += delta;
      this.reuse.clear();
      if (definitionsBefore !== definitionsAfter) this.refreshDefinitions();
      return;
    }
  }

  /**
   * Splits a region that starts at a valid cut, inside `context`. Returns null when the region is
   * followed by a block (starting in `endContext`) and its end would not lead into it: its last block
   * is left open, or open in another context (the caller widens the region).
   */
  private splitRegion(text: string, region: Region, minChars: number): Block[] | null {
    const { base, baseLine, endContext } = region;
    const atDocumentEnd = endContext === null;
    const split = blockCuts(text, base === 0, minChars, region.context);
    if (!atDocumentEnd && (split.open || split.context !== endContext)) return null;
    const cuts = [...split.cuts, text.length];
    const contexts = [...split.contexts, endContext ?? ''];
    const blocks: Block[] = [];
    let start = 0;
    let context = region.context;
    let line = baseLine;
    for (let i = 0; i < cuts.length; i++) {
      const cut = cuts[i];
      if (cut <= start) continue;
      const block = { start: base + start, startLine: line, text: text.slice(start, cut), context };
      const digest = this.digestOf(block);
      const leadsOn = digest.openAtEnd ? digest.openContext !== '' && digest.openContext === contexts[i] : !contexts[i];
      const unsafe = !leadsOn || (base + start === 0 && opensFrontMatter(block.text) && !digest.frontMatter);
      // An open block ends a region only at the document's end; elsewhere the region widens.
      if (unsafe && !atDocumentEnd) return null;
      if (cut < text.length && unsafe) {
        const rest = { ...block, text: text.slice(start) };
        blocks.push({ ...rest, digest: this.digestOf(rest) });
        return blocks;
      }
      blocks.push({ ...block, digest });
      line += digest.lineStarts.length - 1;
      start = cut;
      context = contexts[i];
    }
    if (blocks.length === 0) {
      const block = { start: base, startLine: baseLine, text, context: region.context };
      blocks.push({ ...block, digest: this.digestOf(block) });
    }
    return blocks;
  }

  /** A block's digest, parsed with the definitions it may reference from other blocks. */
  private digestOf(block: Omit<Block, 'digest'>): BlockDigest {
    const { text, start, context } = block;
    return this.reuse.get(reuseKey(block)) ?? digestBlock(text, this.definitionsFor(text), start === 0, context);
  }

  private definitionsFor(text: string): string {
    return definitionsFor(this.definitions, text);
  }

  /** Re-parses the blocks that may reference a definition when the set of definitions changed. */
  private refreshDefinitions(): void {
    const definitions = [...new Set(this.blocks.flatMap((b) => b.digest.definitions))].sort();
    if (definitions.join('\n') === this.definitions.join('\n')) return;
    this.definitions = definitions;
    this.blocks = this.blocks.map((block) =>
      block.text.includes('[')
        ? {
            ...block,
            digest: digestBlock(block.text, this.definitionsFor(block.text), block.start === 0, block.context),
          }
        : block,
    );
  }

  /** Lines in the text (a text ending in a line break has an empty last line). */
  get lineCount(): number {
    const last = this.blocks[this.blocks.length - 1];
    return last.startLine + last.digest.lineStarts.length;
  }

  /** The text in [start, end), read from the blocks it spans. */
  textIn(start: number, end: number): string {
    if (this.joined !== null) return this.joined.slice(start, end);
    let text = '';
    for (let b = this.blockIndexAt(start); b < this.blocks.length && this.blocks[b].start < end; b++) {
      const block = this.blocks[b];
      text += block.text.slice(Math.max(0, start - block.start), end - block.start);
    }
    return text;
  }

  /** The offset of an LSP position, clamped as editors clamp it: past a line's end is its end. */
  offsetAt(position: Position): number {
    return offsetAt(this.blocks, position);
  }

  /** The LSP position of an offset (clamped to the text; never between \r and \n). */
  positionAt(offset: number): Position {
    return positionAt(this.blocks, offset);
  }

  private blockIndexAt(offset: number): number {
    return lastBlockWith(this.blocks, 'start', offset);
  }
}

/**
 * Every parse has a fixed cost, so a fresh analysis cuts only once a block holds this much text;
 * an edit then re-splits the blocks around it at every safe place, so that later keystrokes there
 * re-parse a paragraph, not a section.
 */
const FRESH_BLOCK_CHARS = 500;

const lineCount = (block: Block) => block.digest.lineStarts.length - 1;

const DEFINITION_LINE = /^ {0,3}\[(\^?)([^\]\r\n]+)\]:/gm;

/** Labels of the lines that look like reference or footnote definitions, as digests name them. */
function likelyDefinitions(text: string): string[] {
  if (!text.includes(']:')) return [];
  const labels = new Set<string>();
  for (const match of text.matchAll(DEFINITION_LINE)) labels.add(`[${match[1]}${match[2]}]`);
  return [...labels].sort();
}
/**
 * Stand-ins for the document's definitions (`labels`, as digests name them) that `text` may use, to
 * parse it with: a reference reads as in the whole document without its block holding the definition.
 */
export function definitionsFor(labels: readonly string[], text: string): string {
  if (labels.length === 0 || !text.includes('[')) return '';
  const lower = text.toLowerCase();
  // A label is used where the text has its opening (`[^12`, `[first`); each opening starts at a bracket.
  const brackets: number[] = [];
  for (let at = lower.indexOf('['); at >= 0; at = lower.indexOf('[', at + 1)) brackets.push(at);
  const used = labels.filter((label) => {
    const opening = openingOf(label);
    return brackets.some((at) => lower.startsWith(opening, at));
  });
  // Blank lines between them: a definition right after a footnote would be read as its continuation.
  return used.map((label) => (label.startsWith('[^') ? `${label}: .` : `${label}: #`)).join('\n\n');
}

/** A label's opening, lower-cased: up to its first space or its closing bracket (kept for the labels seen). */
const openings = new Map<string, string>();
function openingOf(label: string): string {
  let opening = openings.get(label);
  if (opening === undefined) {
    if (openings.size >= 10_000) openings.clear();
    opening = label.slice(0, label.search(/\s|]|$/)).toLowerCase();
    openings.set(label, opening);
  }
  return opening;
}

/**
 * Only the first block can hold front matter, and a block inside a fence reads as code: a digest is
 * kept apart from the same text elsewhere or in another context.
 */
const reuseKey = ({ text, start, context }: Omit<Block, 'digest'>) =>
  context ? `2${context}\n${text}` : start === 0 ? `0${text}` : `1${text}`;

/** Where a region starts (offset, line, context) and the context of the block after it (null: none). */
interface Region {
  base: number;
  baseLine: number;
  context: string;
  endContext: string | null;
}
