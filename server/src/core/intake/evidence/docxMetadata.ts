/**
 * Who a Word document says wrote it: `docProps/core.xml`'s creator and last-modified-by. Only that
 * one part is inflated, and only when the package says it is small.
 */
import { unzipSync } from 'fflate';
import { NO_NAME } from '../word/metadata';
import { elementText } from '../word/package';
import type { MetadataField } from './metadataField';

const CORE_PART = 'docProps/core.xml';
/** A core.xml is a few hundred bytes; one that says it is larger than this is not read. */
const MAX_CORE_BYTES = 256 * 1024;

const FIELDS: [tag: string, field: string][] = [
  ['dc:creator', 'Author'],
  ['cp:lastModifiedBy', 'Last modified by'],
];

export function docxMetadata(bytes: Uint8Array): MetadataField[] {
  const parts = unzipSync(bytes, {
    filter: (file) => file.name === CORE_PART && file.originalSize <= MAX_CORE_BYTES && file.size <= MAX_CORE_BYTES,
  });
  const core = parts[CORE_PART];
  if (!core) return [];
  const xml = new TextDecoder().decode(core);
  const found: MetadataField[] = [];
  for (const [tag, field] of FIELDS) {
    const value = elementText(xml, tag);
    if (!NO_NAME.test(value.trim())) found.push({ field, value });
  }
  return found;
}
