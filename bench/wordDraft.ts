/**
 * A long Word draft written as Microsoft Word writes its XML: revision ids on every paragraph and
 * run, a run per formatting or editing change, proofing marks, bookmarks, numbered lists, tables
 * and footnotes, under the rubric's Parts and Artifacts as `Heading1`/`Heading2` paragraphs.
 * Seeded: the same arguments give the same bytes' text.
 */
import JSZip from 'jszip';
import { Random, sentence } from './submissionText';

export interface WordDraftOptions {
  /** About how many counted words the body holds. */
  words: number;
  /** Words per body paragraph, on average (a draft of short lines has many paragraphs). */
  paragraphWords?: number;
  seed?: number;
}

const HEADINGS: [style: string, text: string][] = [
  ['Heading1', 'Part 1. Overview Questions (Provides Context)'],
  ['Heading1', 'Part 2. Work Examples/Artifacts/Evidence'],
  ['Heading2', 'Artifact 1: List of Stakeholders'],
  ['Heading2', 'Artifact 2: Written Plan'],
  ['Heading2', 'Artifact 3: Visual Presentation'],
  ['Heading1', 'Part 3 Reflection'],
];

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Writer {
  rng: Random;
  xml: string[];
  footnotes: string[];
  words: number;
}

const rsid = (rng: Random) => rng.int(0, 0xffffff).toString(16).toUpperCase().padStart(8, '0');

function run(w: Writer, text: string, bold = false): string {
  const fonts = '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>';
  const props = `<w:rPr>${fonts}${bold ? '<w:b/>' : ''}<w:lang w:val="en-US"/></w:rPr>`;
  return `<w:r w:rsidRPr="${rsid(w.rng)}">${props}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

/** A paragraph of about `words` words, split into runs as Word splits them (edits, bold, spell-check marks). */
function paragraph(w: Writer, words: number, properties = ''): void {
  const rng = w.rng;
  let text = '';
  while (text.split(' ').length < words) text += `${sentence(rng)} `;
  const tokens = text.trim().split(' ').slice(0, Math.max(1, words));
  w.words += tokens.length;
  const runs: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const length = rng.int(1, 8);
    const piece = tokens.slice(i, i + length).join(' ') + (i + length < tokens.length ? ' ' : '');
    if (rng.chance(0.05)) runs.push('<w:proofErr w:type="spellStart"/>');
    runs.push(run(w, piece, rng.chance(0.1)));
    i += length;
  }
  if (rng.chance(0.02)) {
    const id = w.footnotes.length + 1;
    const note = `<w:p><w:r><w:t>Family survey notes, term ${id}.</w:t></w:r></w:p>`;
    w.footnotes.push(`<w:footnote w:id="${id}">${note}</w:footnote>`);
    const reference = '<w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>';
    runs.push(`<w:r>${reference}<w:footnoteReference w:id="${id}"/></w:r>`);
  }
  const id = `${rsid(rng)}`;
  const ids = `w:rsidR="${id}" w:rsidRDefault="${id}" w:rsidP="${rsid(rng)}"`;
  w.xml.push(
    `<w:p ${ids} w14:paraId="${rsid(rng)}" w14:textId="77777777">` +
      `<w:pPr>${properties}<w:rPr><w:lang w:val="en-US"/></w:rPr></w:pPr>${runs.join('')}</w:p>`,
  );
}

function heading(w: Writer, style: string, text: string): void {
  const id = rsid(w.rng);
  const bookmark = w.xml.length;
  w.xml.push(
    `<w:p w:rsidR="${id}" w:rsidRDefault="${id}"><w:pPr><w:pStyle w:val="${style}"/></w:pPr>` +
      `<w:bookmarkStart w:id="${bookmark}" w:name="_Toc${id}"/>${run(w, text)}` +
      `<w:bookmarkEnd w:id="${bookmark}"/></w:p>`,
  );
}

function table(w: Writer, rows: number): void {
  const cell = (words: number) => {
    const inner: Writer = { ...w, xml: [] };
    paragraph(inner, words);
    w.words = inner.words;
    return `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${inner.xml.join('')}</w:tc>`;
  };
  const body = Array.from({ length: rows }, () => `<w:tr>${cell(2)}${cell(6)}${cell(4)}</w:tr>`).join('');
  const properties = '<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>';
  w.xml.push(`<w:tbl>${properties}${body}</w:tbl>`);
}

const LIST_ITEM = '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';

function body(w: Writer, budget: number, paragraphWords: number): void {
  const end = w.words + budget;
  while (w.words < end) {
    const r = w.rng.float();
    const words = Math.max(1, Math.round(paragraphWords * (0.5 + w.rng.float())));
    if (r < 0.85) paragraph(w, words);
    else if (r < 0.95) for (let i = 0; i < 4; i++) paragraph(w, words, LIST_ITEM);
    else table(w, 4);
  }
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const style = (type: string, id: string, name: string, inner = '') =>
  `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/>${inner}</w:style>`;
const heading1 = '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr>';
const heading2 = '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr>';

const STYLES = `${XML}<w:styles xmlns:w="${W}">${[
  style('paragraph', 'Normal', 'Normal'),
  style('paragraph', 'Heading1', 'heading 1', heading1),
  style('paragraph', 'Heading2', 'heading 2', heading2),
  style('paragraph', 'ListParagraph', 'List Paragraph', '<w:basedOn w:val="Normal"/>'),
  style('character', 'FootnoteReference', 'footnote reference', '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'),
  style('table', 'TableGrid', 'Table Grid'),
].join('')}</w:styles>`;

const NUMBERING =
  `${XML}<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">` +
  '<w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

const override = (part: string, type: string) =>
  `<Override PartName="/word/${part}.xml" ContentType="${MAIN}.${type}+xml"/>`;
const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${[
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
  '<Default Extension="xml" ContentType="application/xml"/>',
  override('document', 'document.main'),
  override('styles', 'styles'),
  override('numbering', 'numbering'),
  override('footnotes', 'footnotes'),
].join('')}</Types>`;

const relationship = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${RELATIONSHIPS}/${type}" Target="${target}"/>`;
const relationships = (items: string[]) =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `${items.join('')}</Relationships>`;
const RELS = relationships([relationship('rId1', 'officeDocument', 'word/document.xml')]);
const DOCUMENT_RELS = relationships([
  relationship('rId1', 'styles', 'styles.xml'),
  relationship('rId2', 'numbering', 'numbering.xml'),
  relationship('rId3', 'footnotes', 'footnotes.xml'),
]);

/** The .docx bytes and the words its body paragraphs hold (headings and footnotes left out). */
export async function generateWordDraft(options: WordDraftOptions): Promise<{ bytes: Uint8Array; words: number }> {
  const w: Writer = { rng: new Random(options.seed ?? 1), xml: [], footnotes: [], words: 0 };
  const share = options.words / HEADINGS.length;
  for (const [style, text] of HEADINGS) {
    heading(w, style, text);
    body(w, share, options.paragraphWords ?? 60);
  }
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" ` +
    `xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:body>${w.xml.join('')}` +
    '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>';
  const footnotes =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="${W}">` +
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
    `${w.footnotes.join('')}</w:footnotes>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
  zip.file('word/document.xml', document);
  zip.file('word/styles.xml', STYLES);
  zip.file('word/numbering.xml', NUMBERING);
  zip.file('word/footnotes.xml', footnotes);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, words: w.words };
}
