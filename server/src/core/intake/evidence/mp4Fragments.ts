/**
 * An MP4 whose movie box holds its first samples and whose later samples are in fragments after them
 * (`moof` + `mdat`, as ffmpeg's `-movflags frag_keyframe` writes a recording without `empty_moov`).
 * mediabunny times such a file by its sample table alone, which is only the first fragment: 2.5 s read
 * as 0.7. Here the first fragment after the movie is found, so its fragments can be timed too.
 */
import type { ByteSource } from './byteSource';

/** Top-level boxes looked at before giving up: a file's head is ftyp, moov, free, mdat, then its fragments. */
const MAX_BOXES = 12;
const ascii = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/** Where the first `moof` after a `moov` starts; null when the file has no fragments after its movie box. */
export async function fragmentsAfterMovie(source: ByteSource): Promise<number | null> {
  // The movie box, then its samples (an mdat): a file written fragmented from the start (an empty moov) has
  // no samples before its first moof, and mediabunny reads its fragments already.
  let movie = false;
  let samples = false;
  for (let at = 0, boxes = 0; at + 8 <= source.size && boxes < MAX_BOXES; boxes++) {
    const head = await source.read(at, Math.min(source.size, at + 16));
    if (head.length < 8) return null;
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    const name = ascii(head, 4);
    if (name === 'moof') return movie && samples ? at : null;
    if (name === 'moov') movie = true;
    if (name === 'mdat' && movie) samples = true;
    let size = view.getUint32(0);
    if (size === 1 && head.length >= 16) size = view.getUint32(8) * 2 ** 32 + view.getUint32(12);
    if (size < 8) return null;
    at += size;
  }
  return null;
}

/** The largest movie fragment random access box read (an hour of fragments a second apart is ~60 KB). */
const MAX_MFRA_BYTES = 4 * 1024 * 1024;

/**
 * Where the last fragment starts, from the random access box at the file's end (`mfra`, whose `tfra` boxes
 * list each fragment's place, as ffmpeg writes it): the fragments need not all be walked to find the end.
 * Null when the file has none, or it names no fragment after `first`.
 */
export async function lastFragment(source: ByteSource, first: number): Promise<number | null> {
  if (source.size < 16) return null;
  const tail = await source.read(source.size - 16, source.size);
  const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  if (tail.length < 16 || ascii(tail, 4) !== 'mfro') return null;
  const size = tailView.getUint32(12);
  if (size < 16 + 8 || size > Math.min(MAX_MFRA_BYTES, source.size)) return null;
  const box = await source.read(source.size - size, source.size);
  if (box.length < size || ascii(box, 4) !== 'mfra') return null;
  const view = new DataView(box.buffer, box.byteOffset, box.byteLength);
  let last: number | null = null;
  for (let at = 8; at + 8 <= box.length; ) {
    const length = view.getUint32(at);
    if (length < 8 || at + length > box.length) break;
    if (ascii(box, at + 4) === 'tfra' && length >= 24) {
      const long = box[at + 8] === 1;
      const sizes = view.getUint32(at + 16);
      // Each entry: time and moof offset (8 bytes each in version 1), then traf, trun and sample numbers.
      const entry = (long ? 16 : 8) + ((sizes >> 4) & 3) + ((sizes >> 2) & 3) + (sizes & 3) + 3;
      const count = view.getUint32(at + 20);
      for (let i = 0, e = at + 24; i < count && e + entry <= at + length; i++, e += entry) {
        const offset = long ? view.getUint32(e + 8) * 2 ** 32 + view.getUint32(e + 12) : view.getUint32(e + 4);
        if (offset > first && offset < source.size && (last === null || offset > last)) last = offset;
      }
    }
    at += length;
  }
  return last;
}

/** The bytes of `source` from `start` on, as a file of their own. */
export function tailSource(source: ByteSource, start: number): ByteSource {
  return { size: source.size - start, read: (from, to) => source.read(start + from, start + to) };
}
