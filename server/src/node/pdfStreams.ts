/**
 * Whether a PDF's compressed streams are damaged: pdf.js reads a stream that does not inflate as an empty
 * one, without a word, so a file cut or mangled in transfer shows pages with no text, as a scanned copy
 * does. Asked only when a PDF gave no text: its Flate streams are inflated again, each within a bound.
 * No Node API: the PDF reader runs in the web worker too.
 */
import { inflatesCleanly } from '../core/intake/evidence';

/** As many streams as are tried, and as many bytes as each may inflate to. */
const MOST_STREAMS = 200;
const MOST_BYTES = 1 << 20;

export function undecodable(data: Uint8Array): boolean {
  // One character a byte, whatever the byte: offsets in the text are offsets in the bytes.
  const text = new TextDecoder('latin1').decode(data);
  // An encrypted file's streams inflate only once decrypted.
  if (text.includes('/Encrypt')) return false;
  const starts = /stream\r?\n/g;
  let tried = 0;
  for (let match = starts.exec(text); match && tried < MOST_STREAMS; match = starts.exec(text)) {
    const before = text.lastIndexOf('<<', match.index);
    if (before < 0 || text.slice(match.index - 3, match.index) === 'end') continue;
    if (!/\/FlateDecode/.test(text.slice(before, match.index))) continue;
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    tried++;
    if (!inflatesCleanly(data.subarray(start, end < 0 ? data.length : end), MOST_BYTES)) return true;
  }
  return false;
}
