/** A Word document (.docx bytes) → a submission in Markdown, with what the import met on the way. */
import type { Nodes, Root } from 'mdast';
import { parseMarkdown } from '../../document';
import type { Rubric, RubricRegistry } from '../../rubric';
import { identifyingMetadata, type MetadataFinding } from './metadata';
import { headingTexts, isGoodMatch, promoteHeadings, rankRubrics, type RubricCandidate } from './rubricChoice';
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
  /** What could not be converted. */
  messages: string[];
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
  const body = stringify(tree);
  const markdown = rubric ? `---\nrubric: ${rubric.id}\n---\n\n${body}` : body;
  let paragraphs: WordImport['paragraphs'] | undefined;
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
    // Placing paragraphs parses the Markdown again: only `check` of a Word draft asks for it.
    get paragraphs() {
      paragraphs ??= paragraphLines(tree, markdown);
      return paragraphs;
    },
    messages: html.messages,
  };
}

const NUMBERED = new Set(['paragraph', 'heading', 'tableCell']);

/** Pairs the tree's blocks with those of the written Markdown, in order, to place each Word paragraph. */
function paragraphLines(tree: Root, markdown: string): WordImport['paragraphs'] {
  const before: (number | undefined)[] = [];
  const after: number[] = [];
  walk(tree, (node) => before.push(firstParagraph(node)));
  walk(parseMarkdown(markdown), (node) => after.push((node.position?.start.line ?? 1) - 1));
  if (before.length !== after.length) return [];
  const lines: WordImport['paragraphs'] = [];
  before.forEach((paragraph, i) => {
    if (paragraph !== undefined && lines.at(-1)?.line !== after[i]) lines.push({ line: after[i], paragraph });
  });
  return lines;
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
  let found: number | null = null;
  for (const entry of paragraphs) {
    if (entry.line > line) break;
    found = entry.paragraph;
  }
  return found;
}
