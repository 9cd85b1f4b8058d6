/**
 * Markdown to mdast: unified + remark-parse, with GFM and YAML front matter. Prose (paragraphs,
 * headings, comments, lists, tables, footnotes and their inline Markdown) is read straight into the
 * same tree by proseMarkdown.ts; remark-parse reads every text that holds anything more.
 *
 * GFM is what remark-gfm assembles, part by part, in remark-gfm's order. Two parts are costly and
 * can only match text with their own trigger characters: autolink literals (tried at the start of
 * every word) and tables (tried at every line). A text without those triggers is parsed without
 * them, which gives the same tree in about half the time; a property test holds the two equal.
 * Of the autolink literals' syntax, each kind is tried only where the text has its own trigger:
 * an e-mail address its `@` (else every word is read twice), `www.` and `http` theirs.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { combineExtensions } from 'micromark-util-combine-extensions';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Nodes, Root } from 'mdast';
import { parseProseMarkdown } from './proseMarkdown';

interface GfmParts {
  /** The tree transform that finds autolink literals in text (after escapes and references). */
  autolinkLiterals: boolean;
  /** The autolink literals micromark finds, by construct name: `emailAutolink`, `wwwAutolink`, `protocolAutolink`. */
  autolinkKinds: readonly string[];
  tables: boolean;
}

type Extension = ReturnType<typeof gfmAutolinkLiteral>;
type Construct = Exclude<NonNullable<NonNullable<Extension['text']>[number]>, unknown[]>;

/** gfmAutolinkLiteral's syntax with only the constructs named in `kinds`. */
function autolinkLiteralKinds(kinds: readonly string[]): Extension {
  const text: Record<number, Construct[]> = {};
  for (const [code, constructs] of Object.entries(gfmAutolinkLiteral().text ?? {})) {
    const kept = [constructs ?? []].flat().filter((construct) => kinds.includes(construct.name ?? ''));
    if (kept.length > 0) text[Number(code)] = kept;
  }
  return { text };
}

function remarkGfmParts(this: Processor, parts: GfmParts): void {
  const data = this.data();
  const syntax = [gfmFootnote(), gfmStrikethrough()];
  const trees = [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown()];
  if (parts.autolinkLiterals) {
    syntax.unshift(autolinkLiteralKinds(parts.autolinkKinds));
    trees.unshift(gfmAutolinkLiteralFromMarkdown());
  }
  if (parts.tables) {
    syntax.push(gfmTable());
    trees.push(gfmTableFromMarkdown());
  }
  syntax.push(gfmTaskListItem());
  trees.push(gfmTaskListItemFromMarkdown());
  // One combined extension, as micromark-extension-gfm gives: micromark combines the extensions
  // it is handed on every parse, and one is cheaper to combine than five.
  (data.micromarkExtensions ??= []).push(combineExtensions(syntax));
  (data.fromMarkdownExtensions ??= []).push(trees);
}

const processors = new Map<string, ReturnType<typeof createProcessor>>();

function createProcessor(parts: GfmParts) {
  return unified().use(remarkParse).use(remarkGfmParts, parts).use(remarkFrontmatter, ['yaml']).freeze();
}

/**
 * `www`, `http` or an e-mail's `@`: every autolink literal has one. The tree transform reads text
 * after escapes and character references are resolved (`www\.` reads `www.`), so any reference counts.
 */
const AUTOLINK_TRIGGER = /@|www|http|&#?[a-z0-9]+;/i;
/** What each kind of autolink literal needs in the source itself (micromark reads no escape or reference there). */
const AUTOLINK_KINDS: [string, RegExp][] = [
  ['emailAutolink', /@/],
  ['wwwAutolink', /www/i],
  ['protocolAutolink', /http/i],
];
/** A pipe, or a colon beside a dash: a delimiter row has one of them (`a` over `:-` is a table). */
const TABLE_TRIGGER = /\||:[ \t]*-|-[ \t]*:/;

/** Parses `text`; `allParts` has remark-parse read it with every GFM part whatever the text holds (for tests). */
export function parseMarkdown(text: string, allParts = false): Root {
  if (!allParts) {
    const prose = text.includes('\r') ? parseProseWithCrlf(text) : parseProseMarkdown(text);
    if (prose) return prose;
  }
  const autolinkLiterals = allParts || AUTOLINK_TRIGGER.test(text);
  const parts: GfmParts = {
    autolinkLiterals,
    autolinkKinds: autolinkLiterals
      ? AUTOLINK_KINDS.filter(([, trigger]) => allParts || trigger.test(text)).map(([kind]) => kind)
      : [],
    tables: allParts || TABLE_TRIGGER.test(text),
  };
  const key = `${+parts.autolinkLiterals}${parts.autolinkKinds.join()}${+parts.tables}`;
  let processor = processors.get(key);
  if (!processor) processors.set(key, (processor = createProcessor(parts)));
  return processor.parse(text) as Root;
}

/**
 * A text whose every line ends in CR LF (as Windows editors save it), read by the prose reader as
 * the same text in LF, then put back: each offset moves by the CRs before its line, and each value
 * that spans lines gets its CRs back (micromark keeps a line ending as written). Columns and lines
 * are the same. Any other use of CR is remark-parse's to read.
 */
export function parseProseWithCrlf(text: string): Root | null {
  if (LONE_LINE_END.test(text)) return null;
  const tree = parseProseMarkdown(text.replace(/\r\n/g, '\n'));
  if (!tree) return null;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { start, end } = node.position!;
    start.offset! += start.line - 1;
    end.offset! += end.line - 1;
    if ('value' in node && node.value.includes('\n')) node.value = node.value.replace(/\n/g, '\r\n');
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return tree;
}

/** A CR that is no CR LF's, or an LF that is none. */
const LONE_LINE_END = /\r(?!\n)|(?<!\r)\n/;

/** Inline constructs, by micromark's names: off for a parse that only reads the block structure. */
const INLINE_CONSTRUCTS = [
  'attention',
  'autolink',
  'characterReference',
  'codeText',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
];

let structureProcessor: Processor | null = null;

/**
 * The blocks of `text` (paragraphs, headings, lists, quotes, table cells) without reading their
 * inline content: linear time whatever delimiters the text holds. The block structure is the one
 * `parseMarkdown` gives, since CommonMark decides blocks before inline content.
 */
export function parseBlockStructure(text: string): Root {
  structureProcessor ??= unified()
    .use(remarkParse)
    .use(function (this: Processor) {
      const data = this.data();
      (data.micromarkExtensions ??= []).push(gfmTable(), { disable: { null: INLINE_CONSTRUCTS } });
      (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
    })
    .use(remarkFrontmatter, ['yaml'])
    .freeze() as unknown as Processor;
  return structureProcessor.parse(text) as Root;
}
