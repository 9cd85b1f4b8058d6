/** A Word document (.docx bytes) → a submission in Markdown, with what the import met on the way. */
import type { Nodes, Root } from 'mdast';
import type { Rubric, RubricRegistry } from '../../rubric';
import { countWords } from '../../text';
import { identifyingMetadata, type MetadataFinding } from './metadata';
import { headingTexts, isGoodMatch, promoteHeadings, rankRubrics, type RubricCandidate } from './rubricChoice';
import type { BlockLines } from './markdownOut';
import { liftTypedLists } from './typedLists';
import type { WordImage } from './wordHtml';
import type { WordBlockData } from './wordTree';

export interface WordImportOptions {
  registry: RubricRegistry;
  /** The rubric to write to; when absent, the best match of the draft's headings. */
  rubricId?: string | null;
  /** The folder the images are linked in, relative to the Markdown (`draft-images`). */
  imageFolder: string;
  identifyingTerms?: readonly string[];
}

export interface WordImport {
  /** The submission: front matter naming the rubric (when one was chosen), then the draft. */
  markdown: string;
  rubric: Rubric | null;
  /** The closest rubrics, best first (the first three when none matched well). */
  candidates: RubricCandidate[];
  /** Titles of the rubric's sections the draft's headings open, in rubric order. */
  sectionsFound: string[];
  images: WordImage[];
  insertions: number;
  deletions: number;
  comments: number;
  metadata: MetadataFinding[];
  /** For each Markdown line that starts a block from the Word body, that block's Word paragraph number. */
  readonly paragraphs: { line: number; paragraph: number }[];
  /** What the converter could not convert, as it says it (in English: see conversionNotes.ts). */
  messages: string[];
  /** Words of hidden text left out, as Word leaves them out of what it shows and counts. */
  hiddenWords: number;
}

export async function importWordDocument(data: ArrayBuffer, options: WordImportOptions): Promise<WordImport> {
  // The converters (mammoth, the HTML parser) load when first needed, so a start-up does not pay for them.
  const [{ readWordPackage }, { wordToHtml }, { htmlToTree }, { stringify }] = await Promise.all([
    import('./package'),
    import('./wordHtml'),
    import('./wordTree'),
    import('./markdownOut'),
  ]);
  const pack = await readWordPackage(data);
  const html = await wordToHtml(pack.data, options.imageFolder, pack.headingStyles);
  const tree = await htmlToTree(html.html);
  const candidates = rankRubrics(options.registry, headingTexts(tree));
  const rubric = options.rubricId
    ? (options.registry.get(options.rubricId) ?? null)
    : isGoodMatch(candidates[0])
      ? (options.registry.get(candidates[0].id) ?? null)
      : null;
  const sectionsFound = rubric ? promoteHeadings(tree, rubric) : [];
  // After the headings: a bold "4. Reflection" line is a heading, not the first item of a typed list.
  liftTypedLists(tree);
  const { markdown: body, lines } = stringify(tree);
  const frontMatter = rubric ? `---\nrubric: ${rubric.id}\n---\n\n` : '';
  const markdown = frontMatter + body;
  return {
    markdown,
    rubric,
    candidates: candidates.slice(0, 3),
    sectionsFound,
    images: html.images,
    insertions: pack.insertions,
    deletions: pack.deletions,
    comments: pack.comments,
    metadata: identifyingMetadata(pack, options.identifyingTerms ?? []),
    paragraphs: paragraphLines(tree, lines, frontMatter.split('\n').length - 1),
    messages: html.messages,
    hiddenWords: pack.hiddenText.reduce((sum, text) => sum + countWords(text), 0),
  };
}

const NUMBERED = new Set(['paragraph', 'heading', 'tableCell']);

/** Each numbered block's Word paragraph, at the Markdown line the writer put it on. */
function paragraphLines(tree: Root, lines: BlockLines, offset: number): WordImport['paragraphs'] {
  const placed: WordImport['paragraphs'] = [];
  walk(tree, (node) => {
    const paragraph = firstParagraph(node);
    const line = lines.get(node);
    if (paragraph === undefined || line === undefined || placed.at(-1)?.line === line + offset) return;
    placed.push({ line: line + offset, paragraph });
  });
  return placed;
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  if (NUMBERED.has(node.type)) visit(node);
  // A cell is one block of Markdown, whatever paragraphs the Word cell held.
  if ('children' in node && node.type !== 'tableCell') for (const child of node.children) walk(child, visit);
}

function firstParagraph(node: Nodes): number | undefined {
  const own = (node.data as WordBlockData | undefined)?.paragraph;
  if (own !== undefined || !('children' in node)) return own;
  for (const child of node.children) {
    const found = firstParagraph(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The Word paragraph a Markdown line belongs to: that of the last numbered block starting at or before it. */
export function paragraphAt(paragraphs: WordImport['paragraphs'], line: number): number | null {
  // The entries are in line order: a binary search keeps a long draft's many diagnostics cheap to place.
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (paragraphs[middle].line <= line) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? paragraphs[low - 1].paragraph : null;
}
