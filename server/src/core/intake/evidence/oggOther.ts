/**
 * An Ogg file whose codec mediabunny does not read: FLAC in Ogg (as converters and some recorders write
 * `.ogg`/`.oga`) and Speex (older voice apps). Its length is its last page's granule position (the samples
 * before that page's end) over the sample rate its first packet gives; only its head and its last pages
 * are read.
 */
import type { ByteSource } from './byteSource';

/** The last pages are found in the file's last bytes: a page is at most 64 KB. */
const TAIL_BYTES = 64 * 1024 + 27 + 255;
const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

/** The sample rate the first page's packet gives for a FLAC or Speex stream; null for any other file. */
function oggSampleRate(head: Uint8Array): number | null {
  if (head.length < 28 || ascii(head, 0, 4) !== 'OggS') return null;
  const packet = 27 + head[26];
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  // FLAC: 0x7F "FLAC", a version, a header count, "fLaC", a block header, then STREAMINFO (rate: 20 bits at 10).
  if (head[packet] === 0x7f && ascii(head, packet + 1, 4) === 'FLAC' && ascii(head, packet + 9, 4) === 'fLaC') {
    const info = packet + 17;
    if (info + 13 > head.length) return null;
    return (head[info + 10] << 12) | (head[info + 11] << 4) | (head[info + 12] >> 4) || null;
  }
  // Speex: "Speex   ", a version string and numbers, then the rate at byte 36.
  if (ascii(head, packet, 8) === 'Speex   ' && packet + 40 <= head.length)
    return view.getUint32(packet + 36, true) || null;
  return null;
}

export async function oggOtherSeconds(source: ByteSource, head: Uint8Array): Promise<number | null> {
  const rate = oggSampleRate(head);
  if (!rate) return null;
  const serial = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(14, true);
  const start = Math.max(0, source.size - TAIL_BYTES);
  const tail = await source.read(start, source.size);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let at = tail.length - 27; at >= 0; at--) {
    if (tail[at] !== 0x4f || ascii(tail, at, 4) !== 'OggS' || view.getUint32(at + 14, true) !== serial) continue;
    const high = view.getUint32(at + 10, true);
    const granule = view.getUint32(at + 6, true) + high * 2 ** 32;
    // A page that ends no packet carries -1.
    if (high !== 0xffffffff && granule > 0) return granule / rate;
  }
  return null;
}
