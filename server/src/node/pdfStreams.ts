/**
 * Whether a PDF's compressed streams are damaged: pdf.js reads a stream that does not inflate as an empty
 * one, without a word, so a file cut or mangled in transfer shows pages with no text, as a scanned copy
 * does. Asked only when a PDF gave no text: its Flate streams are inflated again, each within a bound.
 */
import { constants, inflateSync } from 'node:zlib';

/** As many streams as are tried, and as many bytes as each may inflate to. */
const MOST_STREAMS = 200;
const MOST_BYTES = 1 << 20;

export function undecodable(data: Uint8Array): boolean {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // An encrypted file's streams inflate only once decrypted.
  if (bytes.includes('/Encrypt')) return false;
  const text = bytes.toString('latin1');
  const starts = /stream\r?\n/g;
  let tried = 0;
  for (let match = starts.exec(text); match && tried < MOST_STREAMS; match = starts.exec(text)) {
    const before = text.lastIndexOf('<<', match.index);
    if (before < 0 || text.slice(match.index - 3, match.index) === 'end') continue;
    if (!/\/FlateDecode/.test(text.slice(before, match.index))) continue;
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    tried++;
    if (!inflates(bytes.subarray(start, end < 0 ? bytes.length : end))) return true;
  }
  return false;
}

function inflates(stream: Buffer): boolean {
  try {
    // The end of line before "endstream" may be a byte or two past the data: a zlib stream ends by itself.
    inflateSync(stream, { maxOutputLength: MOST_BYTES, finishFlush: constants.Z_SYNC_FLUSH });
    return true;
  } catch (error) {
    // Inflating past the bound is no damage.
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
  }
}
