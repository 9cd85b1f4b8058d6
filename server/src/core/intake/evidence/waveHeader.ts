/**
 * WAV headers that mediabunny misreads, and the header it is shown instead (the file is never changed):
 * a BW64 file (ITU-R BS.2088, the broadcast WAV) is RF64 under another name; a recording that was never
 * closed (a crashed recorder, a stream) leaves its RIFF or data size 0, where a streamed one writes
 * 0xFFFFFFFF, which mediabunny reads as "to the end of the file".
 */
import type { ByteSource } from './byteSource';

interface Patch {
  at: number;
  bytes: number[];
}

const UNKNOWN_SIZE = [0xff, 0xff, 0xff, 0xff];
const ascii = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/** What the file's first bytes must read as for mediabunny; none for a header it reads well. */
function patches(head: Uint8Array): Patch[] {
  if (head.length < 12 || ascii(head, 8) !== 'WAVE') return [];
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const kind = ascii(head, 0);
  if (kind === 'BW64') return [{ at: 0, bytes: [0x52, 0x46, 0x36, 0x34] }];
  if (kind !== 'RIFF') return [];
  const found: Patch[] = [];
  if (view.getUint32(4, true) === 0) found.push({ at: 4, bytes: UNKNOWN_SIZE });
  for (let at = 12; at + 8 <= head.length; ) {
    const size = view.getUint32(at + 4, true);
    if (ascii(head, at) === 'data') {
      if (size === 0) found.push({ at: at + 4, bytes: UNKNOWN_SIZE });
      break;
    }
    at += 8 + size + (size % 2);
  }
  return found;
}

/** The source as mediabunny must read it: its header's misread bytes replaced, everything else as it is. */
export function readableWave(source: ByteSource, head: Uint8Array): ByteSource {
  const fixes = patches(head);
  if (fixes.length === 0) return source;
  return {
    size: source.size,
    read: async (start, end) => {
      const bytes = await source.read(start, end);
      const touched = fixes.filter(({ at, bytes: patch }) => at < start + bytes.length && at + patch.length > start);
      if (touched.length === 0) return bytes;
      const copy = bytes.slice();
      for (const { at, bytes: patch } of touched)
        patch.forEach((byte, i) => {
          if (at + i >= start && at + i < start + copy.length) copy[at + i - start] = byte;
        });
      return copy;
    },
  };
}
