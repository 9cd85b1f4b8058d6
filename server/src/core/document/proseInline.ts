/**
 * The inline Markdown prose is written in: text, `*emphasis*` and `**strong**`, `code`, [links](url)
 * and ![images](url), read into the nodes remark-parse gives. Anything else (escapes, references,
 * HTML, underscores, autolink literals, unpaired or ambiguous delimiters) gives null, and the caller
 * hands the text to remark-parse (proseMarkdown.ts).
 */
import type { Nodes, PhrasingContent } from 'mdast';

type Point = NonNullable<Nodes['position']>['start'];

export type PointAt = (offset: number) => Point;

/**
 * What inline reading needs of its text: where each offset is, the footnotes it may define (lower-cased
 * labels), and the footnotes called, for the caller to check that each call has its definition.
 */
export interface InlineContext {
  text: string;
  pointAt: PointAt;
  footnotes: ReadonlySet<string>;
  calls: string[];
}

/** A footnote label as prose writes it: letters, digits and hyphens. */
export const FOOTNOTE_LABEL = /^[A-Za-z0-9-]{1,32}$/;

/** A run of `*` that opens or closes (never both: a run that could do either gives null). */
interface Run {
  type: 'run';
  start: number;
  length: number;
  opens: boolean;
}

type Item = PhrasingContent | Run;

/** What is beside a `*` run, as CommonMark sorts it; Unknown for what this reader does not sort. */
const Kind = { Space: 0, Punctuation: 1, Word: 2, Unknown: 3 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

/** Characters beside a `*` run, as CommonMark sorts them; those outside this small table are Unknown. */
function kindOf(code: number): Kind {
  if (Number.isNaN(code) || code === 32 || code === 10 || code === 0xa0) return Kind.Space;
  if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) return Kind.Word;
  if (code < 128) return code > 32 && code !== 127 ? Kind.Punctuation : Kind.Unknown;
  // Latin-1 and Latin Extended letters, and the general punctuation writers type (dashes, quotes, …).
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return Kind.Word;
  if ((code >= 0x2010 && code <= 0x2027) || code === 0xa1 || code === 0xbf || code === 0xab || code === 0xbb)
    return Kind.Punctuation;
  return Kind.Unknown;
}

/** Reads [from, to) of `text`; null where the text holds more than prose's inline Markdown. */
export function parseProseInline(context: InlineContext, from: number, to: number): PhrasingContent[] | null {
  const { text, pointAt } = context;
  const items: Item[] = [];
  let textStart = from;
  const flush = (end: number) => {
    if (end > textStart)
      items.push({ type: 'text', value: text.slice(textStart, end), position: span(textStart, end) });
  };
  const span = (start: number, end: number) => ({ start: pointAt(start), end: pointAt(end) });
  let i = from;
  while (i < to) {
    SPECIAL.lastIndex = i;
    const found = SPECIAL.exec(text);
    if (!found || found.index >= to) break;
    i = found.index;
    const code = text.charCodeAt(i);
    let item: Item | null | undefined;
    let next = i + 1;
    switch (code) {
      case 42 /* * */:
        {
          while (next < to && text.charCodeAt(next) === 42) next++;
          item = delimiterRun(text, i, next);
          break;
        }
      case 96 /* ` */:
        {
          next = codeSpanEnd(text, i, to);
          item = next < 0 ? null : codeSpan(text, i, next, span);
          break;
        }
      case 91 /* [ */:
      case 33 /* ! */:
        {
          if (code === 33 && text.charCodeAt(i + 1) !== 91) break;
          const link =
            code === 91 && text.charCodeAt(i + 1) === 94
              ? footnoteAt(context, i, to, i === from || text.charCodeAt(i - 1) === 10)
              : linkAt(context, i, to);
          item = link?.node ?? null;
          next = link?.end ?? next;
          break;
        }
      case 38 /* & */:
        if (isReferenceStart(text.charCodeAt(i + 1))) return null;
        break;
      case 92 /* \ */:
      case 95 /* _ */:
      case 126 /* ~ */:
      case 60 /* < */:
      case 124 /* | */:
      case 64 /* @ */:
      case 93 /* ] */:
      case 0:
        return null;
    }
    if (item === undefined) {
      i = next;
      continue;
    }
    if (item === null) return null;
    flush(i);
    items.push(item);
    i = textStart = next;
  }
  flush(to);
  if (items.some((item) => item.type === 'text' && AUTOLINK_TRIGGER.test(item.value))) return null;
  return resolveEmphasis(items, pointAt);
}

