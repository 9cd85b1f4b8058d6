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

/** The bytes of `source` from `start` on, as a file of their own. */
export function tailSource(source: ByteSource, start: number): ByteSource {
  return { size: source.size - start, read: (from, to) => source.read(start + from, start + to) };
}
