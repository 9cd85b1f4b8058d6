/**
 * A document: split into blocks, each parsed and digested once, indexed, its front matter and
 * outline. Imports text.
 */
export type {
  BlockDigest,
  EntryInfo,
  FrontMatterInfo,
  LinkedFileInfo,
  MediaInfo,
  PointLabelInfo,
} from './digestTypes';
export { digestBlock, isLineBreakTag } from './blockDigest';
export { BlockIndex } from './blockIndex';
export { DocumentModel, splitBlocks, type Block } from './documentModel';
export { documentTree } from './documentTree';
export { mayNameRubric, readFrontMatter, type FrontMatter, type FrontMatterError } from './frontMatter';
export { buildOutline, isWithin, type OutlineHeading } from './outline';
export { parseMarkdown } from './parse';
