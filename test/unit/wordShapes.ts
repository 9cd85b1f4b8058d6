/**
 * Word drafts in the shapes office suites save them, made at test time with the `docx` library:
 * headings in every style a word processor names them, lists, a stakeholder table, a text box,
 * tracked changes, fields, breaks and the characters Word writes as elements of their own.
 */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Footer,
  HeadingLevel,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  NoBreakHyphen,
  Packer,
  PageBreak,
  Paragraph,
  SoftHyphen,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
} from 'docx';
import JSZip from 'jszip';
import { PNG, toArrayBuffer, words } from './wordFixtures';

const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) =>
  [0, 1].map((level) => ({ level, format, text: text(level), alignment: AlignmentType.START }));

export const numbering = {
  config: [
    { reference: 'numbered', levels: levels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`) },
    { reference: 'bullets', levels: levels(LevelFormat.BULLET, () => '•') },
  ],
};

/** Heading styles as Google Docs (`heading 2`), an OpenDocument conversion and a school template name them. */
const paragraphStyles = [
  { id: 'MyHeading', name: 'MyHeading', basedOn: 'Heading1', next: 'Normal', run: { bold: true, size: 32 } },
  { id: 'SectionHead', name: 'Section Head', basedOn: 'Normal', paragraph: { outlineLevel: 1 }, run: { size: 28 } },
  { id: 'Heading2GD', name: 'heading 2', basedOn: 'Normal', run: { size: 28 } },
  { id: 'Heading_20_1', name: 'Heading_20_1', basedOn: 'Normal', run: { size: 32 } },
  { id: 'ContentsHeading', name: 'Contents Title', basedOn: 'Heading1', paragraph: { outlineLevel: 9 } },
];

const cells = (row: readonly string[]) =>
  new TableRow({ children: row.map((text) => new TableCell({ children: [new Paragraph(text)] })) });
const change = { author: 'Editor', date: '2024-01-01T00:00:00Z' };

/**
 * The working-together submission, each heading in another style. Counts by hand, as Word shows
 * them for each section: Part 1 27, Artifact 1 18 (five stakeholder rows), Artifact 2 15,
 * Artifact 3 9 (caption and text box), Part 2 42 (its artifacts), Part 3 12.
 */
export async function shapesDraft(): Promise<ArrayBuffer> {
  const document = new Document({
    creator: 'Unnamed',
    numbering,
    styles: { paragraphStyles },
    footnotes: { 1: { children: [new Paragraph('Survey done in spring term.')] } },
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph('Page footer')] }) },
        children: [
          new Paragraph({ text: 'Working Together', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Contents', style: 'ContentsHeading' }),
          new Paragraph({ text: '1. Overview Questions', style: 'Heading_20_1' }),
          new Paragraph({
            children: [
              new TextRun('one two three'),
              new FootnoteReferenceRun(1),
              new TextRun({
                children: [' four well', new NoBreakHyphen(), 'being co', new SoftHyphen(), 'operate five'],
              }),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun('“Smart” quotes — and em dash word—word end'),
              new TextRun({ text: 'after break', break: 1 }),
            ],
          }),
          new Paragraph('Page 1 here'),
          new Paragraph({ children: [new PageBreak(), new TextRun('after page break')] }),
          new Paragraph({ text: 'Part 2. Work Examples/Artifacts/Evidence', style: 'MyHeading' }),
          new Paragraph({ text: 'Artifact 1: List of Stakeholders', style: 'SectionHead' }),
          new Table({
            rows: [
              ['Stakeholder', 'Why'],
              ['Parents', 'they know kids'],
              ['Teachers', 'they teach'],
              ['Students', 'they learn'],
              ['Board', 'it decides'],
              ['Nurses', 'they care'],
            ].map(cells),
          }),
          new Paragraph({ text: 'Artifact 2: Written Plan', style: 'Heading2GD' }),
          new Paragraph({ text: 'first numbered', numbering: { reference: 'numbered', level: 0 } }),
          new Paragraph({ text: 'nested numbered', numbering: { reference: 'numbered', level: 1 } }),
          new Paragraph({ text: 'second numbered', numbering: { reference: 'numbered', level: 0 } }),
          new Paragraph({ text: 'bullet one', numbering: { reference: 'bullets', level: 0 } }),
          new Paragraph({ text: 'bullet nested', numbering: { reference: 'bullets', level: 1 } }),
          new Paragraph({ text: 'restarted one', numbering: { reference: 'numbered', level: 0, instance: 2 } }),
          new Paragraph({
            children: [
              new TextRun('see '),
              new ExternalHyperlink({ link: 'https://example.org', children: [new TextRun('the site')] }),
            ],
          }),
          new Paragraph({ text: '3. Artifact 3: Visual Presentation', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: PNG,
                transformation: { width: 40, height: 30 },
                altText: { name: 'Fair', description: 'Families at the fair', title: 'Fair' },
              }),
            ],
          }),
          new Paragraph({ text: 'Figure 1: families meet teachers', style: 'Caption' }),
          new Textbox({ style: { width: '2in', height: '1in' }, children: [new Paragraph('text box words here')] }),
          new Paragraph({ children: [new TextRun({ text: '4. Part 3 Reflection', bold: true })] }),
          new Paragraph({
            children: [
              new TextRun(words(10)),
              new InsertedTextRun({ text: ' inserted two', id: 1, ...change }),
              new DeletedTextRun({ text: ' deleted three words', id: 2, ...change }),
            ],
          }),
        ],
      },
    ],
  });
  return toArrayBuffer(await Packer.toBuffer(document));
}

/** The draft with some of its parts edited, as another word processor would have written them. */
export async function edited(data: ArrayBuffer, edits: Record<string, (xml: string) => string>): Promise<ArrayBuffer> {
  const zip = await JSZip.loadAsync(data);
  for (const [part, edit] of Object.entries(edits)) zip.file(part, edit((await zip.file(part)?.async('string')) ?? ''));
  return toArrayBuffer(await zip.generateAsync({ type: 'uint8array' }));
}
