/**
 * The text of a block as the privacy check reads it: the reader text of each paragraph (from the
 * word count's reader, so `ms.**rivera**@…` is one address), and what is read beside it: headings,
 * link destinations, image alt text (both reach the exported document). Offsets are the block's own.
 */
import type { Heading, Image, ImageReference, Link, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import {
  findIdentifying,
  heldByLabel,
  type IdentifyingMatch,
  type MatchRun,
  matchRunSpan,
  ReaderText,
  toMatchText,
} from '../text';
import { end, start } from './nodeOffsets';

const noWords = () => {};
const BLANK_LINE = /^[ \t]*(?:\r\n|\r|\n|$)/;

export class MatchRuns {
  readonly runs: MatchRun[] = [];
  private readonly headingText = new ReaderText();
  private readonly aside = new ReaderText();

  constructor(private readonly text: string) {}

  readonly take = (run: MatchRun): void => {
    this.runs.push(run);
  };

  /** A heading's text, markup removed. */
  heading(node: Heading): void {
    const walk = (child: Nodes) => {
      if (child.type === 'text' || child.type === 'inlineCode') {
        const at = this.text.indexOf(child.value, start(child));
        const from = at !== -1 && at + child.value.length <= end(child) ? at : start(child);
        this.headingText.add(child.value, this.text, from, at === from ? from + child.value.length : end(child));
      } else if (child.type === 'image') this.alt(child);
      else if ('children' in child) for (const inner of child.children) walk(inner as Nodes);
      if (child.type === 'link') this.destination(child);
    };
    for (const child of node.children) walk(child);
    this.headingText.flush(noWords, this.take);
  }

  /** A link's or image's destination, unless it is the link's text as written (a bare address). */
  destination(node: Link | Image): void {
    const label = node.type === 'link' ? toString(node) : (node.alt ?? '');
    const open = this.text.lastIndexOf('](', end(node));
    if (node.url.length === 0 || open < start(node)) return;
    this.aside.add(node.url, this.text, open + 2, end(node));
    this.aside.flush(noWords, (run) => {
      run.label = toMatchText(label).text;
      this.runs.push(run);
    });
  }

  /** An image's alt text (what a reader of the export sees in its place). */
  alt(node: Image | ImageReference): void {
    if (!node.alt) return;
    const close = this.text.indexOf(']', start(node) + 2);
    this.aside.add(node.alt, this.text, start(node) + 2, close === -1 ? end(node) : close);
    this.aside.flush(noWords, this.take);
  }

  /**
   * Source read as written: a code block, a raw HTML block, front matter; the lines in `plain` (read
   * as plain text already) left out. One run per stretch of lines between blank lines, where alone
   * a block may be cut, so a document split anywhere reads the same runs.
   */
  source(from: number, to: number, plain: readonly { start: number; end: number }[] = []): void {
    for (const region of plain) {
      if (region.end <= from || region.start >= to) continue;
      this.source(from, region.start);
      from = Math.max(from, region.end);
    }
    let stretch = from;
    const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
    LINE.lastIndex = from;
    while (LINE.lastIndex < to) {
      const line = LINE.exec(this.text);
      if (!line || line[0].length === 0) break;
      if (BLANK_LINE.test(line[0])) {
        this.stretch(stretch, line.index);
        stretch = line.index + line[0].length;
      }
    }
    this.stretch(stretch, to);
  }

  private stretch(from: number, to: number): void {
    const value = this.text.slice(from, to);
    if (!/\S/.test(value)) return;
    this.aside.add(value, this.text, from, to);
    this.aside.flush(noWords, this.take);
  }

  /** E-mail addresses and phone numbers in every run, in document order. */
  identifying(): IdentifyingMatch[] {
    this.runs.sort((a, b) => a.start - b.start);
    const found: IdentifyingMatch[] = [];
    for (const run of this.runs) {
      for (const hit of findIdentifying(run.text)) {
        if (run.label !== undefined && heldByLabel(hit, run.label)) continue;
        const [from, to] = matchRunSpan(run, hit.start, hit.end);
        found.push({ ...hit, start: from, end: to });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }
}
