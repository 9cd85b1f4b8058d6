/** Line patterns shared by the block splitter and the complexity guard. */

/** Every line with its terminator; a fresh pattern per scan (the `g` flag keeps state). */
export const linePattern = () => /[^\r\n]*(?:\r\n|\r|\n|$)/g;
export const ATX = /^#{1,6}(?:[ \t]|\r|\n|$)/;
export const BLANK = /^[ \t]*(?:\r\n|\r|\n|$)/;
/**
 * A line after a blank line that cannot belong to what came before: unindented, no list marker,
 * and not `---`, which would read as front matter at the start of a block.
 */
export const FRESH_START = /^(?![ \t]|[-*+](?:[ \t]|\r|\n|$)|\d{1,9}[.)](?:[ \t]|\r|\n|$)|---[ \t]*(?:\r|\n|$))\S/;

/** A line the block splitter may cut before: a top-level heading, or a fresh start after a blank line. */
export const mayOpenBlock = (line: string, previousBlank: boolean) =>
  isHeadingLine(line) || (previousBlank && FRESH_START.test(line));

export const opensFrontMatter = (text: string) => /^---[ \t]*(\r?\n|\r)/.test(text);
/** Front matter that is closed somewhere below its opening line. */
export const hasFrontMatter = (text: string) =>
  opensFrontMatter(text) && /(\r?\n|\r)(---|\.\.\.)[ \t]*(\r?\n|\r|$)/.test(text);
export const closesFrontMatter = (line: string) => /^(---|\.\.\.)[ \t]*(\r?\n|\r|$)/.test(line);

/** A top-level ATX heading line. */
export const isHeadingLine = (line: string) => line.charCodeAt(0) === 35 /* # */ && ATX.test(line);

const FRONT_MATTER_OPEN = /^---[ \t]*(?:\r\n|\r|\n)/;

/** The lines between front matter's fences, as remark-frontmatter reads them (`---` both times), or null. */
export function frontMatterBody(text: string): { start: number; end: number } | null {
  const fences = frontMatterFences(text);
  return fences && fences.bodyEnd > fences.bodyStart ? { start: fences.bodyStart, end: fences.bodyEnd } : null;
}

/** Front matter's body and where the text after its closing fence starts (past the line break). */
export function frontMatterFences(text: string): { bodyStart: number; bodyEnd: number; end: number } | null {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return null;
  const bodyStart = open[0].length;
  const close = /(\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/g;
  close.lastIndex = bodyStart - 1;
  const found = close.exec(text);
  if (!found) return null;
  return { bodyStart, bodyEnd: Math.max(bodyStart, found.index + found[1].length), end: close.lastIndex };
}
