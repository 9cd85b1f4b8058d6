/**
 * Word body → HTML, through mammoth (loaded when first needed: only an import pays for it). Each
 * paragraph's number is written as a marker before its text, so the Markdown can say where a Word
 * user finds a line; short lines that are all bold or larger than the body text are marked as
 * possible headings (the rubric decides later).
 */
import { type HeadingStyles, undefinedStyleHeading } from './headingStyles';

/**
 * Opens a paragraph-number marker: `\uE000` + number + `\uE001`, private-use characters no draft
 * holds; `\uE002` in place of `\uE001` marks a numbered list's line that may be a heading.
 */
export const MARKER = /\uE000(\d+)([\uE001\uE002])/g;
const marker = (n: number, listCandidate: boolean) => `\uE000${n}${listCandidate ? '\uE002' : '\uE001'}`;

/** The class mammoth gives a paragraph that may be a heading typed by hand. */
export const CANDIDATE_CLASS = 'rw-candidate';
const CANDIDATE_STYLE = 'Rubric Writer Candidate Heading';
/**
 * mammoth's warnings for a style it has no mapping for (a word processor's own "Footnote Characters",
 * a school template's "Body Text 2") or that the document uses without defining: the text is kept as a
 * plain paragraph or run, so nothing is lost and there is nothing for the writer to do.
 */
const UNMAPPED_STYLE =
  /^Unrecognised (paragraph|run|table) style: |^(Paragraph|Run|Table|Numbering) style with ID .* was referenced/;
/**
 * How a drawn shape (VML: a text box's or a picture's frame, as LibreOffice and older Word write it) is filled,
 * outlined, shaped, locked or wrapped: no text, so nothing the writer would miss.
 */
const DRAWING_ONLY = /^An unrecognised element was ignored: (?:v:(?:fill|stroke|path|formulas|handles|skew)|o:lock)$/;
/**
 * The styles of body text, in which a bold line may be a heading typed by hand: Word's, Word's for
 * pasted web text and for numbered lines, LibreOffice's, Pages' (`Body`).
 */
const BODY_STYLE =
  /^(normal|body|body text|normal \(web\)|list paragraph|text body|default paragraph style|standard)$/i;
