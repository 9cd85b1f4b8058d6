/**
 * Who an office document says wrote it: a Word (or other Office Open XML) file's
 * `docProps/core.xml` creator and last-modified-by, an OpenDocument file's `meta.xml` initial
 * creator and creator (its last editor). And who signed its tracked changes and comments: the
 * names Word keeps in each one (`w:author`), as a Word draft's are reported, and a presentation's
 * comment authors. Only these parts are inflated, and only when the package says they are small.
 */
import { unzipSync } from 'fflate';
import { NO_NAME } from '../word/metadata';
import { decodeXml, elementText, signatures } from '../word/package';
import type { MetadataField } from './metadataField';

/** A properties part is a few hundred bytes; one that says it is larger than this is not read. */
const MAX_PART_BYTES = 256 * 1024;
/** A document's body can be large; one that says it is larger than this is not read for its signatures. */
const MAX_SIGNED_PART_BYTES = 32 * 1024 * 1024;

/** The parts whose tracked changes or comments are signed, and the field the names are reported as. */
const SIGNED_PARTS: Record<string, string> = {
  'word/document.xml': 'tracked-changes',
  'word/comments.xml': 'comments',
  // PowerPoint's comment authors: the classic list, and the modern comments' (PowerPoint 365).
  'ppt/commentAuthors.xml': 'comments',
  'ppt/authors.xml': 'comments',
};

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
  const limit = (name: string) => (name in PARTS ? MAX_PART_BYTES : name in SIGNED_PARTS ? MAX_SIGNED_PART_BYTES : 0);
  const parts = unzipSync(bytes, {
    filter: (file) => file.originalSize <= limit(file.name) && file.size <= limit(file.name),
  });
  const found: MetadataField[] = [];
  // The properties first, then the signatures, whatever order the package stores its parts in.
  for (const name of [...Object.keys(PARTS), ...Object.keys(SIGNED_PARTS)]) {
    if (!parts[name]) continue;
    const xml = new TextDecoder().decode(parts[name]);
    for (const [tag, field] of PARTS[name] ?? []) {
      const value = elementText(xml, tag);
      if (!NO_NAME.test(value.trim())) found.push({ field, value });
    }
    const field = SIGNED_PARTS[name];
    if (!field) continue;
    const names = name.startsWith('ppt/') ? commentAuthors(xml) : signatures(xml);
    for (const value of names) if (!NO_NAME.test(value)) found.push({ field, value });
  }
  return found;
}

/** A presentation's comment authors: the `name` of each `cmAuthor` (or modern `author`) element, each once. */
function commentAuthors(xml: string): string[] {
  const names = [...xml.matchAll(/<(?:\w+:)?(?:cmAuthor|author)\b[^>]*?\sname="([^"]*)"/g)];
  return [...new Set(names.map((match) => decodeXml(match[1]).trim()).filter(Boolean))];
}
