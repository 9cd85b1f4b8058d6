/**
 * Who a PDF says wrote it: the Info dictionary's Author and the XMP packet's dc:creator. A small
 * bounded scan of the bytes rather than pdf.js: the fields are plain text in the file (or in a
 * compressed object stream, inflated here within a bound), and pdf.js is a 1 MB bundle that
 * would parse every page's structure to give back the same two strings. An encrypted file's
 * Info strings are read through the key an empty password gives (pdfCrypt.ts: a file protected by an
 * owner password only); a file that needs a password to open has none, and its strings are not read.
 */
import { NO_NAME } from '../word/metadata';
import { decodeXml } from '../word/package';
import { inflateBounded } from './inflate';
import type { MetadataField } from './metadataField';
import { type PdfStringDecryptor, pdfDecryptor } from './pdfCrypt';
import { hexString, literalString, MAX_STRING_BYTES, stringAfter } from './pdfStrings';

/** As many `/Author` entries and XMP creators as are read: one file has one or two. */
const MAX_ENTRIES = 16;
/** As many bytes as the object streams may inflate to, all together. */
const MAX_INFLATED_BYTES = 8 * 1024 * 1024;
/** As many object streams as are inflated: a file has a few. */
const MAX_OBJECT_STREAMS = 64;
/** How many false starts a search makes with the platform's search for one byte before it looks at each byte. */
const DENSE_CANDIDATES = 4096;

export async function pdfMetadata(bytes: Uint8Array): Promise<MetadataField[]> {
  const found: MetadataField[] = [];
  const keep = (value: string) => {
    if (!NO_NAME.test(value.trim()) && found.length < MAX_ENTRIES) found.push({ field: 'Author', value });
  };
  const encrypt = indexOf(bytes, '/Encrypt');
  const decrypt = encrypt < 0 ? null : await decryptorOf(bytes, encrypt).catch(() => null);
  if (encrypt < 0) for (const { raw } of infoAuthors(bytes)) keep(textString(raw));
  else if (decrypt) for (const value of await decryptedAuthors(bytes, decrypt)) keep(value);
  // An object stream is encrypted as a whole, the strings in it not again.
  if (encrypt < 0 || decrypt)
    for (const stream of await streams(bytes, '/ObjStm', decrypt))
      for (const { raw } of infoAuthors(stream)) keep(textString(raw));
  for (const value of xmpCreators(bytes)) keep(value);
  // Some writers compress the XMP packet too (a metadata stream is never inside an object stream); an encrypted
  // file's packet is encrypted unless its Encrypt dictionary says otherwise: it is read both ways.
  for (const stream of [
    ...(await streams(bytes, '/Metadata')),
    ...(decrypt ? await streams(bytes, '/Metadata', decrypt) : []),
  ])
    for (const value of xmpCreators(stream)) keep(value);
  return found;
}

/** Where `needle` (ASCII) first occurs in the bytes from `from`, or -1: as bytes (20 MB made text take seconds). */
function indexOf(bytes: Uint8Array, needle: string, from = 0): number {
  const first = needle.charCodeAt(0);
  const matchesAt = (at: number) => {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle.charCodeAt(i)) i++;
    return i === needle.length;
  };
  let candidates = 0;
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (matchesAt(at)) return at;
    // Where the first byte is everywhere (a hostile file), one loop over the bytes is faster than a search for each.
    if (++candidates < DENSE_CANDIDATES) continue;
    for (let next = at + 1; next <= bytes.length - needle.length; next++)
      if (bytes[next] === first && matchesAt(next)) return next;
    return -1;
  }
  return -1;
}

function* occurrences(bytes: Uint8Array, needle: string, limit: number): Generator<number> {
  let at = indexOf(bytes, needle);
  for (let count = 0; at >= 0 && count < limit; count++) {
    yield at;
    at = indexOf(bytes, needle, at + needle.length);
  }
}

/** At most `length` bytes from `from` as Latin-1 text, a character for each byte. */
const latin1 = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode.apply(null, bytes.subarray(Math.max(0, from), from + length) as unknown as number[]);

