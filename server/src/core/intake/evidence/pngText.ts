/**
 * A PNG's text chunks that name a person: `Author` and `Copyright` (the PNG standard's keywords),
 * in tEXt (Latin-1) and uncompressed iTXt (UTF-8) chunks. exifr reads a PNG's EXIF and XMP but
 * leaves these out. Compressed text (zTXt, compressed iTXt) is not inflated: editors write a name
 * uncompressed, and a compressed chunk could be made to inflate without end.
 */
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
