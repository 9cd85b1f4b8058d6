/** Word drafts made at test time with the `docx` library, as a writer's word processor would save them. */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

// A 1×1 PNG.
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489' +
    '0000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082',
  'hex',
);

const change = { author: 'Maria Rivera', date: '2024-01-01T00:00:00Z' };

export const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

const photo = (description: string) =>
  new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: PNG,
        transformation: { width: 40, height: 30 },
        altText: { name: description, description, title: description },
      }),
    ],
  });
const caption = (text: string) => new Paragraph({ text, style: 'Caption' });
const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });

/** The ESSA submission with every feature an import must carry over. */
export async function fullDraft(): Promise<ArrayBuffer> {
  const document = new Document({
    creator: 'Maria Rivera',
    lastModifiedBy: 'Maria Rivera',
    comments: {
      children: [{ id: 0, author: 'Mentor', date: new Date(0), children: [new Paragraph('Remove this address?')] }],
    },
    footnotes: { 1: { children: [new Paragraph('Family survey, spring term.')] } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('Riverbend Middle School')] }) },
        children: [
          new Paragraph({ text: 'Part 1. Overview Questions (Provides Context)', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Our families\u00a0speak “many” languages'),
              new FootnoteReferenceRun(1),
              new TextRun(' and '),
              new TextRun({ text: 'well-being', italics: true }),
              new TextRun(' matters. Write to '),
              new CommentRangeStart(0),
              new TextRun('maria@example.org'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new TextRun(' or see '),
              new ExternalHyperlink({ link: 'https://www.ed.gov/essa', children: [new TextRun('the law')] }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ text: 'Part 2. Work Examples/Artifacts/Evidence', heading: HeadingLevel.HEADING_1 }),
          bold('Artifact 1: List of Stakeholders'),
          ...['Parents', 'Teachers', 'Students', 'Counselors', 'Board members'].map(
            (who, i) => new Paragraph(`${i + 1}. ${who} because they shape what happens every day`),
          ),
          bold('Artifact 2: Written Plan'),
          new Paragraph('• Point 1: meet families at pickup'),
          new Paragraph('• Point 2: share the plan in three languages'),
          new Paragraph({
            children: [new TextRun('line one'), new TextRun({ text: 'line two', break: 1 })],
          }),
          new Table({
            rows: [
              ['Step', 'When'],
              ['Survey', 'September'],
            ].map(
              (row) =>
                new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }),
            ),
          }),
          bold('Artifact 3: Visual Presentation'),
          photo('Families at the fair'),
          caption('Families meet teachers at the fall fair'),
          photo('The survey table'),
          caption('Students run the survey table'),
          photo('Board meeting'),
          caption('The board hears the plan'),
          photo('Hallway'),
          new Paragraph({ text: 'Part 3 Reflection', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun(words(398)),
              new InsertedTextRun({ text: ' added later', id: 1, ...change }),
              new DeletedTextRun({ text: ' removed words here', id: 2, ...change }),
            ],
          }),
        ],
      },
    ],
  });
  return toArrayBuffer(await Packer.toBuffer(document));
}

export const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** One block of a simple draft: a styled heading, a bold Normal line, or a paragraph. */
export type DraftBlock = { heading: string; level?: 1 | 2 | 3 } | { bold: string } | { text: string };

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

export async function simpleDraft(blocks: readonly DraftBlock[]): Promise<ArrayBuffer> {
  const children = blocks.map((block) =>
    'heading' in block
      ? new Paragraph({ text: block.heading, heading: LEVELS[(block.level ?? 1) - 1] })
      : 'bold' in block
        ? bold(block.bold)
        : new Paragraph(block.text),
  );
  return toArrayBuffer(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
