/**
 * What a Word file holds besides its body: the author fields, headers and footers, and how many
 * tracked changes and comments it carries. Read from the package's XML parts.
 */
import { type HeadingStyles, readHeadingStyles } from './headingStyles';
import { withoutComputedFields } from './fields';
import { hiddenCharacterStyles, withoutHiddenRuns } from './hiddenText';
import { withListNumbersWritten } from './listNumbers';
import { withSymbolFontsAsUnicode } from './symbolFonts';
import { withEquationsAsText, withLayoutMarksRead, withoutNoise, withRubyBases } from './leanBody';
import { withTextBoxFallbacks } from './textBoxes';
import { decodeXml } from './xmlText';

export { decodeXml };

export interface WordPackage {
  /** `Author: Maria Rivera` style entries: the fields that name a person or an organisation. */
  authorFields: { field: string; value: string }[];
  /** The text of each header and footer, by its part name (`header1`, `footer2`). */
  headerFooters: { part: string; text: string }[];
  /** The text of each hidden run of the body, left out of the import (hiddenText.ts). */
  hiddenText: string[];
  /**
   * Text the file carries that the import leaves out, by where it is: hidden runs (`hidden-text`),
   * deleted tracked changes (`deleted-text`) and comments (`comment-text`).
   */
  leftOut: { part: string; text: string }[];
  insertions: number;
  deletions: number;
  comments: number;
  /** The paragraph styles that are headings (see headingStyles.ts). */
  headingStyles: HeadingStyles;
  /**
   * The file for the converter: its own bytes, or with its body made lean (leanBody.ts) and text
   * boxes where it reads them (textBoxes.ts).
   */
  data: ArrayBuffer;
}

const AUTHOR_FIELDS: [part: string, tag: string, label: string][] = [
  ['docProps/core.xml', 'dc:creator', 'Author'],
  ['docProps/core.xml', 'cp:lastModifiedBy', 'Last modified by'],
  ['docProps/app.xml', 'Company', 'Company'],
  ['docProps/app.xml', 'Manager', 'Manager'],
  // Properties a writer seldom sees (File > Info), which may still hold an address or a school's name.
  ['docProps/core.xml', 'dc:title', 'Title'],
  ['docProps/core.xml', 'dc:subject', 'Subject'],
  ['docProps/core.xml', 'cp:keywords', 'Keywords'],
  ['docProps/core.xml', 'dc:description', 'Description'],
];

export async function readWordPackage(data: ArrayBuffer): Promise<WordPackage> {
  // Loaded when first needed: only an import pays for it.
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(data);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const authorFields: WordPackage['authorFields'] = [];
  for (const [part, tag, field] of AUTHOR_FIELDS) {
    const value = elementText(await read(part), tag).trim();
    if (value) authorFields.push({ field, value });
  }
  const headerFooters: WordPackage['headerFooters'] = [];
  const parts = Object.keys(zip.files)
    .filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  // Word signs each tracked change and comment with its writer's name, which stays in the file: a change in a
  // note, a header or a footer as one in the body.
  const changed = [...CHANGED_PARTS, ...parts];
  for (const [names, field] of [[changed, 'tracked-changes'] as const, [['word/comments.xml'], 'comments'] as const]) {
    const signed = new Set<string>();
    for (const name of names) for (const value of signatures(await read(name))) signed.add(value);
    for (const value of signed) authorFields.push({ field, value });
  }
  for (const name of parts) {
    const text = paragraphsText(await read(name));
    if (text) headerFooters.push({ part: name.slice('word/'.length, -'.xml'.length), text });
  }
  const body = await read('word/document.xml');
  const stylesXml = await read('word/styles.xml');
  const headingStyles = readHeadingStyles(stylesXml);
  // A heading numbered by an outline ("Part 1.", "Artifact 2:") shows those words; the converter drops them.
  const headingNumbers = {
    numberingXml: await read('word/numbering.xml'),
    headingStyles: new Set(headingStyles.keys()),
  };
  const shown = shownBody(body, stylesXml, headingNumbers);
  let rewritten = shown.xml !== body;
  if (rewritten) zip.file('word/document.xml', shown.xml);
  // Footnotes and endnotes are shown and counted as the body is.
  const hidden = [...shown.hidden];
  for (const name of await notesParts(read)) {
    const notes = await read(name);
    const shownNotes = shownBody(notes, stylesXml);
    hidden.push(...shownNotes.hidden);
    if (shownNotes.xml === notes) continue;
    zip.file(name, shownNotes.xml);
    rewritten = true;
  }
  return {
    authorFields,
    headerFooters,
    hiddenText: hidden,
    leftOut: [
      ...hidden.map((text) => ({ part: 'hidden-text', text })),
      ...deletedTexts(body).map((text) => ({ part: 'deleted-text', text })),
      ...[paragraphsText(await read('word/comments.xml'))]
        .filter(Boolean)
        .map((text) => ({ part: 'comment-text', text })),
    ],
    // Text inserted or deleted, not the paragraph marks that Word records as changed too (`<w:ins …/>`).
    insertions: count(body, /<w:ins\b(?:[^>]*[^/>])?>/g),
    deletions: count(body, /<w:del\b(?:[^>]*[^/>])?>/g),
    comments: count(await read('word/comments.xml'), /<w:comment\b/g),
    headingStyles,
    data: rewritten ? await zip.generateAsync({ type: 'arraybuffer' }) : data,
  };
}

