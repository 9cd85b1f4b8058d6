/**
 * Where a document's text may be cut into blocks that parse alone: before top-level headings and
 * after blank lines where the next line cannot continue what came before; never inside front
 * matter; an unclosed fence or raw HTML block is cut too, each piece read with the opener it is in.
 */
import { BLANK, closesFrontMatter, hasFrontMatter, linePattern, mayOpenBlock } from './lines';
import { RAW_HTML_CLOSE, RAW_HTML_OPEN } from './openConstruct';

const FENCE_OPEN = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(`{3,}|~{3,})(.*)/;
const FENCE_CLOSE = /^[ \t>]*(`{3,}|~{3,})[ \t]*(?:\r\n|\r|\n|$)/;
/** A fence that can only be top-level: not indented past three spaces, no container marker before it. */
const TOP_LEVEL_FENCE = /^ {0,3}(?:`{3,}|~{3,})/;

/** Where a block may start, and the opener of the fence or raw HTML block it starts inside ('' for none). */
export interface BlockCuts {
  cuts: number[];
  contexts: string[];
  /** The text ends inside a construct that no context carries on (a comment, front matter, a fence in a list). */
  open: boolean;
  /** The context the text ends in. */
  context: string;
}

/** A fence or raw HTML block being skipped: `context` is its opener line when it can carry on in a next block. */
interface Skipped {
  fence: { char: string; length: number } | null;
  context: string;
}

/** The construct a line opens, to be skipped up to its closer, or null. */
function opens(line: string): Skipped | null {
  const open = line.includes('```') || line.includes('~~~') ? FENCE_OPEN.exec(line) : null;
  if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
    const fence = { char: open[1][0], length: open[1].length };
    return { fence, context: TOP_LEVEL_FENCE.test(line) ? withoutBreak(line) : '' };
  }
  if (line.includes('<') && RAW_HTML_OPEN.test(line) && !RAW_HTML_CLOSE.test(line))
    return { fence: null, context: withoutBreak(line) };
  return null;
}

function closes(skipped: Skipped, line: string): boolean {
  if (!skipped.fence) return RAW_HTML_CLOSE.test(line);
  const close = FENCE_CLOSE.exec(line);
  return close !== null && close[1][0] === skipped.fence.char && close[1].length >= skipped.fence.length;
}

const withoutBreak = (line: string) => line.replace(/[\r\n]+$/, '');

/**
 * Offsets where a block may start, skipping fenced code, raw HTML blocks, HTML comments and front
 * matter; a guess made safe by `openAtEnd`: a wrong cut is undone, a missed one only costs time.
 * Inside a top-level fence or raw HTML block (`context`, the text may start inside one) cuts are made
 * as outside, each with the opener line, so that an unclosed one does not make the rest one block.
 * No cut follows a paragraph with an image, whose caption may be the next paragraph.
 */
export function blockCuts(text: string, atDocumentStart: boolean, minChars = 0, context = ''): BlockCuts {
  const cuts: number[] = [];
  const contexts: string[] = [];
  let lastCut = 0;
  let skipped: Skipped | null = context ? (opens(`${context}\n`) ?? { fence: null, context }) : null;
  let inComment = false;
  let inFrontMatter = atDocumentStart && hasFrontMatter(text);
  let first = true;
  let previousBlank = false;
  let paragraphHasImage = false;
  const LINE = linePattern();
  for (let match = LINE.exec(text); match && match[0].length > 0; match = LINE.exec(text)) {
    const line = match[0];
    const offset = match.index;
    if (inFrontMatter) {
      if (!first && closesFrontMatter(line)) inFrontMatter = false;
      first = false;
      continue;
    }
    first = false;
    if (skipped) {
      if (closes(skipped, line)) skipped = null;
      else if (skipped.context && offset - lastCut >= minChars && mayOpenBlock(line, previousBlank)) {
        cuts.push(offset);
        contexts.push(skipped.context);
        lastCut = offset;
      }
      previousBlank = skipped !== null && BLANK.test(line);
      paragraphHasImage = false;
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      previousBlank = false;
      continue;
    }
    if (BLANK.test(line)) {
      previousBlank = true;
      continue;
    }
    // An image's caption may be the paragraph after it: no cut between the two.
    if (offset > 0 && offset - lastCut >= minChars && mayOpenBlock(line, previousBlank && !paragraphHasImage)) {
      cuts.push(offset);
      contexts.push('');
      lastCut = offset;
    }
    if (previousBlank) paragraphHasImage = false;
    previousBlank = false;
    if (line.includes('![')) paragraphHasImage = true;
    skipped = opens(line);
    if (skipped) continue;
    const comment = line.lastIndexOf('<!--');
    if (comment !== -1 && line.indexOf('-->', comment + 4) === -1) inComment = true;
  }
  const carried = skipped?.context ?? '';
  return { cuts, contexts, open: (skipped !== null && !carried) || inComment || inFrontMatter, context: carried };
}
