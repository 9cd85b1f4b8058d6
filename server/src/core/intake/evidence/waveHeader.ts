/**
 * WAV headers that mediabunny misreads, and the header it is shown instead (the file is never changed):
 * a BW64 file (ITU-R BS.2088, the broadcast WAV) is RF64 under another name; a recording that was never
 * closed (a crashed recorder, a stream) leaves its RIFF or data size 0, where a streamed one writes
 * 0xFFFFFFFF, which mediabunny reads as "to the end of the file". And the length of a compressed WAV, whose
 * codec mediabunny does not read (IMA and Microsoft ADPCM, GSM 6.10, MP3, as voice recorders and dictation
 * software write them).
 */
import type { ByteSource } from './byteSource';

interface Patch {
  at: number;
  bytes: number[];
}

/** PCM, IEEE float, A-law, µ-law and WAVE_FORMAT_EXTENSIBLE: the formats whose length mediabunny reads. */
const READ_FORMATS = new Set([1, 3, 6, 7, 0xfffe]);
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
    // A compressed WAV's format shown as 16-bit PCM, so that its tags are read (its length is read here).
    if (ascii(head, at) === 'fmt ' && at + 24 <= head.length && !READ_FORMATS.has(view.getUint16(at + 8, true)))
      found.push({ at: at + 8, bytes: [1, 0] }, { at: at + 22, bytes: [16, 0] });
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

/**
 * A compressed WAV's length from its header (in `head`, the file's first bytes; `size` the file's): its
 * fact chunk's sample count over its sample rate (what the format asks every compressed WAV to write), else
 * its data's bytes over its byte rate. Null for a WAV mediabunny reads, and for anything else.
 */
export function compressedWaveSeconds(head: Uint8Array, size: number): number | null {
  if (head.length < 12 || ascii(head, 8) !== 'WAVE' || !/^(RIFF|RF64|BW64)$/.test(ascii(head, 0))) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let format: { tag: number; rate: number; byteRate: number } | null = null;
  let samples: number | null = null;
  for (let at = 12; at + 8 <= head.length; ) {
    const id = ascii(head, at);
    const length = view.getUint32(at + 4, true);
    if (id === 'fmt ' && at + 20 <= head.length)
      format = {
        tag: view.getUint16(at + 8, true),
        rate: view.getUint32(at + 12, true),
        byteRate: view.getUint32(at + 16, true),
      };
    if (id === 'fact' && at + 12 <= head.length) samples = view.getUint32(at + 8, true);
    if (id === 'data') {
      if (!format || READ_FORMATS.has(format.tag)) return null;
      if (samples && format.rate) return samples / format.rate;
      const bytes = length === 0 || length === 0xffffffff ? size - at - 8 : Math.min(length, size - at - 8);
      return format.byteRate ? bytes / format.byteRate : null;
    }
    at += 8 + length + (length % 2);
  }
  return null;
}