function* infoAuthors(bytes: Uint8Array): Generator<{ at: number; raw: number[] }> {
  for (const at of occurrences(bytes, '/Author', MAX_ENTRIES)) {
    // An escape is at most four characters for a byte.
    const text = latin1(bytes, at, 64 + MAX_STRING_BYTES * 4);
    const match = /^\/Author\s*([(<])/.exec(text);
    if (!match) continue;
    const raw = match[1] === '(' ? literalString(text, match[0].length) : hexString(text, match[0].length);
    if (raw) yield { at, raw };
  }
}

/**
 * The decryptor of the file whose trailer names its Encrypt dictionary at `at` (`/Encrypt 6 0 R`, or the
 * dictionary itself), with the first file identifier beside it; null when it cannot be read.
 */
async function decryptorOf(bytes: Uint8Array, at: number): Promise<PdfStringDecryptor | null> {
  const trailer = latin1(bytes, Math.max(0, at - 2048), Math.min(at, 2048) + 2048);
  const id = stringAfter(trailer, '/ID\\s*\\[');
  const reference = /^\/Encrypt\s*(\d+)\s+(\d+)\s+R/.exec(latin1(bytes, at, 64));
  let dictionary = latin1(bytes, at, 4096);
  if (reference) {
    const object = objectAt(bytes, `${reference[1]} ${reference[2]} obj`);
    if (object < 0) return null;
    dictionary = latin1(bytes, object, 4096);
  }
  return id && pdfDecryptor(dictionary.slice(0, dictionary.indexOf('endobj') >>> 0), id);
}

/** Where the object `N G obj` begins (not inside a larger number), or -1. */
function objectAt(bytes: Uint8Array, header: string): number {
  for (const at of occurrences(bytes, header, MAX_ENTRIES))
    if (at === 0 || !/\d/.test(latin1(bytes, at - 1, 1))) return at;
  return -1;
}

/** The Info dictionaries' authors of an encrypted file, each decrypted with its object's key. */
async function decryptedAuthors(bytes: Uint8Array, decrypt: PdfStringDecryptor): Promise<string[]> {
  const authors: string[] = [];
  for (const { at, raw } of infoAuthors(bytes)) {
    const before = latin1(bytes, Math.max(0, at - 1024), Math.min(at, 1024));
    const object = [...before.matchAll(/(\d+)\s+(\d+)\s+obj\b/g)].at(-1);
    if (!object) continue;
    const plain = await decrypt(Uint8Array.from(raw), Number(object[1]), Number(object[2])).catch(() => null);
    if (plain?.length) authors.push(textString([...plain]));
  }
  return authors;
}

/** A PDF text string: UTF-16BE after its byte-order mark, UTF-8 after its own, else PDFDocEncoding (as Latin-1). */
function textString(bytes: number[]): string {
  const data = Uint8Array.from(bytes);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return new TextDecoder().decode(data.subarray(3));
  return String.fromCharCode(...data);
}

function* xmpCreators(bytes: Uint8Array): Generator<string> {
  for (const at of occurrences(bytes, '<dc:creator', MAX_ENTRIES)) {
    const match = /^<dc:creator\b[^>]*>([\s\S]*?)<\/dc:creator>/.exec(latin1(bytes, at, 8192));
    for (const item of match?.[1].matchAll(/<rdf:li\b[^>]*>([^<]*)<\/rdf:li>/g) ?? []) {
      // The packet is UTF-8, read here byte by byte.
      const utf8 = new TextDecoder().decode(Uint8Array.from(item[1], (char) => char.charCodeAt(0)));
      yield decodeXml(utf8);
    }
  }
}

/**
 * The contents of the streams whose dictionary holds `key` (`/ObjStm`: object streams, where the Info dictionary
 * may be; `/Metadata`: XMP packets), within a bound: the compressed ones inflated; with `decrypt`, each decrypted
 * first with its object's key, and the uncompressed ones too.
 */
async function streams(bytes: Uint8Array, key: string, decrypt?: PdfStringDecryptor | null): Promise<Uint8Array[]> {
  const found: Uint8Array[] = [];
  let budget = MAX_INFLATED_BYTES;
  let at = indexOf(bytes, key);
  for (let count = 0; at >= 0 && count < MAX_OBJECT_STREAMS && budget > 0; count++) {
    const head = /stream\r?\n/.exec(latin1(bytes, at, 1024));
    // The object's dictionary: from its `N 0 obj` to its `stream`.
    const before = latin1(bytes, Math.max(0, at - 512), Math.min(at, 512));
    const dictionary = before.slice(before.lastIndexOf('obj') + 1) + latin1(bytes, at, head?.index ?? 0);
    // `/Metadata 4 0 R` in the catalog is no stream's dictionary: its object ends before the next stream.
    if (dictionary.includes('endobj')) {
      at = indexOf(bytes, key, at + key.length);
      continue;
    }
    const start = head ? at + head.index + head[0].length : at + 1;
    const end = head ? indexOf(bytes, 'endstream', start) : start;
    // No stream after this one can end either.
    if (end < 0) break;
    const flate = /\/FlateDecode\b/.test(dictionary);
    if (head && (flate || decrypt)) {
      // Encrypted data is read to its length (AES takes whole blocks); plain data's inflater stops at its end.
      let data = bytes.subarray(start, decrypt ? streamEnd(bytes, start, end, dictionary) : end);
      if (decrypt) {
        const object = [...before.matchAll(/(\d+)\s+(\d+)\s+obj\b/g)].at(-1);
        const plain = object && (await decrypt(data, Number(object[1]), Number(object[2]), 'stream').catch(() => null));
        data = plain ?? new Uint8Array(0);
      }
      const content = flate ? inflateBounded(data, budget) : data.subarray(0, budget);
      budget -= content.length;
      found.push(content);
    }
    at = indexOf(bytes, key, end);
  }
  return found;
}

/** Where a stream's data ends: after its /Length when that is a number within it, else before its end of line. */
function streamEnd(bytes: Uint8Array, start: number, end: number, dictionary: string): number {
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
  if (length && start + Number(length[1]) <= end) return start + Number(length[1]);
  let last = end;
  if (bytes[last - 1] === 0x0a) last--;
  if (bytes[last - 1] === 0x0d) last--;
  return Math.max(start, last);
}