/** The styles of a table of contents' entries: Word's and Google Docs' `toc 1`, LibreOffice's `Contents 1`. */
const TABLE_OF_CONTENTS = /^(toc|contents) ?\d$/i;
/** A heading typed by hand is short. */
const MAX_HEADING_WORDS = 14;

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='Heading ${n}'] => h${n}:fresh`),
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  `p[style-name='${CANDIDATE_STYLE}'] => p.${CANDIDATE_CLASS}:fresh`,
];

export interface WordImage {
  /** Where the Markdown links it, e.g. `draft-images/image-1.png`. */
  path: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface WordHtml {
  html: string;
  images: WordImage[];
  /** What mammoth could not convert (unknown styles, unreadable parts). */
  messages: string[];
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
  'image/tiff': 'tif',
  'image/svg+xml': 'svg',
  'image/webp': 'webp',
  'image/x-emf': 'emf',
  'image/x-wmf': 'wmf',
};

export async function wordToHtml(
  data: ArrayBuffer,
  imageFolder: string,
  headingStyles: HeadingStyles = new Map(),
): Promise<WordHtml> {
  const mammoth = (await import('mammoth')).default;
  const images: WordImage[] = [];
  const result = await mammoth.convertToHtml(
    // mammoth reads `buffer` in Node and `arrayBuffer` in the browser; both take the same bytes.
    { arrayBuffer: data, buffer: data } as unknown as Parameters<typeof mammoth.convertToHtml>[0],
    {
      styleMap: STYLE_MAP,
      transformDocument: (document: ModelElement) => markParagraphs(document, headingStyles),
      convertImage: mammoth.images.imgElement(async (image) => {
        const extension = EXTENSIONS[image.contentType] ?? image.contentType.split('/').pop() ?? 'bin';
        const path = `${imageFolder}/image-${images.length + 1}.${extension}`;
        images.push({ path, contentType: image.contentType, bytes: new Uint8Array(await image.readAsArrayBuffer()) });
        return { src: path };
      }),
    },
  );
  const messages = result.messages
    .map((m) => m.message)
    .filter((m) => !UNMAPPED_STYLE.test(m) && !DRAWING_ONLY.test(m));
  return { html: result.value, images, messages };
}

// mammoth's document model, as far as it is read here.
interface ModelElement {
  type: string;
  children?: ModelElement[];
  value?: string;
  styleName?: string | null;
  styleId?: string | null;
  numbering?: unknown;
  isBold?: boolean;
  fontSize?: number | null;
}

function markParagraphs(document: ModelElement, headingStyles: HeadingStyles): ModelElement {
  const paragraphs: ModelElement[] = [];
  const collect = (element: ModelElement) => {
    if (element.type === 'paragraph') paragraphs.push(element);
    else for (const child of element.children ?? []) collect(child);
  };
  collect(document);
  const bodySize = commonFontSize(paragraphs);
  let number = 0;
  for (const paragraph of paragraphs) {
    const texts = descendants(paragraph, 'text');
    const hasImage = descendants(paragraph, 'image').length > 0;
    if (!hasImage && !texts.some((t) => t.value?.trim())) continue;
    // A table of contents' entry repeats a heading and a page number, which no section counts.
    if (TABLE_OF_CONTENTS.test(paragraph.styleName ?? '')) {
      paragraph.children = [];
      continue;
    }
    number += 1;
    const heading = paragraph.styleId
      ? (headingStyles.get(paragraph.styleId) ??
        (paragraph.styleName ? undefined : (undefinedStyleHeading(paragraph.styleId) ?? undefined)))
      : undefined;
    if (heading) paragraph.styleName = heading;
    // A numbered line keeps its list (the rubric decides later whether it leaves it as a heading).
    const candidate = isCandidateHeading(paragraph, bodySize);
    if (candidate && !paragraph.numbering) paragraph.styleName = CANDIDATE_STYLE;
    const mark = marker(number, candidate && Boolean(paragraph.numbering));
    const first = texts.find((t) => t.value);
    if (first) first.value = mark + first.value;
    else descendants(paragraph, 'run')[0]?.children?.unshift({ type: 'text', value: mark });
  }
  return document;
}

function descendants(element: ModelElement, type: string, out: ModelElement[] = []): ModelElement[] {
  for (const child of element.children ?? []) {
    if (child.type === type) out.push(child);
    descendants(child, type, out);
  }
  return out;
}

/** A Normal paragraph (maybe numbered) of a few words, every one of them bold or larger than the body. */
function isCandidateHeading(paragraph: ModelElement, bodySize: number | null): boolean {
  if (paragraph.styleName && !BODY_STYLE.test(paragraph.styleName)) return false;
  // Runs of words: a colon or space left plain after a bold heading does not make it body text.
  const runs = descendants(paragraph, 'run').filter((run) =>
    descendants(run, 'text').some((t) => /[\p{L}\p{N}]/u.test(t.value ?? '')),
  );
  if (runs.length === 0 || descendants(paragraph, 'image').length > 0) return false;
  const text = runs
    .map((run) =>
      descendants(run, 'text')
        .map((t) => t.value)
        .join(''),
    )
    .join('');
  const words = text.trim().split(/\s+/).length;
  if (words > MAX_HEADING_WORDS || /[.!?]["”’]?$/.test(text.trim())) return false;
  const larger = (run: ModelElement) => bodySize !== null && (run.fontSize ?? bodySize) > bodySize;
  return runs.every((run) => run.isBold || /^strong$/i.test(run.styleName ?? '') || larger(run));
}

/** The font size most of the body's text is set in (null when runs do not say). */
function commonFontSize(paragraphs: ModelElement[]): number | null {
  const weights = new Map<number, number>();
  for (const paragraph of paragraphs)
    for (const run of descendants(paragraph, 'run')) {
      if (!run.fontSize) continue;
      const length = descendants(run, 'text').reduce((n, t) => n + (t.value?.length ?? 0), 0);
      weights.set(run.fontSize, (weights.get(run.fontSize) ?? 0) + length);
    }
  let best: number | null = null;
  for (const [size, weight] of weights) if (best === null || weight > (weights.get(best) ?? 0)) best = size;
  return best;
}
