/**
 * Whether a PDF's compressed streams are damaged: pdf.js reads a stream that does not inflate as an empty
 * one, without a word, so a file cut or mangled in transfer shows pages with no text, as a scanned copy
 * does. Asked only when a PDF gave no text: its Flate streams are inflated again, each within a bound.
 * No Node API: the PDF reader runs in the web worker too.
 */
import { Unzlib } from 'fflate';

/** As many streams as are tried, and as many bytes as each may inflate to. */
const MOST_STREAMS = 200;
const MOST_BYTES = 1 << 20;
// A kilobyte inflates to a megabyte at most: a bomb stops at the bound.
const PUSH_BYTES = 1024;

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
    if (!inflates(data.subarray(start, end < 0 ? data.length : end))) return true;
  }
  return false;
}

/**
 * Whether the stream's bytes are zlib data: they inflate without an error, to their end or to the bound.
 * The end of line before "endstream" may be a byte or two past the data, and a stream cut short is
 * not damaged data, so the stream is never asked to be complete.
 */
function inflates(stream: Uint8Array): boolean {
  let total = 0;
  const inflater = new Unzlib((chunk) => {
    total += chunk.length;
  });
  try {
    for (let at = 0; at < stream.length && total < MOST_BYTES; at += PUSH_BYTES)
      inflater.push(stream.subarray(at, at + PUSH_BYTES), false);
    return true;
  } catch {
    return false;
  }
}
