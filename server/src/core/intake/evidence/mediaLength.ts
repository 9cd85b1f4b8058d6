/**
 * The length of a video or recording read from its container (MP4/MOV/M4V/M4A, fragmented MP4,
 * WebM/MKV, MP3, WAV, OGG, FLAC, AAC) with mediabunny, reading only the byte ranges the format
 * needs (a header, an index, the last cluster) through a source the platform gives.
 */
import { ADTS, CustomSource, FLAC, Input, MATROSKA, MP3, MP4, OGG, QTFF, WAVE, WEBM } from 'mediabunny';

/** A file read at offsets: a file handle on Node, the client's reads in a browser. */
export interface ByteSource {
  size: number;
  /** The bytes of [start, end). */
  read: (start: number, end: number) => Promise<Uint8Array>;
}

/**
 * The containers of the file kinds read (core/text/media.ts): not mediabunny's HLS playlists and
 * MPEG transport streams, which no linked recording is, and whose readers would weigh 20 KB more.
 */
const FORMATS = [MP4, QTFF, MATROSKA, WEBM, WAVE, OGG, FLAC, MP3, ADTS];

/** Bytes the reader may keep in memory at once (mediabunny's cache). */
const CACHE_BYTES = 4 * 1024 * 1024;

/** The length in seconds, or null when the file is no media container the reader knows or is damaged. */
export async function readMediaLength(source: ByteSource): Promise<number | null> {
  if (source.size === 0) return null;
  const input = new Input({
    formats: FORMATS,
    source: new CustomSource({
      getSize: () => source.size,
      read: (start, end) => source.read(start, end),
      maxCacheSize: CACHE_BYTES,
    }),
  });
  try {
    const fromMetadata = await input.getDurationFromMetadata().catch(() => null);
    const seconds = fromMetadata && fromMetadata > 0 ? fromMetadata : await input.computeDuration();
    return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
  } catch {
    return null;
  } finally {
    input.dispose();
  }
}
