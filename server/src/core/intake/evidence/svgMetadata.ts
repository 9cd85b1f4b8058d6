/**
 * Who an SVG picture says made it: the Dublin Core creator and rights of its `<metadata>` (as Inkscape
 * writes them, each a `cc:Agent`'s title, or an XMP packet's `rdf:li` values). An SVG is text: the
 * metadata is read from its first megabyte, where editors put it, before the drawing.
 */
import { decodeXml } from '../word/package';
import type { MetadataField } from './metadataField';

/** An editor writes the metadata near the top; a picture's embedded images come later. */
export const SVG_HEAD_BYTES = 1024 * 1024;
const FIELDS: [tag: string, field: string][] = [
  ['creator', 'Artist'],
  ['rights', 'Copyright'],
];

/** Whether the bytes are an SVG document: XML (maybe after a byte-order mark and a prolog) whose root is `<svg`. */
export function isSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  return /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head);
}

export function svgMetadata(bytes: Uint8Array): MetadataField[] {
  const text = new TextDecoder().decode(bytes.subarray(0, SVG_HEAD_BYTES));
  return [...text.matchAll(/<(?:svg:)?metadata\b[^>]*>([\s\S]*?)<\/(?:svg:)?metadata>/g)].flatMap(([, metadata]) =>
    dublinCoreNames(metadata),
  );
}

/** The Dublin Core creator and rights of RDF or XMP text (an SVG's metadata, a video's XMP packet). */
export function dublinCoreNames(xml: string): MetadataField[] {
  const found: MetadataField[] = [];
  // Each text between the tags is one value: an Agent's title, an rdf:li of a list.
  for (const [tag, field] of FIELDS)
    for (const [, inner] of xml.matchAll(new RegExp(`<dc:${tag}\\b[^>]*>([\\s\\S]*?)</dc:${tag}>`, 'g')))
      for (const value of inner.split(/<[^>]*>/))
        if (value.trim()) found.push({ field, value: decodeXml(value.trim()) });
  return found;
}
