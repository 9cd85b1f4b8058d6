/**
 * A PNG's text chunks that name a person: `Author` and `Copyright` (the PNG standard's keywords),
 * in tEXt (Latin-1) and uncompressed iTXt (UTF-8) chunks. exifr reads a PNG's EXIF and XMP but
 * leaves these out. A compressed name (zTXt, compressed iTXt) is not inflated: editors write a name
 * uncompressed. ImageMagick's raw EXIF and XMP profiles, often compressed, are inflated within a bound.
 */
import { inflateBounded } from './inflate';
import type { MetadataField } from './metadataField';

const KEYWORDS: Record<string, string> = { author: 'Author', copyright: 'Copyright', artist: 'Artist' };
/** A name is short: a longer text is read to this length. */
const MAX_TEXT_BYTES = 1024;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export const isPng = (bytes: Uint8Array) => SIGNATURE.every((byte, i) => bytes[i] === byte);

export function pngTextFields(bytes: Uint8Array): MetadataField[] {
  if (!isPng(bytes)) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: MetadataField[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const size = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const start = at + 8;
    const end = Math.min(bytes.length, start + size);
    if (type === 'IEND') break;
    if (type === 'tEXt' || type === 'iTXt') {
      const text = textOf(bytes.subarray(start, end), type === 'iTXt');
      const field = text && KEYWORDS[text.keyword.toLowerCase()];
      if (field && text.value.trim()) found.push({ field, value: text.value });
    }
    at = start + size + 4;
  }
  return found;
}

function textOf(data: Uint8Array, international: boolean): { keyword: string; value: string } | null {
  const latin1 = (from: number, to: number) =>
    String.fromCharCode(...data.subarray(from, Math.min(to, from + MAX_TEXT_BYTES)));
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 1) return null;
  const keyword = latin1(0, keywordEnd);
  if (!international) return { keyword, value: latin1(keywordEnd + 1, data.length) };
  // iTXt: keyword, compression flag and method, language tag, translated keyword, then the UTF-8 text.
  if (data[keywordEnd + 1] !== 0) return null;
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) return null;
  const text = data.subarray(translatedEnd + 1, translatedEnd + 1 + MAX_TEXT_BYTES);
  return { keyword, value: new TextDecoder().decode(text) };
}

/** The largest raw profile read: a photo's EXIF or XMP is a few KB, its hex text twice that. */
const MAX_PROFILE_BYTES = 1024 * 1024;

/**
 * The EXIF and XMP ImageMagick keeps when it writes a photo as a PNG: text chunks named `Raw profile type
 * exif` (or `APP1`) and `Raw profile type xmp`, often compressed (zTXt), whose text is a name, a length and
 * the bytes in hex. exifr reads neither; the creator a JPEG's XMP named is only here.
 */
export function pngRawProfiles(bytes: Uint8Array): { exif: Uint8Array | null; xmp: Uint8Array | null } {
  const found = { exif: null as Uint8Array | null, xmp: null as Uint8Array | null };
  if (!isPng(bytes)) return found;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at + 8 <= bytes.length; ) {
    const size = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const start = at + 8;
    if (type === 'IEND') break;
    const data = bytes.subarray(start, Math.min(bytes.length, start + size));
    const profile = /^(tEXt|zTXt|iTXt)$/.test(type) ? rawProfile(data, type) : null;
    if (profile?.kind === 'xmp') found.xmp = profile.bytes;
    else if (profile) found.exif = profile.bytes;
    at = start + size + 4;
  }
  return found;
}

function rawProfile(data: Uint8Array, type: string): { kind: 'exif' | 'xmp'; bytes: Uint8Array } | null {
  const keywordEnd = data.indexOf(0);
  const keyword = String.fromCharCode(...data.subarray(0, Math.max(0, keywordEnd)));
  const kind = /^Raw profile type (exif|APP1|xmp)$/i.exec(keyword)?.[1].toLowerCase();
  if (!kind) return null;
  // zTXt: a compression method, then zlib data; iTXt: a compression flag and method, a language, a translated keyword.
  let text: Uint8Array;
  if (type === 'tEXt') text = data.subarray(keywordEnd + 1);
  else if (type === 'zTXt') text = inflateBounded(data.subarray(keywordEnd + 2), MAX_PROFILE_BYTES * 2 + 64);
  else {
    const languageEnd = data.indexOf(0, keywordEnd + 3);
    const textStart = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1) + 1;
    if (textStart <= 0) return null;
    const body = data.subarray(textStart);
    text = data[keywordEnd + 1] === 1 ? inflateBounded(body, MAX_PROFILE_BYTES * 2 + 64) : body;
  }
  const match = /^\s*\S*\s+(\d+)\s+([\s\S]*)$/.exec(new TextDecoder('latin1').decode(text));
  if (!match) return null;
  const hex = match[2].replace(/[^0-9a-f]/gi, '');
  const length = Math.min(Number(match[1]), hex.length >> 1, MAX_PROFILE_BYTES);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  const exifHeader = [0x45, 0x78, 0x69, 0x66, 0, 0];
  const tiff = kind !== 'xmp' && exifHeader.every((byte, i) => bytes[i] === byte) ? bytes.subarray(6) : bytes;
  return { kind: kind === 'xmp' ? 'xmp' : 'exif', bytes: tiff };
}
