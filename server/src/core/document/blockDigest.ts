/**
 * One block of a document reduced to what the rules need: word offsets, headings, lists, tables,
 * media, comments, identifying text. Digests, not syntax trees, are what the analysis keeps, so
 * a large document costs little memory and an unchanged block is never walked again. Offsets are the block's own.
 */
import type { Nodes, Parents, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { computeLineStarts, findTimestamps, isMediaUrl, ReaderText } from '../text';
import { parseGuarded, type PlainRegion } from './complexity';
import { end, fillPositions, start } from './nodeOffsets';
import { MatchRuns } from './matchRuns';
import { linkedFileInfo, recordingInfo } from './linkFacts';
import { definitionName, entrySpan, isPointLabel, isRecordingLink } from './digestNodes';
import { endsOpen, openContext } from './openConstruct';
import type { BlockDigest, EntryInfo } from './digestTypes';

/**
 * Parses `text` and digests it. `definitions` (reference and footnote definitions made elsewhere in
 * the document) are parsed before it so references resolve as in the whole document. Only a block at
 * the document's start can open with front matter. Lines too costly to parse (complexity.ts) are read
 * as plain text. Nothing outside the text is kept. `context`: the opener line of the fenced code or
 * raw HTML block the text starts inside, if any.
 */
export function digestBlock(text: string, definitions = '', atDocumentStart = true, context = ''): BlockDigest {
  // CommonMark reads U+0000 as U+FFFD; doing it first keeps every value and offset in step with the source.
  if (text.includes('\0')) text = text.replace(/\0/g, '\uFFFD');
  const { tree, plain } = parseGuarded(text, definitions, atDocumentStart, context);
  fillPositions(tree);
  return new Digester(text, plain).run(tree, context);
}

interface ChildStats {
  words: number;
  photos: number[];
}

class Digester {
  private words: number[] = [];
  private wordEnds: number[] = [];
  private readonly reader = new ReaderText();
  private readonly matchRuns: MatchRuns;
  private digest: BlockDigest;
  /** Media links with the durations written after them: no timestamp is read there. */
  private readonly mediaSpans: [number, number][] = [];

  constructor(
    private readonly text: string,
    private readonly plain: readonly PlainRegion[],
  ) {
    this.matchRuns = new MatchRuns(text);
    this.digest = {
      length: text.length,
      lineStarts: computeLineStarts(text),
      wordStarts: new Int32Array(0),
      wordEnds: new Int32Array(0),
      headings: [],
      lists: [],
      tables: [],
      entries: [],
      pointLabels: [],
      media: [],
      linkedFiles: [],
      timestamps: [],
      directives: [],
      identifying: [],
      textRuns: [],
      matchRuns: this.matchRuns.runs,
      definitions: [],
      frontMatter: null,
      openAtEnd: false,
      openContext: '',
      plainRegions: plain.map((region) => ({ ...region })),
    };
  }

  run(tree: Root, context: string): BlockDigest {
    const own = tree.children.filter((node) => start(node) >= 0 && start(node) < this.text.length);
    // A code or HTML block that started in the block before (its opener is the context) goes on here.
    const before = tree.children.find((node) => start(node) < 0 && end(node) > 0);
    if (before?.type === 'code' || before?.type === 'html') this.readAsWritten(0, end(before));
    this.container({ ...tree, children: own }, 0);
    this.digest.openContext = openContext(this.text, own.length > 0 ? own : tree.children, context);
    this.digest.openAtEnd = this.digest.openContext !== '' || endsOpen(this.text, own[own.length - 1]);
    for (const { start: from, end: to } of this.plain) {
      this.reader.add(this.text.slice(from, to), this.text, from, to);
      this.flushWords();
      this.digest.textRuns.push({ start: from, text: this.text.slice(from, to) });
    }
    // Words are found in document order, except where a node's span was only approximate.
    const sorted = this.words.every((w, i) => i === 0 || this.words[i - 1] <= w);
    const order = sorted ? null : this.words.map((_w, i) => i).sort((a, b) => this.words[a] - this.words[b] || a - b);
    this.digest.wordStarts = order ? Int32Array.from(order, (i) => this.words[i]) : new Int32Array(this.words);
    this.digest.wordEnds = order ? Int32Array.from(order, (i) => this.wordEnds[i]) : new Int32Array(this.wordEnds);
    // In document order, the plain regions' runs among the tree's, so what is found in them is too.
    this.digest.textRuns.sort((a, b) => a.start - b.start);
    this.digest.identifying = this.matchRuns.identifying();
    for (const run of this.digest.textRuns) {
      for (const stamp of findTimestamps(run.text)) {
        const at = run.start + stamp.start;
        if (this.mediaSpans.some(([from, to]) => at >= from && at < to)) continue;
        this.digest.timestamps.push({ ...stamp, start: at, end: run.start + stamp.end });
      }
    }
    return this.digest;
  }

  /** Walks a container's children, then decides which of its photos have captions. */
  private container(parent: Parents, listDepth: number): ChildStats {
    const stats: ChildStats[] = parent.children.map((child) => this.node(child as Nodes, listDepth));
    const total: ChildStats = { words: 0, photos: [] };
    stats.forEach((child, index) => {
      total.words += child.words;
      total.photos.push(...child.photos);
      if (child.photos.length === 0) return;
      // Captioned: words beside the photo, or a next paragraph with words and no photo of its own.
      const next = stats[index + 1];
      const nextNode = parent.children[index + 1];
      const captionBelow = next && nextNode?.type === 'paragraph' && next.words > 0 && next.photos.length === 0;
      if (child.words > 0 || captionBelow) {
        for (const photo of child.photos) this.digest.media[photo].captioned = true;
      }
    });
    if (parent.type === 'listItem' && total.words > 0) {
      for (const photo of total.photos) this.digest.media[photo].captioned = true;
    }
    return total;
  }

  private node(node: Nodes, listDepth: number): ChildStats {
    const before = this.words.length;
    const photos: number[] = [];
    switch (node.type) {
      case 'yaml': {
        // The value between the fences, as written (the parser's value has NUL replaced, say).
        const from = start(node);
        const raw = this.text.slice(from, end(node));
        const open = /\r\n|\r|\n/.exec(raw);
        const valueStart = open ? from + open.index + open[0].length : end(node);
        const close = /(\r\n|\r|\n)[^\r\n]*$/.exec(raw);
        const valueEnd = close && from + close.index >= valueStart ? from + close.index : valueStart;
        this.digest.frontMatter = {
          start: from,
          end: end(node),
          value: this.text.slice(valueStart, valueEnd),
          valueStart,
        };
        this.readAsWritten(valueStart, valueEnd);
        break;
      }
      case 'heading':
        if (listDepth === 0) this.notePointLabel(node);
        this.digest.headings.push({
          start: start(node),
          end: end(node),
          depth: node.depth,
          text: toString(node).trim(),
        });
        this.collectText(node);
        this.matchRuns.heading(node);
        break;
      case 'html':
        if (isDirective(node.value))
          this.digest.directives.push({ start: start(node), end: end(node), text: node.value });
        this.readAsWritten(start(node), end(node));
        break;
      case 'code':
        this.readAsWritten(start(node), end(node));
        break;
      case 'definition':
        this.digest.definitions.push(definitionName(node.label ?? node.identifier));
        break;
      case 'list': {
        this.digest.lists.push({ start: start(node), items: node.children.length, topLevel: listDepth === 0 });
        if (listDepth === 0)
          for (const item of node.children)
            this.entry(
              item,
              'item',
              item.children[0]?.type === 'paragraph' && isPointLabel(this.text, item.children[0]),
            );
        for (const item of node.children) this.container(item, listDepth + 1).photos.forEach((p) => photos.push(p));
        break;
      }
      case 'table':
        this.digest.tables.push({ start: start(node), bodyRows: Math.max(0, node.children.length - 1) });
        for (const row of node.children.slice(1)) this.entry(row, 'row', false);
        photos.push(...this.inline(node));
        this.flushWords();
        break;
      case 'footnoteDefinition':
        this.digest.definitions.push(`[^${node.label ?? node.identifier}]`);
        photos.push(...this.container(node, listDepth).photos);
        break;
      case 'blockquote':
        photos.push(...this.container(node, listDepth).photos);
        break;
      case 'paragraph':
        if (listDepth === 0) this.notePointLabel(node);
        photos.push(...this.inline(node));
        this.flushWords();
        break;
      default:
        break;
    }
    return { words: this.words.length - before, photos };
  }

  /** Inline content: words, links, media, photos. Returns the indexes of photos found. */
  private inline(parent: Parents): number[] {
    const photos: number[] = [];
    const children = parent.children as Nodes[];
    children.forEach((child, index) => {
      switch (child.type) {
        case 'text':
          this.reader.add(child.value, this.text, start(child), end(child));
          this.digest.textRuns.push({ start: start(child), text: child.value });
          break;
        case 'inlineCode': {
          const found = this.text.indexOf(child.value, start(child));
          const at = found !== -1 && found + child.value.length <= end(child) ? found : -1;
          if (at === -1) this.reader.add(child.value, this.text, start(child), end(child));
          else this.reader.add(child.value, this.text, at, at + child.value.length);
          this.digest.textRuns.push({ start: at === -1 ? start(child) : at, text: child.value });
          break;
        }
        case 'html':
          // Inline HTML is markup, not text: removed, except that a <br> breaks the line.
          if (isDirective(child.value))
            this.digest.directives.push({ start: start(child), end: end(child), text: child.value });
          if (LINE_BREAK_TAG.test(child.value)) this.reader.separate();
          break;
        case 'link':
        case 'image':
          this.matchRuns.destination(child);
          this.linkedFile(child);
          if (child.type === 'image') this.matchRuns.alt(child);
          if (isMediaUrl(child.url) || (child.type === 'link' && isRecordingLink(child, children[index + 1]))) {
            this.media(child, children[index + 1]);
            if (child.type === 'link') this.linkText(child);
            else this.reader.separate();
          } else if (child.type === 'image') {
            photos.push(this.digest.media.length);
            this.digest.media.push({
              start: start(child),
              end: end(child),
              url: child.url,
              recording: false,
              seconds: null,
              captioned: false,
              written: null,
            });
            this.reader.separate();
          } else if (BARE_SCHEME.test(child.url)) {
            // A template's `[My presentation video](https://)`: a placeholder, no words until the link is filled in.
            this.reader.separate();
          } else {
            photos.push(...this.linkText(child));
          }
          break;
        case 'imageReference':
          this.matchRuns.alt(child);
          photos.push(this.digest.media.length);
          this.digest.media.push({
            start: start(child),
            end: end(child),
            url: '',
            recording: false,
            seconds: null,
            captioned: false,
            written: null,
          });
          this.reader.separate();
          break;
        case 'break':
          this.reader.separate();
          break;
        case 'footnoteReference':
          break;
        default:
          if ('children' in child) photos.push(...this.inline(child));
          // Table cells (and rows) are read one by one.
          if (child.type === 'tableCell' || child.type === 'tableRow') this.reader.separate();
      }
    });
    return photos;
  }

  /** A link's words (a bare URL is one word). Returns the photos inside it. */
  private linkText(link: Nodes & { type: 'link' }): number[] {
    const label = toString(link);
    const url = link.url;
    const isBareUrl =
      label === url || `mailto:${label}` === url || `http://${label}` === url || `https://${label}` === url;
    if (isBareUrl) {
      // The address as written is the text (one run, so one word); its pieces are searched as one for privacy.
      const text = link.children.length === 1 && link.children[0].type === 'text' ? link.children[0] : link;
      this.reader.add(label, this.text, start(text), end(text));
      this.digest.textRuns.push({ start: start(link), text: this.text.slice(start(link), end(link)) });
      return [];
    }
    return this.inline(link);
  }

  private entry(node: Nodes, kind: EntryInfo['kind'], labelled: boolean): void {
    this.digest.entries.push(entrySpan(this.text, node, kind, labelled));
  }

  private notePointLabel(node: Nodes): void {
    if (isPointLabel(this.text, node)) this.digest.pointLabels.push({ start: start(node), end: end(node) });
  }

  private media(node: Nodes & { type: 'link' | 'image' }, next: Nodes | undefined): void {
    const { info, span } = recordingInfo(this.text, node, next);
    this.mediaSpans.push(span);
    this.digest.media.push(info);
  }

  private linkedFile(node: Nodes & { type: 'link' | 'image' }): void {
    const info = linkedFileInfo(this.text, node);
    if (info) this.digest.linkedFiles.push(info);
  }

  private collectText(node: Nodes): void {
    if (node.type === 'text' || node.type === 'inlineCode')
      this.digest.textRuns.push({ start: start(node), text: node.value });
    else if ('children' in node) for (const child of node.children) this.collectText(child as Nodes);
  }

  /** Code, raw HTML and front matter have no words, but what they hold reaches a reader. */
  private readAsWritten(from: number, to: number): void {
    this.matchRuns.source(Math.max(0, from), Math.min(this.text.length, to), this.plain);
  }

  private flushWords(): void {
    this.reader.flush((from, to) => {
      this.words.push(from);
      this.wordEnds.push(to);
    }, this.matchRuns.take);
  }
}

const LINE_BREAK_TAG = /^<br\s*\/?>$/i;

/** Whether inline HTML is a `<br>`: markup, but a break between words the count sees (and exports keep). */
export const isLineBreakTag = (html: string) => LINE_BREAK_TAG.test(html);
const BARE_SCHEME = /^https?:\/\/$/i;

const isDirective = (html: string) => html.startsWith('<!--') && html.includes('rubric-writer-');