/** Where the scan stops: everything between is text. */
const SPECIAL = /[*`[!&\\_~<|@\]\0]/g;
/** What an autolink literal holds (`www`, `http` in any case, an e-mail's `@`): remark-parse's to read. */
const AUTOLINK_TRIGGER = /@|www|http/i;

function isReferenceStart(code: number): boolean {
  return code === 35 || (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

/** A `*` run of one or two that only opens or only closes, or null. */
function delimiterRun(text: string, start: number, end: number): Run | null {
  if (end - start > 2) return null;
  const before = kindOf(text.charCodeAt(start - 1));
  const after = kindOf(text.charCodeAt(end));
  if (before === Kind.Unknown || after === Kind.Unknown) return null;
  const leftFlanking =
    after !== Kind.Space && (after !== Kind.Punctuation || before === Kind.Space || before === Kind.Punctuation);
  const rightFlanking =
    before !== Kind.Space && (before !== Kind.Punctuation || after === Kind.Space || after === Kind.Punctuation);
  if (leftFlanking === rightFlanking) return null;
  return { type: 'run', start, length: end - start, opens: leftFlanking };
}

/** Where the code span opened at `start` ends (after its closing backticks), or -1. */
function codeSpanEnd(text: string, start: number, to: number): number {
  let open = start;
  while (open < to && text.charCodeAt(open) === 96) open++;
  const length = open - start;
  for (let i = open; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return -1;
    if (code !== 96) continue;
    let close = i;
    while (close < to && text.charCodeAt(close) === 96) close++;
    if (close - i === length) return close;
    i = close - 1;
  }
  return -1;
}

function codeSpan(
  text: string,
  start: number,
  end: number,
  span: (a: number, b: number) => PhrasingContent['position'],
) {
  let ticks = 0;
  while (text.charCodeAt(start + ticks) === 96) ticks++;
  let value = text.slice(start + ticks, end - ticks);
  if (value.trim() === '') return null;
  if (value.startsWith(' ') && value.endsWith(' ')) value = value.slice(1, -1);
  return { type: 'inlineCode', value, position: span(start, end) } as PhrasingContent;
}

/** A link or image at `start` with a plain destination and no title, or null. */
function linkAt(context: InlineContext, start: number, to: number) {
  const { text, pointAt } = context;
  const image = text.charCodeAt(start) === 33;
  const labelStart = start + (image ? 2 : 1);
  let labelEnd = labelStart;
  for (; labelEnd < to; labelEnd++) {
    const code = text.charCodeAt(labelEnd);
    if (code === 93) break;
    if (code === 91 || code === 96 || code === 92 || code === 60 || (image && !isPlainAlt(code))) return null;
  }
  if (labelEnd >= to || labelEnd === labelStart || text.charCodeAt(labelEnd + 1) !== 40 /* ( */) return null;
  const urlStart = labelEnd + 2;
  let urlEnd = urlStart;
  for (; urlEnd < to; urlEnd++) {
    const code = text.charCodeAt(urlEnd);
    if (code === 41 /* ) */) break;
    if (code <= 32 || code === 40 || code === 60 || code === 92 || code === 96 || code === 127) return null;
    if (code === 38 && isReferenceStart(text.charCodeAt(urlEnd + 1))) return null;
  }
  if (urlEnd >= to || urlEnd === urlStart) return null;
  const url = text.slice(urlStart, urlEnd);
  const position = { start: pointAt(start), end: pointAt(urlEnd + 1) };
  if (image) {
    if (AUTOLINK_TRIGGER.test(text.slice(labelStart, labelEnd))) return null;
    const node: PhrasingContent = { type: 'image', title: null, url, alt: text.slice(labelStart, labelEnd), position };
    return { node, end: urlEnd + 1 };
  }
  const children = parseProseInline(context, labelStart, labelEnd);
  if (!children) return null;
  return { node: { type: 'link', title: null, url, children, position } as PhrasingContent, end: urlEnd + 1 };
}

/**
 * A call of a footnote the text defines, not followed by `(` or `[` (which could make it a link), nor,
 * where it opens a line or a block's content (`first`), by the `:` that opens a definition there (in
 * an item, or on a paragraph's next line); or null.
 */
function footnoteAt(context: InlineContext, start: number, to: number, first: boolean) {
  const { text, pointAt } = context;
  const close = text.indexOf(']', start);
  if (close < 0 || close >= to) return null;
  const label = text.slice(start + 2, close);
  const after = text.charCodeAt(close + 1);
  if (!FOOTNOTE_LABEL.test(label) || !context.footnotes.has(label.toLowerCase())) return null;
  if (after === 40 || after === 91 || (first && after === 58)) return null;
  const position = { start: pointAt(start), end: pointAt(close + 1) };
  const node: PhrasingContent = { type: 'footnoteReference', identifier: label.toLowerCase(), label, position };
  context.calls.push(node.identifier);
  return { node, end: close + 1 };
}

/** An image's alt text is kept only when it is plain: no Markdown inside it to read. */
function isPlainAlt(code: number): boolean {
  return !(code === 10 || code === 42 || code === 95 || code === 38 || code === 33 || code === 126 || code === 0);
}

/** Pairs each closing run with the opening run before it, nested; null unless every run pairs with one as long. */
function resolveEmphasis(items: Item[], pointAt: PointAt): PhrasingContent[] | null {
  const stack: { run: Run; children: PhrasingContent[] }[] = [];
  let children: PhrasingContent[] = [];
  const root = children;
  for (const item of items) {
    if (item.type !== 'run') {
      children.push(item);
      continue;
    }
    if (item.opens) {
      stack.push({ run: item, children });
      children = [];
      continue;
    }
    const open = stack.pop();
    if (!open || open.run.length !== item.length || children.length === 0) return null;
    const position = { start: pointAt(open.run.start), end: pointAt(item.start + item.length) };
    open.children.push({ type: item.length === 2 ? 'strong' : 'emphasis', children, position } as PhrasingContent);
    children = open.children;
  }
  return stack.length === 0 ? root : null;
}
