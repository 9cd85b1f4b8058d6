/**
 * A saved web page's bytes as text, in the encoding the page declares, as a browser reads it: a byte
 * order mark first, then a `<meta charset>` (or `http-equiv` Content-Type) within the first kilobytes,
 * else UTF-8 if the bytes are UTF-8, else windows-1252 (what browsers take a page in a Western language
 * to be). A page saved by an older editor in windows-1252 keeps its smart quotes and dashes. A page saved
 * as one file with its images (MHTML: Chrome's "Webpage, Single File", Word's "Single File Web Page") is
 * read from its page part, in the encoding and transfer encoding that part declares; one saved by Safari as a
 * Web Archive, from its main resource (webArchive.ts).
 * No imports but its sibling with none: the client reads a page with it too (see client/src/rubricImport.ts).
 */
import { webArchivePage } from './webArchive';

/** How far a browser looks for the page's declared encoding (the HTML standard's prescan). */
const PRESCAN_BYTES = 1024 * 4;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

export function decodeHtml(bytes: Uint8Array): string {
  const safari = webArchivePage(bytes);
  if (safari) {
    const encoding = safari.encoding && knownEncoding(safari.encoding);
    return encoding ? decoded(encoding, safari.bytes) : decodeHtml(safari.bytes);
  }
  const archived = archivedPage(bytes);
  if (archived) return archived.charset ? decoded(archived.charset, archived.bytes) : decodeHtml(archived.bytes);
  const bom = byteOrderMark(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const declared = declaredEncoding(bytes);
  if (declared) return decoded(declared, bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decoded('windows-1252', bytes);
  }
}

/** windows-1252's characters for the bytes 0x80–0x9F (quotes, dashes, €), where ISO-8859-1 has controls. */
const WINDOWS_1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Some runtimes (Node before 23) decode "windows-1252" as ISO-8859-1, leaving its quotes and dashes as
 * control characters: those are mapped as the standard says.
 */
function decoded(encoding: string, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80]);
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The encoding a `<meta>` declares, if a decoder knows it; a page that says UTF-16 in ASCII bytes is UTF-8. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = byteText(bytes.subarray(0, PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1];
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label).encoding;
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}

/** The page of an MHTML file (a MIME multipart/related message): its bytes, and the charset its part names. */
function archivedPage(bytes: Uint8Array): { bytes: Uint8Array; charset: string | null } | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  if (!/^(?:[!-9;-~]+:.*\r?\n(?:[ \t].*\r?\n)*)*content-type:\s*multipart\/related\b/i.test(head)) return null;
  const boundary = /\bboundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(head);
  if (!boundary) return null;
  const message = byteText(bytes);
  for (const part of message.split(`--${boundary[1] ?? boundary[2]}`).slice(1)) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/^content-type:\s*text\/html\b/im.test(headers)) continue;
    const body = part.slice(split.index + split[0].length);
    const encoding = /^content-transfer-encoding:\s*([\w-]+)/im.exec(headers)?.[1].toLowerCase();
    const charset = /^content-type:.*?\bcharset\s*=\s*"?([\w.:-]+)/im.exec(headers)?.[1] ?? null;
    return { bytes: binary(transferDecoded(body, encoding)), charset: charset && knownEncoding(charset) };
  }
  return null;
}

function transferDecoded(body: string, encoding: string | undefined): string {
  if (encoding === 'base64') {
    try {
      return atob(body.replace(/[^A-Za-z0-9+/=]/g, ''));
    } catch {
      return '';
    }
  }
  if (encoding !== 'quoted-printable') return body;
  return body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** Bytes as a string of one character a byte (its code the byte's value), and back. */
function byteText(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

/** A string of bytes (each character one byte, as byteText or atob give them) as bytes. */
const binary = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

function knownEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}
