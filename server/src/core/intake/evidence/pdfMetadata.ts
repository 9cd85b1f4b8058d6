/**
 * Who a PDF says wrote it: the Info dictionary's Author and the XMP packet's dc:creator. A small
 * bounded scan of the bytes rather than pdf.js: the fields are plain text in the file (or in a
 * compressed object stream, inflated here within a bound), and pdf.js is a 1 MB bundle that
 * would parse every page's structure to give back the same two strings. An encrypted file's
 * Info strings are ciphertext, so they are not read.
 */
import { Unzlib } from 'fflate';
import { NO_NAME } from '../word/metadata';
import { decodeXml } from '../word/package';
import type { MetadataField } from './metadataField';

/** As many `/Author` entries and XMP creators as are read: one file has one or two. */
const MAX_ENTRIES = 16;
/** A name is short; a string longer than this is not read to its end. */
const MAX_STRING_BYTES = 4096;
/** As many bytes as the object streams may inflate to, all together. */
const MAX_INFLATED_BYTES = 8 * 1024 * 1024;
const PUSH_BYTES = 1024;

export function pdfMetadata(bytes: Uint8Array): MetadataField[] {
  const text = latin1(bytes);
  const encrypted = /\/Encrypt\b/.test(text);
  const found: MetadataField[] = [];
  const keep = (value: string) => {
    if (!NO_NAME.test(value.trim()) && found.length < MAX_ENTRIES) found.push({ field: 'Author', value });
  };
  if (!encrypted) {
    for (const value of infoAuthors(text)) keep(value);
    for (const stream of objectStreams(bytes, text)) for (const value of infoAuthors(latin1(stream))) keep(value);
  }
  for (const value of xmpCreators(text)) keep(value);
  return found;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    text += String.fromCharCode(...bytes.subarray(at, Math.min(at + 0x8000, bytes.length)));
  return text;
}

function* infoAuthors(text: string): Generator<string> {
  const pattern = /\/Author\s*([(<])/g;
  for (let count = 0, match = pattern.exec(text); match && count < MAX_ENTRIES; match = pattern.exec(text), count++) {
    const start = match.index + match[0].length;
    const raw = match[1] === '(' ? literalString(text, start) : hexString(text, start);
    if (raw) yield textString(raw);
  }
}

/** A `( … )` string's bytes from just after its `(`: balanced parentheses, backslash escapes. */
function literalString(text: string, start: number): number[] | null {
  const out: number[] = [];
  const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  for (let at = start, depth = 0; at < text.length && out.length < MAX_STRING_BYTES; at++) {
    const char = text[at];
    if (char === ')' && depth === 0) return out;
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char !== '\\') {
      out.push(char.charCodeAt(0));
      continue;
    }
    const next = text[++at] ?? '';
    const octal = /^[0-7]{1,3}/.exec(text.slice(at, at + 3));
    if (octal) {
      out.push(Number.parseInt(octal[0], 8) & 0xff);
      at += octal[0].length - 1;
    } else if (next === '\r') at += text[at + 1] === '\n' ? 1 : 0;
    else if (next !== '\n') out.push(ESCAPES[next] ?? next.charCodeAt(0));
  }
  return null;
}

function hexString(text: string, start: number): number[] | null {
  const end = text.indexOf('>', start);
  if (end < 0 || end - start > MAX_STRING_BYTES * 2 + 64) return null;
  const digits = text.slice(start, end).replace(/\s+/g, '');
  if (!/^[0-9a-f]*$/i.test(digits)) return null;
  const padded = digits.length % 2 ? `${digits}0` : digits;
  return Array.from({ length: padded.length / 2 }, (_, i) => Number.parseInt(padded.slice(i * 2, i * 2 + 2), 16));
}

/** A PDF text string: UTF-16BE after its byte-order mark, UTF-8 after its own, else PDFDocEncoding (as Latin-1). */
function textString(bytes: number[]): string {
  const data = Uint8Array.from(bytes);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return new TextDecoder().decode(data.subarray(3));
  return String.fromCharCode(...data);
}

function* xmpCreators(text: string): Generator<string> {
  const pattern = /<dc:creator\b[^>]*>([\s\S]{0,8192}?)<\/dc:creator>/g;
  for (let count = 0, match = pattern.exec(text); match && count < MAX_ENTRIES; match = pattern.exec(text), count++)
    for (const item of match[1].matchAll(/<rdf:li\b[^>]*>([^<]*)<\/rdf:li>/g)) {
      // The packet is UTF-8, read here byte by byte.
      const utf8 = new TextDecoder().decode(Uint8Array.from(item[1], (char) => char.charCodeAt(0)));
      yield decodeXml(utf8);
    }
}

/** The inflated contents of the file's compressed object streams (where the Info dictionary may be), within a bound. */
function objectStreams(bytes: Uint8Array, text: string): Uint8Array[] {
  const streams: Uint8Array[] = [];
  let budget = MAX_INFLATED_BYTES;
  const keyword = /\/Type\s*\/ObjStm\b/g;
  for (let match = keyword.exec(text); match && budget > 0; match = keyword.exec(text)) {
    const head = /stream\r?\n/.exec(text.slice(match.index, match.index + 1024));
    if (!head) continue;
    // The object's dictionary: from its `N 0 obj` to its `stream`.
    const objectStart = text.lastIndexOf('obj', match.index);
    const dictionary = text.slice(Math.max(objectStart, match.index - 512), match.index + head.index);
    const start = match.index + head.index + head[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0 || !/\/FlateDecode\b/.test(dictionary)) continue;
    const inflated = inflateBounded(bytes.subarray(start, end), budget);
    budget -= inflated.length;
    streams.push(inflated);
    keyword.lastIndex = end;
  }
  return streams;
}

/** As much of a zlib stream as inflates to `max` bytes, fed a little at a time so a bomb stops early. */
function inflateBounded(data: Uint8Array, max: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Unzlib((chunk) => {
    const room = Math.max(0, max - total);
    chunks.push(chunk.subarray(0, room));
    total += Math.min(room, chunk.length);
  });
  try {
    for (let at = 0; at < data.length && total < max; at += PUSH_BYTES)
      inflater.push(data.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= data.length);
  } catch {
    // A damaged stream gives what inflated before the damage.
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
