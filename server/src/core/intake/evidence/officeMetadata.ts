/**
 * Who an office document says wrote it: a Word (or other Office Open XML) file's
 * `docProps/core.xml` creator and last-modified-by, an OpenDocument file's `meta.xml` initial
 * creator and creator (its last editor). And who signed its tracked changes and comments: the
 * names Word keeps in each one (`w:author`), as a Word draft's are reported, a presentation's and
 * a workbook's comment authors (Excel 365's threaded comments' people too), an OpenDocument file's
 * change and annotation creators. Only these parts are inflated, and only when the package says they
 * are small.
 */
import { unzipSync } from 'fflate';
import { NO_NAME } from '../word/metadata';
import { decodeXml, elementText, signatures } from '../word/package';
import type { MetadataField } from './metadataField';

/** A properties part is a few hundred bytes; one that says it is larger than this is not read. */
const MAX_PART_BYTES = 256 * 1024;
/** A document's body can be large; one that says it is larger than this is not read for its signatures. */
const MAX_SIGNED_PART_BYTES = 32 * 1024 * 1024;

type Signed = (xml: string) => MetadataField[];

/** Each name once, trimmed, in the order met. */
const once = (names: Iterable<RegExpMatchArray>) => [
  ...new Set([...names].map((match) => decodeXml(match[1]).trim()).filter(Boolean)),
];
const as =
  (field: string, names: (xml: string) => string[]): Signed =>
  (xml) =>
    names(xml).map((value) => ({ field, value }));

/** The parts whose tracked changes or comments are signed, and how the names are found in each. */
const SIGNED_PARTS: [part: RegExp, read: Signed][] = [
  // A tracked change in a footnote, an endnote, a header or a footer is signed as one in the body.
  [/^word\/(?:document|footnotes|endnotes|header\d*|footer\d*)\.xml$/, as('tracked-changes', signatures)],
  [/^word\/comments\.xml$/, as('comments', signatures)],
  // PowerPoint's comment authors: the classic list, and the modern comments' (PowerPoint 365).
  [
    /^ppt\/(?:commentAuthors|authors)\.xml$/,
    as('comments', (xml) => once(xml.matchAll(/<(?:\w+:)?(?:cmAuthor|author)\b[^>]*?\sname="([^"]*)"/g))),
  ],
  // A workbook's comment authors; Excel 365 signs a threaded comment's legacy copy with the thread's id
  // (`tc={…}`), and names its people in its persons part.
  [
    /^xl\/comments\d*\.xml$/,
    as('comments', (xml) => once(xml.matchAll(/<author>([^<]*)<\/author>/g)).filter((name) => !/^tc=\{/.test(name))),
  ],
  [
    /^xl\/persons\/person\d*\.xml$/,
    as('comments', (xml) => once(xml.matchAll(/<(?:\w+:)?person\b[^>]*?\sdisplayName="([^"]*)"/g))),
  ],
  // OpenDocument: each change's and each annotation's dc:creator.
  [
    /^content\.xml$/,
    (xml) => [
      ...as('tracked-changes', (text) => once(text.matchAll(/<office:change-info>\s*<dc:creator>([^<]*)</g)))(xml),
      ...as('comments', (text) => once(text.matchAll(/<office:annotation\b[^>]*>\s*<dc:creator>([^<]*)</g)))(xml),
    ],
  ],
];
const signedPart = (name: string) => SIGNED_PARTS.find(([part]) => part.test(name))?.[1];

const PARTS: Record<string, [tag: string, field: string][]> = {
  'docProps/core.xml': [
    ['dc:creator', 'Author'],
    ['cp:lastModifiedBy', 'Last modified by'],
  ],
  'meta.xml': [
    ['meta:initial-creator', 'Author'],
    ['dc:creator', 'Last modified by'],
  ],
};

export function officeMetadata(bytes: Uint8Array): MetadataField[] {
  const limit = (name: string) =>
    Object.hasOwn(PARTS, name) ? MAX_PART_BYTES : signedPart(name) ? MAX_SIGNED_PART_BYTES : 0;
  const parts = unzipSync(bytes, {
    filter: (file) => file.originalSize <= limit(file.name) && file.size <= limit(file.name),
  });
  const found: MetadataField[] = [];
  for (const [name, tags] of Object.entries(PARTS)) {
    const xml = parts[name] && new TextDecoder().decode(parts[name]);
    for (const [tag, field] of xml ? tags : []) {
      const value = elementText(xml, tag);
      if (!NO_NAME.test(value.trim())) found.push({ field, value });
    }
  }
  // The signatures after the properties, whatever order the package stores its parts in.
  for (const [part, read] of SIGNED_PARTS)
    for (const name of Object.keys(parts)
      .filter((name) => part.test(name))
      .sort())
      for (const field of read(new TextDecoder().decode(parts[name])))
        if (!NO_NAME.test(field.value)) found.push(field);
  return found;
}
