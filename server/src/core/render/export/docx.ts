/**
 * The submission as a Word document, as a reader sees it: the writer's headings in Word's heading
 * styles, paragraphs, lists, tables, emphasis, links, footnotes and local images; no front matter,
 * no HTML (so no guiding-question comments). What Word counts in each section is what the
 * checker counts, so the two agree. Pure: images come through the caller's reader.
 */
import { Document, Packer, Paragraph } from 'docx';
import type { FootnoteDefinition, Nodes, Root } from 'mdast';
import type { Analysis } from '../../check';
import { documentTree } from '../../document';
import { docxBlocks } from './docxBlocks';
import type { DocxContext } from './docxInline';
import type { DocxExport, ExportWarning, ImageReader } from './exportTypes';
import { loadImages } from './images';
import { xmlText } from './xmlText';

export interface DocxOptions {
  readImage?: ImageReader;
}

export function exportDocx(analysis: Analysis, options: DocxOptions = {}): Promise<DocxExport> {
  return docxOfTree(analysis, documentTree(analysis.blocks), options);
}

/**
 * The same from `tree`, the document's syntax tree (`documentTree` of the analysis's blocks): the
 * writers' bundle takes it from its caller, which has the Markdown parser, so it carries none.
 */
export async function docxOfTree(analysis: Analysis, tree: Root, options: DocxOptions = {}): Promise<DocxExport> {
  const warnings: ExportWarning[] = [];
  const messages = analysis.messages;
  const images = options.readImage ? await loadImages(tree, options.readImage, warnings, messages) : new Map();
  const { definitions, referenced } = footnotesOf(tree);
  const context: DocxContext = {
    images,
    definitions,
    referenced,
    footnoteIds: new Map(),
    warnings,
    messages,
    listInstances: 0,
    imagesPlaced: 0,
  };
  const body = docxBlocks(tree.children, context);
  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const [identifier, id] of context.footnoteIds) {
    const definition = definitions.get(identifier)!;
    footnotes[id] = { children: docxBlocks(definition.children, context).filter((b) => b instanceof Paragraph) };
  }
  const rubric = analysis.rubric;
  const document = new Document({
    // The rubric's title, never the file's name: a name such as "Jane Rivera - submission" identifies the writer.
    title: xmlText(rubric?.title ?? ''),
    subject: xmlText(rubric?.title ?? ''),
    keywords: xmlText(rubric?.id ?? ''),
    // The anonymity rule: nothing in the file's properties names the writer.
    creator: '',
    lastModifiedBy: '',
    footnotes,
    sections: [{ children: body.length > 0 ? body : [new Paragraph({})] }],
  });
  const bytes = await Packer.pack(document, 'uint8array');
  warnings.sort((a, b) => a.line - b.line);
  return { bytes, warnings };
}

function footnotesOf(tree: Root): { definitions: Map<string, FootnoteDefinition>; referenced: Set<string> } {
  const definitions = new Map<string, FootnoteDefinition>();
  const references = new Set<string>();
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'footnoteDefinition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    if (node.type === 'footnoteReference') references.add(node.identifier);
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return { definitions, referenced: new Set([...references].filter((id) => definitions.has(id))) };
}
