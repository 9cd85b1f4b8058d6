/**
 * Whether an MP4's sample tables agree with themselves. mediabunny expands the time-to-sample (stts) and
 * composition offset (ctts) tables into one entry per sample, and walks chunks by their sample counts, so a
 * damaged count (four billion samples in a 40-byte box) would run for minutes or exhaust memory before it
 * answers. A track whose tables count more samples than its sample-size box holds (or that lost that box) is
 * damaged, and such a file is not timed from its tables.
 */
import type { ByteSource } from './byteSource';

/** A movie box larger than this (hours of samples) is not checked; mediabunny reads it as it is. */
const MAX_MOVIE_BYTES = 64 * 1024 * 1024;
/** No recording holds more samples than this (a day of 48 kHz audio frames and 60 fps video is far less). */
const MAX_SAMPLES = 50_000_000;
const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl']);
const ascii = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

export async function sampleTablesAgree(source: ByteSource): Promise<boolean> {
  const movie = await movieBox(source);
  return movie === null || boxesAgree(movie, 8, movie.length);
}

/** The `moov` box's bytes, found among the first top-level boxes; null when there is none to check. */
async function movieBox(source: ByteSource): Promise<Uint8Array | null> {
  for (let at = 0, boxes = 0; at + 8 <= source.size && boxes < 64; boxes++) {
    const head = await source.read(at, Math.min(source.size, at + 16));
    if (head.length < 8) return null;
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    let size = view.getUint32(0);
    if (size === 1 && head.length >= 16) size = view.getUint32(8) * 2 ** 32 + view.getUint32(12);
    if (size === 0) size = source.size - at;
    if (size < 8) return null;
    if (ascii(head, 4) === 'moov')
      return size > MAX_MOVIE_BYTES ? null : source.read(at, Math.min(source.size, at + size));
    at += size;
  }
  return null;
}

function boxesAgree(bytes: Uint8Array, start: number, end: number): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const counted: Record<string, number> = {};
  for (let at = start; at + 8 <= end; ) {
    const size = view.getUint32(at);
    if (size < 8 || at + size > end) break;
    const name = ascii(bytes, at + 4);
    if (CONTAINERS.has(name) && !boxesAgree(bytes, at + 8, at + size)) return false;
    if (!entriesFit(view, name, at, size)) return false;
    if ((name === 'stsz' || name === 'stz2') && size >= 20) counted.samples = view.getUint32(at + 16);
    if ((name === 'stts' || name === 'ctts') && size >= 16) counted[name] = entrySamples(view, at, size);
    if (name === 'stsc' && size >= 16) counted.perChunk = mostPerChunk(view, at, size);
    at += size;
  }
  // A sample table (its timing) without the sizes of its samples has lost its count.
  if (counted.stts !== undefined && counted.samples === undefined) return false;
  const most = Math.min(counted.samples ?? MAX_SAMPLES, MAX_SAMPLES);
  return [counted.stts, counted.ctts, counted.perChunk].every((samples) => (samples ?? 0) <= most);
}

/**
 * The entry size of each table mediabunny reads entry by entry for as many entries as its count says, past the
 * box's end: a count claiming more entries than the box holds (three billion in a 232-byte box) is lost.
 */
const ENTRY_BYTES: Record<string, number> = { stts: 8, ctts: 8, stsc: 12 };

function entriesFit(view: DataView, name: string, at: number, size: number): boolean {
  const entryBytes = ENTRY_BYTES[name];
  if (entryBytes === undefined) return true;
  return size >= 16 && view.getUint32(at + 12) * entryBytes <= size - 16;
}

/** The most samples a chunk holds by a stsc box's entries (a first chunk, samples per chunk, a description). */
function mostPerChunk(view: DataView, at: number, size: number): number {
  const entries = Math.min(view.getUint32(at + 12), Math.floor((size - 16) / 12));
  let most = 0;
  for (let i = 0; i < entries; i++) most = Math.max(most, view.getUint32(at + 16 + i * 12 + 4));
  return most;
}

/** The samples a stts or ctts box's entries count (a sample count, then a delta or an offset, each). */
function entrySamples(view: DataView, at: number, size: number): number {
  const entries = Math.min(view.getUint32(at + 12), Math.floor((size - 16) / 8));
  let samples = 0;
  for (let i = 0; i < entries; i++) samples += view.getUint32(at + 16 + i * 8);
  return samples;
}
