/** Markdown's inline content as Word runs: emphasis, strikethrough, code, links, footnote marks and images. */
import { ExternalHyperlink, FootnoteReferenceRun, ImageRun, type ParagraphChild, TextRun } from 'docx';
import type { FootnoteDefinition, Nodes, PhrasingContent } from 'mdast';
import { isLineBreakTag } from '../../document';
import type { Messages } from '../../messages';
import { countWords, hasUriScheme, isAbsolutePath } from '../../text';
import type { ExportWarning } from './exportTypes';
import { imageTarget, type ImageSlot } from './images';
import { xmlText } from './xmlText';

interface Marks {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  link?: boolean;
}

/** What converting one document needs: its images (already loaded), footnotes, and where warnings go. */
export interface DocxContext {
  images: ReadonlyMap<string, ImageSlot>;
  definitions: ReadonlyMap<string, FootnoteDefinition>;
  /** The identifiers of the definitions some footnote mark refers to: those become Word footnotes. */
  referenced: ReadonlySet<string>;
  /** Footnote identifier → Word's footnote number, in order of first reference. */
  footnoteIds: Map<string, number>;
  warnings: ExportWarning[];
  /** The writer's language, for the warnings. */
  messages: Messages;
  /** Lists made so far: each list is a numbering instance of its own, so each starts from its first number. */
  listInstances: number;
  /** Images placed so far: each is named by its number in the package, never by its path. */
  imagesPlaced: number;
}

export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 0;
}

export function inlineRuns(
  nodes: readonly PhrasingContent[],
  context: DocxContext,
  marks: Marks = {},
): ParagraphChild[] {
  return nodes.flatMap((node) => inline(node, context, marks));
}

function inline(node: PhrasingContent, context: DocxContext, marks: Marks): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      return [textRun(node.value.replace(/[ \t]*\n[ \t]*/g, ' '), marks)];
    case 'inlineCode':
      return [textRun(node.value.replace(/\n/g, ' '), { ...marks, code: true })];
    case 'strong':
      return inlineRuns(node.children, context, { ...marks, bold: true });
    case 'emphasis':
      return inlineRuns(node.children, context, { ...marks, italics: true });
    case 'delete':
      return inlineRuns(node.children, context, { ...marks, strike: true });
    case 'break':
      return [new TextRun({ break: 1 })];
    case 'html':
      // A <br> is markup, but the count reads it as a break between words: so does Word.
      return isLineBreakTag(node.value) ? [new TextRun({ break: 1 })] : [];
    case 'link':
      return link(node.url, inlineRuns(node.children, context, { ...marks, link: !isAnchor(node.url) }));
    case 'linkReference':
      return inlineRuns(node.children, context, marks);
    case 'image':
      return image(node, context);
    case 'imageReference':
      // Not part of what a reader sees, but a break between words in the count.
      return [WORD_BREAK()];
    case 'footnoteReference':
      return footnoteReference(node.identifier, context);
    default:
      // Other inline HTML (comments, tags) is not part of what a reader sees.
      return [];
  }
}

const WORD_BREAK = () => new TextRun({ text: ' ' });

function textRun(text: string, marks: Marks): TextRun {
  return new TextRun({
    text: xmlText(text),
    bold: marks.bold,
    italics: marks.italics,
    strike: marks.strike,
    font: marks.code ? 'Consolas' : undefined,
    style: marks.link ? 'Hyperlink' : undefined,
  });
}

/** Anchors within the Markdown file lead nowhere in Word. */
const isAnchor = (url: string) => url === '' || url.startsWith('#');

function link(written: string, children: ParagraphChild[]): ParagraphChild[] {
  if (isAnchor(written)) return children;
  const url = xmlText(written);
  return [new ExternalHyperlink({ link: hasUriScheme(url) || isAbsolutePath(url) ? url : encodeURI(url), children })];
}

function image(node: PhrasingContent & { type: 'image' }, context: DocxContext): ParagraphChild[] {
  const alt = node.alt ?? '';
  const target = imageTarget(node.url);
  if (target.kind === 'remote') {
    if (countWords(alt) > 0)
      context.warnings.push({
        line: lineOf(node),
        message: context.messages.t('export.image.remote', { url: node.url, alt }),
      });
    return link(node.url, [textRun(alt || node.url, { link: true })]);
  }
  const loaded = context.images.get(target.path);
  if (loaded === 'alt-text') return [WORD_BREAK(), textRun(alt, {}), WORD_BREAK()];
  // An image left out still separates the words around it, as in the count.
  if (!loaded) return [WORD_BREAK()];
  return [
    new ImageRun({
      type: loaded.type,
      data: loaded.data,
      transformation: { width: loaded.width, height: loaded.height },
      altText: {
        name: `Picture ${++context.imagesPlaced}`,
        description: xmlText(alt),
        title: xmlText(node.title ?? alt),
      },
    }),
  ];
}

function footnoteReference(identifier: string, context: DocxContext): ParagraphChild[] {
  if (!context.referenced.has(identifier)) return [];
  let id = context.footnoteIds.get(identifier);
  if (id === undefined) context.footnoteIds.set(identifier, (id = context.footnoteIds.size + 1));
  return [new FootnoteReferenceRun(id)];
}
