/**
 * An AMR voice recording (`.amr`, `.awb`: what many Android recorders and older phones save), which
 * mediabunny does not read: a magic line, then one frame per 20 ms, each a header byte whose mode (bits
 * 3-6) gives its size. The frames are walked a chunk at a time; a frame of a mode no encoder writes is
 * damage (no length), and a file cut inside its last frame, or ending in zeros, is timed by its whole frames.
 */
import { zerosFrom } from './adts';
import type { ByteSource } from './byteSource';

/** Bytes read at once while walking the frames. */
const CHUNK_BYTES = 256 * 1024;
const FRAME_SECONDS = 0.02;
/** Each mode's bytes after the header byte: speech modes, SID (comfort noise), reserved (-1), NO_DATA (15). */
const NARROWBAND = [12, 13, 15, 17, 19, 20, 26, 31, 5, -1, -1, -1, -1, -1, -1, 0];
const WIDEBAND = [17, 23, 32, 36, 40, 46, 50, 58, 60, 5, -1, -1, -1, -1, 0, 0];
const MAGIC = { narrow: '#!AMR\n', wide: '#!AMR-WB\n' };

const startsWith = (bytes: Uint8Array, text: string) =>
  bytes.length >= text.length && [...text].every((char, i) => bytes[i] === char.charCodeAt(0));

export const isAmr = (head: Uint8Array) => startsWith(head, MAGIC.narrow) || startsWith(head, MAGIC.wide);

/** The seconds of an AMR file's frames; null when one cannot be read before its end. */
export async function amrSeconds(source: ByteSource, head: Uint8Array): Promise<number | null> {
  const wide = startsWith(head, MAGIC.wide);
  const sizes = wide ? WIDEBAND : NARROWBAND;
  let at = (wide ? MAGIC.wide : MAGIC.narrow).length;
  let frames = 0;
  while (at < source.size) {
    const chunk = await source.read(at, Math.min(source.size, at + CHUNK_BYTES));
    let offset = 0;
    while (offset < chunk.length) {
      const size = sizes[(chunk[offset] >> 3) & 0x0f];
      if (size < 0) return null;
      // A zero byte heads a frame too, but zeros to the end are space a recorder set aside and did not fill.
      if (chunk[offset] === 0 && (await zerosFrom(source, at + offset))) return secondsOf(frames);
      // Cut inside this frame: the whole frames before it are the recording.
      if (at + offset + 1 + size > source.size) return secondsOf(frames);
      if (offset + 1 + size > chunk.length) break;
      frames++;
      offset += 1 + size;
    }
    at += offset;
  }
  return secondsOf(frames);
}

const secondsOf = (frames: number) => (frames > 0 ? Math.round(frames * FRAME_SECONDS * 1000) / 1000 : null);
