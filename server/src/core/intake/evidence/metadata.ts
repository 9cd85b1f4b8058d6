/**
 * What a linked file's metadata says that would identify the writer: a photo's GPS position and
 * name fields (a GIF's XMP, an SVG's creator too), a Word, OpenDocument or PDF document's author.
 * Reads only the bytes it is given (the caller bounds them), never throws: a file it does not know,
 * or cannot make sense of, says nothing.
 */
import type { MetadataField } from './metadataField';
import { officeMetadata } from './officeMetadata';
import { pdfMetadata } from './pdfMetadata';
import { type PhotoContainer, photoMetadata } from './photoMetadata';
import { isSvg, svgMetadata } from './svgMetadata';

type FileKind = PhotoContainer | 'office' | 'pdf' | 'svg';

/** ISO base media brands of still images (HEIC, HEIF, AVIF), not of videos. */
const IMAGE_BRANDS = /^(heic|heix|heim|heis|hevc|hevx|mif1|msf1|avif|avis)$/;

const BY_EXTENSION: Record<string, FileKind> = {
  jpg: 'photo',
  jpeg: 'photo',
  png: 'photo',
  heic: 'photo',
  heif: 'photo',
  avif: 'photo',
  tif: 'photo',
  tiff: 'photo',
  webp: 'webp',
  gif: 'gif',
  svg: 'svg',
  docx: 'office',
  odt: 'office',
  pdf: 'pdf',
};

export async function identifyingMetadata(bytes: Uint8Array, fileName: string): Promise<MetadataField[]> {
  const kind = sniff(bytes) ?? BY_EXTENSION[/\.([^./\\]+)$/.exec(fileName)?.[1].toLowerCase() ?? ''];
  let fields: MetadataField[];
  try {
    if (kind === 'photo' || kind === 'webp' || kind === 'gif') fields = await photoMetadata(bytes, kind);
    else if (kind === 'svg') fields = svgMetadata(bytes);
    else if (kind === 'office') fields = officeMetadata(bytes);
    else if (kind === 'pdf') fields = await pdfMetadata(bytes);
    else return [];
  } catch {
    return [];
  }
  const seen = new Set<string>();
  const found: MetadataField[] = [];
  for (const { field, value } of fields) {
    const text = value.replace(/\s+/g, ' ').trim();
    const key = `${field}\n${text}`;
    if (text && !seen.has(key)) found.push({ field, value: text });
    seen.add(key);
  }
  return found;
}

/** What the file is by its first bytes; undefined when they are not one of the kinds read here. */
function sniff(bytes: Uint8Array): FileKind | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'photo';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'photo';
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'photo';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(4, 8) === 'ftyp' && IMAGE_BRANDS.test(ascii(8, 12))) return 'photo';
  if (ascii(0, 4) === 'PK\x03\x04') return 'office';
  if (ascii(0, 1024).includes('%PDF-')) return 'pdf';
  if (isSvg(bytes)) return 'svg';
  return undefined;
}
