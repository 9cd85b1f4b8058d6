/** The chunks of a RIFF file (WebP): where each one's data starts and ends; null when it is not RIFF. */

export interface RiffChunk {
  /** Four characters: `VP8X`, `EXIF`, `XMP `... */
  id: string;
  /** Where the chunk's header starts, and its data. */
  offset: number;
  start: number;
  /** Where its data ends (before the pad byte of an odd size). */
  end: number;
}

const fourCC = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/** The chunks after `RIFF size WEBP`, as far as they lie within the bytes; null when the header is not WebP's. */
export function riffChunks(bytes: Uint8Array): RiffChunk[] | null {
  if (bytes.length < 12 || fourCC(bytes, 0) !== 'RIFF' || fourCC(bytes, 8) !== 'WEBP') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: RiffChunk[] = [];
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const size = view.getUint32(offset + 4, true);
    const start = offset + 8;
    if (start + size > bytes.length) return null;
    chunks.push({ id: fourCC(bytes, offset), offset, start, end: start + size });
    offset = start + size + (size % 2);
  }
  return chunks;
}
