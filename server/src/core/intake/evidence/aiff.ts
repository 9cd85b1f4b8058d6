/**
 * An AIFF or AIFF-C recording (which mediabunny does not read): its length from the COMM chunk (sample frames
 * over the sample rate; a compressed file's packets times the samples in each), and what names a person: its AUTH
 * and copyright chunks, and the ID3 chunk ffmpeg, iTunes and tag editors write (often after the sound).
 */
import type { ByteSource } from './byteSource';
import type { MetadataField } from './metadataField';

/** The chunks are read from the file's first bytes: COMM comes before the sound data in every writer's files. */
export const AIFF_PROBE_BYTES = 64 * 1024;
/** An ID3 chunk larger than this (a cover image in it) is not read; nor are more chunks than this after the head. */
const MAX_ID3_BYTES = 64 * 1024;
const MAX_TAIL_CHUNKS = 16;

export interface AiffFacts {
  seconds: number | null;
  metadata: MetadataField[];
  /** Where the chunks the head did not hold whole start. */
  rest: number;
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

/**
 * Samples in each of an AIFF-C file's sample frames, by its compression type: one for PCM (big- or little-endian,
 * integer or float) and the logarithmic telephone codings; 64 for QuickTime's IMA ADPCM. A type not known here has
 * no length rather than a wrong one.
 */
const SAMPLES_PER_FRAME: Record<string, number> = {
  NONE: 1,
  none: 1,
  twos: 1,
  sowt: 1,
  'raw ': 1,
  in24: 1,
  in32: 1,
  fl32: 1,
  FL32: 1,
  fl64: 1,
  FL64: 1,
  ulaw: 1,
  ULAW: 1,
  alaw: 1,
  ALAW: 1,
  ima4: 64,
};

/** The facts of the file's first bytes; null when they are no AIFF. */
export function aiffFacts(bytes: Uint8Array): AiffFacts | null {
  if (!isAiff(bytes)) return null;
  const compressed = fourCC(bytes, 8) === 'AIFC';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const facts: AiffFacts = { seconds: null, metadata: [], rest: 0 };
  let at = 12;
  for (; at + 8 <= bytes.length; ) {
    const id = fourCC(bytes, at);
    const size = view.getUint32(at + 4);
    const start = at + 8;
    // The sound (or a chunk after it) reaches past the head: the rest is read from the file.
    if (start + size > bytes.length) break;
    if (id === 'COMM' && size >= 18) {
      const frames = view.getUint32(start + 2);
      const rate = extended(view, start + 8);
      const samples = compressed ? SAMPLES_PER_FRAME[size >= 22 ? fourCC(bytes, start + 18) : 'NONE'] : 1;
      if (rate > 0 && Number.isFinite(rate) && frames > 0 && samples) facts.seconds = (frames * samples) / rate;
    } else facts.metadata.push(...chunkNames(id, bytes.subarray(start, start + size)));
    at = start + size + (size % 2);
  }
  facts.rest = at;
  return facts;
}

function chunkNames(id: string, data: Uint8Array): MetadataField[] {
  if (id in TEXT_CHUNKS) {
    const value = String.fromCharCode(...data.subarray(0, 1024)).replace(/\0+$/, '');
    return [{ field: TEXT_CHUNKS[id], value }];
  }
  return id === 'ID3 ' || id === 'id3 ' ? id3Names(data) : [];
}

/** The names in the chunks after the file's head (an ID3 chunk after the sound), read from `source`. */
export async function aiffTailNames(source: ByteSource, from: number): Promise<MetadataField[]> {
  const names: MetadataField[] = [];
  let at = from;
  for (let count = 0; count < MAX_TAIL_CHUNKS && at + 8 <= source.size; count++) {
    const head = await source.read(at, at + 8);
    const id = fourCC(head, 0);
    const size = new DataView(head.buffer, head.byteOffset, 8).getUint32(4);
    const start = at + 8;
    if ((id in TEXT_CHUNKS || id.toUpperCase() === 'ID3 ') && size <= MAX_ID3_BYTES && start + size <= source.size)
      names.push(...chunkNames(id, await source.read(start, start + size)));
    at = start + size + (size % 2);
  }
  return names;
}

/** ID3v2.3 and 2.4 frames that name a person, as mediaTags.ts names them. */
const ID3_NAMES: Record<string, string> = { TPE1: 'Artist', TPE2: 'Artist', TCOM: 'Composer', TCOP: 'Copyright' };
const syncsafe = (b: Uint8Array, at: number) => (b[at] << 21) | (b[at + 1] << 14) | (b[at + 2] << 7) | b[at + 3];

/** The names in an ID3v2.3 or 2.4 tag's text frames (no unsynchronised or compressed frames). */
function id3Names(tag: Uint8Array): MetadataField[] {
  if (tag.length < 10 || fourCC(tag, 0).slice(0, 3) !== 'ID3' || (tag[3] !== 3 && tag[3] !== 4)) return [];
  const view = new DataView(tag.buffer, tag.byteOffset, tag.byteLength);
  const end = Math.min(tag.length, 10 + syncsafe(tag, 6));
  const names: MetadataField[] = [];
  for (let at = 10; at + 10 <= end; ) {
    const id = fourCC(tag, at);
    const size = tag[3] === 4 ? syncsafe(tag, at + 4) : view.getUint32(at + 4);
    if (!/^[A-Z0-9]{4}$/.test(id) || size <= 0) break;
    const data = tag.subarray(at + 10, Math.min(end, at + 10 + size));
    const field = ID3_NAMES[id];
    if (field && view.getUint16(at + 8) === 0) names.push(...id3Text(data).map((value) => ({ field, value })));
    at += 10 + size;
  }
  return names;
}

const ENCODINGS = ['latin1', 'utf-16', 'utf-16be', 'utf-8'];

/** A text frame's values (2.4 separates them with a null). */
function id3Text(data: Uint8Array): string[] {
  const bigEndian = data[0] === 1 && data[1] === 0xfe && data[2] === 0xff;
  const encoding = bigEndian ? 'utf-16be' : ENCODINGS[data[0]];
  if (!encoding) return [];
  const text = new TextDecoder(encoding).decode(data.subarray(bigEndian ? 3 : 1));
  return text
    .split('\0')
    .map((value) => value.trim())
    .filter(Boolean);
}