/**
 * The body as a writer sees it: text boxes read, hidden runs, computed fields and editing noise left out,
 * symbol fonts' characters as they show, layout marks and direction runs read (leanBody.ts), and (given
 * `headingNumbers`) headings' outline numbers written.
 */
export function shownBody(
  body: string,
  stylesXml: string,
  headingNumbers?: { numberingXml: string; headingStyles: Set<string> },
): { xml: string; hidden: string[] } {
  const shown = withoutHiddenRuns(withTextBoxFallbacks(body) ?? body, hiddenCharacterStyles(stylesXml));
  const numbered =
    (headingNumbers &&
      withListNumbersWritten(shown.xml, headingNumbers.numberingXml, stylesXml, headingNumbers.headingStyles)) ??
    shown.xml;
  return {
    xml: withEquationsAsText(
      withLayoutMarksRead(withoutNoise(withRubyBases(withoutComputedFields(withSymbolFontsAsUnicode(numbered))))),
    ),
    hidden: shown.hidden,
  };
}

const NOTES_TYPE = /\/(?:footnotes|endnotes)$/;

/** The footnotes' and endnotes' parts the body names (`word/footnotes.xml` as Word and most writers name them). */
async function notesParts(read: (name: string) => Promise<string>): Promise<string[]> {
  const relationships = await read('word/_rels/document.xml.rels');
  const parts: string[] = [];
  for (const [attributes] of relationships.matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /\bType="([^"]*)"/.exec(attributes)?.[1] ?? '';
    const target = /\bTarget="([^"]*)"/.exec(attributes)?.[1];
    if (!NOTES_TYPE.test(type) || !target) continue;
    parts.push(target.startsWith('/') ? target.slice(1) : `word/${target}`);
  }
  return parts;
}

/** The parts whose tracked changes are signed, besides the headers and footers. */
const CHANGED_PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'];

/** The names a part's tracked changes or comments are signed with (`w:author`), each once. */
export function signatures(xml: string): string[] {
  const names = [...xml.matchAll(/\sw:author="([^"]*)"/g)].map((match) => decodeXml(match[1]).trim());
  return [...new Set(names.filter(Boolean))];
}

/** The text of each deleted tracked change: Word keeps it in the file until the change is accepted. */
function deletedTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:del\b[^>]*[^/]>([\s\S]*?)<\/w:del>/g)]
    .map(([, inner]) =>
      [...inner.matchAll(/<w:delText(?:\s[^>]*)?>([^<]*)<\/w:delText>/g)].map((m) => decodeXml(m[1])).join(''),
    )
    .filter((text) => text.trim());
}

const count = (xml: string, pattern: RegExp) => xml.match(pattern)?.length ?? 0;

export function elementText(xml: string, tag: string): string {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  return match ? decodeXml(match[1]) : '';
}

/** The text of a part's paragraphs, one line each (runs joined, tabs as spaces). */
function paragraphsText(xml: string): string {
  const lines: string[] = [];
  for (const paragraph of xml.match(/<w:p\b[\s\S]*?<\/w:p>/g) ?? []) {
    const runs = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)];
    const line = runs.map((run) => (run[1] === undefined ? ' ' : decodeXml(run[1]))).join('');
    if (line.trim()) lines.push(line.trim());
  }
  return lines.join('\n');
}
