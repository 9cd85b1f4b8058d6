/**
 * The tags an MP3 may end with, after its last frame: ID3v1 (128 bytes), an APEv2 tag (as foobar2000
 * and Mp3tag write), an ID3v2.4 tag with a footer, in any order. Their bytes are no audio: a CBR
 * file's length is its audio bytes over the bitrate, so they are left out of it. An APEv2 tag's
 * Artist and Copyright name a person, which mediabunny does not read.
 */
import type { ByteSource } from './byteSource';
import type { MetadataField } from './metadataField';

/** Bytes read at the file's end at a time: every footer lies in the last 160 bytes of what is left. */
const TAIL_BYTES = 256;
/** An APE tag larger than this (a cover image in it) is not read for its names, only stepped over. */
const MAX_APE_BYTES = 64 * 1024;
/** How many tags are stepped over at most: a file has one or two. */
const MAX_TAGS = 4;

/** APE item keys, lower case and without spaces (`Album Artist`), that hold a name. */
const APE_NAME_ITEMS: Record<string, string> = { artist: 'Artist', albumartist: 'Artist', copyright: 'Copyright' };

export interface Mp3Tail {
  /** Where the audio ends: the first byte of the tags at the end (the file's size when there are none). */
  audioEnd: number;
  metadata: MetadataField[];
}

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  from < 0 ? '' : String.fromCharCode(...bytes.subarray(from, from + length));

/** Where the audio ends, from `from` (the first frame) on, and the names an APE tag there holds. */
export async function readMp3Tail(source: ByteSource, from: number): Promise<Mp3Tail> {
  let audioEnd = source.size;
  const metadata: MetadataField[] = [];
  for (let step = 0; step < MAX_TAGS && audioEnd > from; step++) {
    const start = Math.max(from, audioEnd - TAIL_BYTES);
    const tail = await source.read(start, audioEnd);
    const end = tail.length;
    const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    let length = 0;
    if (end >= 128 && ascii(tail, end - 128, 3) === 'TAG') length = 128;
    else if (end >= 32 && ascii(tail, end - 32, 8) === 'APETAGEX') {
      const size = view.getUint32(end - 32 + 12, true);
      const hasHeader = (view.getUint32(end - 32 + 20, true) & 0x80000000) !== 0;
      length = size + (hasHeader ? 32 : 0);
      if (size > 32 && size - 32 <= MAX_APE_BYTES && audioEnd - size >= from)
        metadata.push(...apeNames(await source.read(audioEnd - size, audioEnd - 32)));
    } else if (end >= 10 && ascii(tail, end - 10, 3) === '3DI') length = 20 + syncsafe(tail, end - 4);
    if (length <= 0 || audioEnd - length < from) break;
    audioEnd -= length;
  }
  return { audioEnd, metadata };
}

const syncsafe = (bytes: Uint8Array, at: number) =>
  ((bytes[at] & 0x7f) << 21) | ((bytes[at + 1] & 0x7f) << 14) | ((bytes[at + 2] & 0x7f) << 7) | (bytes[at + 3] & 0x7f);

/** An APEv2 tag's items (each a value size, flags, a key ending in 0, the value): the names among them. */
function apeNames(items: Uint8Array): MetadataField[] {
  const view = new DataView(items.buffer, items.byteOffset, items.byteLength);
  const found: MetadataField[] = [];
  for (let at = 0; at + 9 <= items.length; ) {
    const size = view.getUint32(at, true);
    const flags = view.getUint32(at + 4, true);
    const keyEnd = items.indexOf(0, at + 8);
    if (keyEnd < 0 || keyEnd + 1 + size > items.length) break;
    const key = ascii(items, at + 8, keyEnd - at - 8)
      .toLowerCase()
      .replace(/\s+/g, '');
    const field = Object.hasOwn(APE_NAME_ITEMS, key) ? APE_NAME_ITEMS[key] : undefined;
    // Bits 1-2 of the flags: 0 is UTF-8 text; binary items and external links are no names.
    if (field && (flags & 6) === 0)
      for (const value of new TextDecoder().decode(items.subarray(keyEnd + 1, keyEnd + 1 + size)).split('\0'))
        if (value.trim()) found.push({ field, value });
    at = keyEnd + 1 + size;
  }
  return found;
}
