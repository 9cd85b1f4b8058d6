/** Markdown's blocks as Word paragraphs and tables: headings in Word's heading styles, lists, quotes, tables. */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type ILevelsOptions,
} from 'docx';
import type { List, ListItem, RootContent, Table as MdTable } from 'mdast';
import { type DocxContext, inlineRuns, lineOf } from './docxInline';

export type DocxBlock = Paragraph | Table;

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

const QUOTE_BORDER = { left: { style: BorderStyle.SINGLE, size: 12, color: 'BFBFBF', space: 8 } };

interface Place {
  /** Blockquotes around the block. */
  quote: number;
  /** The list level of the item the block is in, or -1. */
  listLevel: number;
}

const TOP: Place = { quote: 0, listLevel: -1 };

export function docxBlocks(nodes: readonly RootContent[], context: DocxContext, place: Place = TOP): DocxBlock[] {
  return nodes.flatMap((node) => block(node, context, place));
}

function block(node: RootContent, context: DocxContext, place: Place): DocxBlock[] {
  switch (node.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[node.depth - 1],
          children: inlineRuns(
            node.children.filter((child) => child.type !== 'image'),
            context,
          ),
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: inlineRuns(node.children, context), ...indentOf(place) })];
    case 'blockquote':
      return docxBlocks(node.children, context, { ...place, quote: place.quote + 1 });
    case 'list':
      return list(node, context, place);
    case 'table':
      return [table(node, context)];
    case 'thematicBreak':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'BFBFBF', space: 1 } } })];
    case 'footnoteDefinition':
      // A note that is referenced is a Word footnote; one that is not stays where it is written.
      return context.referenced.has(node.identifier) ? [] : docxBlocks(node.children, context, place);
    case 'code':
      context.warnings.push({
        line: lineOf(node),
        message: context.messages.t('export.codeBlock'),
      });
      return [];
    default:
      // Front matter and HTML (so guiding-question comments) are not part of what a reader sees.
      return [];
  }
}

function indentOf(place: Place): { indent?: { left: number }; border?: typeof QUOTE_BORDER } {
  const left = (place.listLevel + 1) * LIST_INDENT + place.quote * LIST_INDENT;
  return {
    ...(left > 0 ? { indent: { left } } : {}),
    ...(place.quote > 0 ? { border: QUOTE_BORDER } : {}),
  };
}

/** Twips per list level (half an inch). */
const LIST_INDENT = 720;

function list(node: List, context: DocxContext, place: Place): DocxBlock[] {
  const level = Math.min(place.listLevel + 1, 8);
  const instance = ++context.listInstances;
  const start = node.start ?? 1;
  return node.children.flatMap((item) => listItem(item, node, { level, instance, start }, context, place));
}

function listItem(
  item: ListItem,
  parent: List,
  numbering: { level: number; instance: number; start: number },
  context: DocxContext,
  place: Place,
): DocxBlock[] {
  const inside: Place = { ...place, listLevel: numbering.level };
  const [first, ...rest] = item.children;
  const reference =
    typeof item.checked === 'boolean'
      ? item.checked
        ? TASK_DONE
        : TASK_OPEN
      : parent.ordered
        ? ordered(numbering.start)
        : BULLETS;
  const marked = new Paragraph({
    children: first?.type === 'paragraph' ? inlineRuns(first.children, context) : [],
    numbering: { reference, level: numbering.level, instance: numbering.instance },
    ...(place.quote > 0 ? { border: QUOTE_BORDER } : {}),
  });
  const after = first && first.type !== 'paragraph' ? [first, ...rest] : rest;
  return [marked, ...docxBlocks(after as RootContent[], context, inside)];
}

function table(node: MdTable, context: DocxContext): Table {
  const alignments = node.align ?? [];
  const rows = node.children.map(
    (row, r) =>
      new TableRow({
        ...(r === 0 ? { tableHeader: true } : {}),
        children: row.children.map(
          (cell, c) =>
            new TableCell({
              children: [
                new Paragraph({
                  alignment: ALIGN[alignments[c] ?? 'left'],
                  children: inlineRuns(cell.children, context, { bold: r === 0 }),
                }),
              ],
            }),
        ),
      }),
  );
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };

function levels(text: (level: number) => string, format: (level: number) => ILevelsOptions['format'], start = 1) {
  return Array.from({ length: 9 }, (_v, level) => ({
    level,
    format: format(level),
    text: text(level),
    start,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: (level + 1) * LIST_INDENT, hanging: 360 } } },
  }));
}

const BULLET_GLYPHS = ['•', '◦', '▪'];
const BULLETS = {
  reference: 'bullets',
  levels: levels(
    (level) => BULLET_GLYPHS[level % 3],
    () => LevelFormat.BULLET,
  ),
};
const TASK_OPEN = {
  reference: 'task-open',
  levels: levels(
    () => '☐',
    () => LevelFormat.BULLET,
  ),
};
const TASK_DONE = {
  reference: 'task-done',
  levels: levels(
    () => '☒',
    () => LevelFormat.BULLET,
  ),
};
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

function ordered(start: number) {
  return {
    reference: `ordered-${start}`,
    levels: levels(
      (level) => `%${level + 1}.`,
      (level) => ORDERED_FORMATS[level % 3],
      start,
    ),
  };
}
