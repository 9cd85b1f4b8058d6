/**
 * An AIFF or AIFF-C recording (which mediabunny does not read): its length from the COMM chunk
 * (sample frames over the sample rate), and its AUTH and copyright chunks, which name a person.
 */
import type { MetadataField } from './metadataField';

/** The chunks are read from the file's first bytes: COMM comes before the sound data in every writer's files. */
export const AIFF_PROBE_BYTES = 64 * 1024;

export interface AiffFacts {
  seconds: number | null;
  metadata: MetadataField[];
}

const fourCC = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/** Whether the bytes start as an AIFF or AIFF-C file. */
export const isAiff = (bytes: Uint8Array) =>
  bytes.length >= 12 && fourCC(bytes, 0) === 'FORM' && ['AIFF', 'AIFC'].includes(fourCC(bytes, 8));

/** An 80-bit IEEE extended number (the sample rate), or NaN. */
function extended(view: DataView, at: number): number {
  const exponent = view.getUint16(at) & 0x7fff;
  const mantissa = view.getUint32(at + 2) * 2 ** 32 + view.getUint32(at + 6);
  if (exponent === 0x7fff) return Number.NaN;
  return (view.getUint16(at) & 0x8000 ? -1 : 1) * mantissa * 2 ** (exponent - 16383 - 63);
}

const TEXT_CHUNKS: Record<string, string> = { AUTH: 'Author', '(c) ': 'Copyright' };

/** The facts of the file's first bytes; null when they are no AIFF. */
export function aiffFacts(bytes: Uint8Array): AiffFacts | null {
  if (!isAiff(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const facts: AiffFacts = { seconds: null, metadata: [] };
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = fourCC(bytes, at);
    const size = view.getUint32(at + 4);
    const start = at + 8;
    if (id === 'COMM' && start + 18 <= bytes.length) {
      const frames = view.getUint32(start + 2);
      const rate = extended(view, start + 8);
      if (rate > 0 && Number.isFinite(rate) && frames > 0) facts.seconds = frames / rate;
    } else if (id in TEXT_CHUNKS && start + size <= bytes.length) {
      const value = String.fromCharCode(...bytes.subarray(start, start + Math.min(size, 1024))).replace(/\0+$/, '');
      facts.metadata.push({ field: TEXT_CHUNKS[id], value });
    }
    at = start + size + (size % 2);
  }
  return facts;
}
