/**
 * Word drafts written as raw WordprocessingML, for the shapes other word processors write that the
 * `docx` library cannot (Google Docs' styles, fields, content controls, embedded documents).
 */
import JSZip from 'jszip';
import { check } from './helpers';
import { toArrayBuffer } from './wordFixtures';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const M = 'http://schemas.openxmlformats.org/officeDocument/2006/math';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export interface RawDraft {
  /** The body's children, as XML. */
  body: string;
  /** `<w:style>` elements of word/styles.xml. */
  styles?: string;
  /** Extra relationships of the document (`<Relationship …/>`) and the parts they name. */
  relationships?: string;
  parts?: Record<string, string>;
}

export const run = (text: string, properties = '') =>
  `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
export const paragraph = (content: string, properties = '') =>
  `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${content}</w:p>`;
export const styled = (style: string, text: string) => paragraph(run(text), `<w:pStyle w:val="${style}"/>`);
export const style = (id: string, name: string, inner = '', type = 'paragraph') =>
  `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/>${inner}</w:style>`;

export async function rawDraft(draft: RawDraft): Promise<ArrayBuffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="html" ContentType="text/html"/>' +
      '<Override PartName="/word/document.xml" ' +
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>` +
      `${draft.relationships ?? ''}</Relationships>`,
  );
  zip.file(
    'word/styles.xml',
    `${XML}<w:styles xmlns:w="${W}">${style('Normal', 'Normal')}${draft.styles ?? ''}</w:styles>`,
  );
  zip.file(
    'word/document.xml',
    `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:m="${M}">` +
      `<w:body>${draft.body}<w:sectPr/></w:body></w:document>`,
  );
  for (const [name, text] of Object.entries(draft.parts ?? {})) zip.file(name, text);
  return toArrayBuffer(await zip.generateAsync({ type: 'uint8array' }));
}

/** The Markdown's headings, as its outline shows them. */
export const outline = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('#'));

/** Each section's count, by id, as the checks give it (sections without a count left out). */
export const sectionWords = (markdown: string) =>
  Object.fromEntries(check(markdown).sections.flatMap((s) => (s.words === null ? [] : [[s.id, s.words]])));
