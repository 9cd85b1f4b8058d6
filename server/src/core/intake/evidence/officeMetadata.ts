/**
 * Who an office document says wrote it: a Word (or other Office Open XML) file's
 * `docProps/core.xml` creator and last-modified-by, an OpenDocument file's `meta.xml` initial
 * creator and creator (its last editor). Only that one part is inflated, and only when the package
 * says it is small.
 */
import { unzipSync } from 'fflate';
import { NO_NAME } from '../word/metadata';
import { elementText } from '../word/package';
import type { MetadataField } from './metadataField';

/** A properties part is a few hundred bytes; one that says it is larger than this is not read. */
const MAX_PART_BYTES = 256 * 1024;

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
  const parts = unzipSync(bytes, {
    filter: (file) => file.name in PARTS && file.originalSize <= MAX_PART_BYTES && file.size <= MAX_PART_BYTES,
  });
  const found: MetadataField[] = [];
  for (const [name, data] of Object.entries(parts)) {
    const xml = new TextDecoder().decode(data);
    for (const [tag, field] of PARTS[name] ?? []) {
      const value = elementText(xml, tag);
      if (!NO_NAME.test(value.trim())) found.push({ field, value });
    }
  }
  return found;
}
