/**
 * An AAC file in ADTS frames (`.aac`, as encoders and some voice recorders write it): its length is its
 * frames' samples over their rate. mediabunny ends the recording at the first frame it cannot read,
 * which in a damaged file is a wrong, short length: here a frame that cannot be read before the file's
 * end (or its closing tag, or the zeros a recorder left unfilled) gives no length, and a file cut inside
 * its last frame is timed by its whole frames, as a player plays them.
 */
import type { ByteSource } from './byteSource';

/** Bytes read at once while walking the frames (a frame is at most 8 KB). */
const CHUNK_BYTES = 256 * 1024;
const RATES = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];
/** Tags a tagger may append after the frames: ID3v1, APE, an ID3v2 footer-less tag, Lyrics3. */
const CLOSING_TAGS = ['TAG', 'APETAGEX', 'ID3', 'LYRICSBEGIN'];

const startsWith = (bytes: Uint8Array, at: number, text: string) =>
  [...text].every((char, i) => bytes[at + i] === char.charCodeAt(0));

/** Where the frames begin: after any ID3v2 tags at the start (each its 10-byte header, its size, a footer). */
async function afterId3(source: ByteSource): Promise<number> {
  let at = 0;
  for (;;) {
    const tag = at + 10 <= source.size ? await source.read(at, at + 10) : null;
    if (!tag || !startsWith(tag, 0, 'ID3')) return at;
    const size = ((tag[6] & 0x7f) << 21) | ((tag[7] & 0x7f) << 14) | ((tag[8] & 0x7f) << 7) | (tag[9] & 0x7f);
    at += 10 + size + (tag[5] & 0x10 ? 10 : 0);
  }
}

/** Whether the file holds only zeros from `from` to its end (space a recorder set aside and did not fill). */
export async function zerosFrom(source: ByteSource, from: number): Promise<boolean> {
  // A little first: most frames that start with a zero byte are followed by others that do not.
  for (let at = from, size = 64; at < source.size; at += size, size = CHUNK_BYTES) {
    const chunk = await source.read(at, Math.min(source.size, at + size));
    if (chunk.some((byte) => byte !== 0)) return false;
  }
  return true;
}

/** The seconds of an ADTS file's frames; null when a frame before its end cannot be read. */
export async function adtsSeconds(source: ByteSource): Promise<number | null> {
  let at = await afterId3(source);
  let samples = 0;
  let rate = 0;
  while (at < source.size) {
    const chunk = await source.read(at, Math.min(source.size, at + CHUNK_BYTES));
    let offset = 0;
    while (offset + 7 <= chunk.length) {
      const syncs = chunk[offset] === 0xff && (chunk[offset + 1] & 0xf6) === 0xf0;
      const length = ((chunk[offset + 3] & 3) << 11) | (chunk[offset + 4] << 3) | (chunk[offset + 5] >> 5);
      const frameRate = RATES[(chunk[offset + 2] >> 2) & 0x0f];
      if (!syncs || length < 7 || !frameRate || (rate && frameRate !== rate)) {
        const closing = CLOSING_TAGS.some((tag) => startsWith(chunk, offset, tag));
        return rate && (closing || (await zerosFrom(source, at + offset))) ? samples / rate : null;
      }
      // Past the file's end: the file was cut inside this frame.
      if (at + offset + length > source.size) return rate ? samples / rate : null;
      if (offset + length > chunk.length) break;
      rate = frameRate;
      samples += ((chunk[offset + 6] & 3) + 1) * 1024;
      offset += length;
    }
    if (offset === 0) return rate ? samples / rate : null;
    at += offset;
  }
  return rate ? samples / rate : null;
}
