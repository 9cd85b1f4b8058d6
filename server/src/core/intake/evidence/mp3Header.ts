/**
 * What an MP3's first frame says of its length. A VBR file carries a Xing (or Info) header, which
 * mediabunny reads, or a Fraunhofer VBRI header, which it does not; a file with neither is read by
 * mediabunny as if every frame had the first one's bitrate, which is wrong for a VBR file without a
 * header. This tells the three apart, so that only the last is read frame by frame.
 */

/** The bytes read from the start of the file: the first frame lies in them unless a tag is larger. */
export const MP3_PROBE_BYTES = 64 * 1024;

export type Mp3Header =
  | { kind: 'xing' }
  | { kind: 'vbri'; seconds: number }
  /** No header: the length is in the frames. */
  | { kind: 'none' };

interface Frame {
  at: number;
  length: number;
  samples: number;
  sampleRate: number;
  mpeg1: boolean;
  mono: boolean;
}

const BITRATES = {
  mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES = [44100, 48000, 32000];

/** An ID3v2 tag's whole length at `at` (header, body, footer), or 0. */
function id3Length(bytes: Uint8Array, at: number): number {
  if (bytes[at] !== 0x49 || bytes[at + 1] !== 0x44 || bytes[at + 2] !== 0x33 || at + 10 > bytes.length) return 0;
  const size = (bytes[at + 6] << 21) | (bytes[at + 7] << 14) | (bytes[at + 8] << 7) | bytes[at + 9];
  return 10 + size + (bytes[at + 5] & 0x10 ? 10 : 0);
}

/** A Layer III frame header at `at`, or null. */
function frameAt(bytes: Uint8Array, at: number): Frame | null {
  if (at + 4 > bytes.length || bytes[at] !== 0xff || (bytes[at + 1] & 0xe0) !== 0xe0) return null;
  const version = (bytes[at + 1] >> 3) & 3;
  const layer = (bytes[at + 1] >> 1) & 3;
  const bitrateIndex = bytes[at + 2] >> 4;
  const rateIndex = (bytes[at + 2] >> 2) & 3;
  if (version === 1 || layer !== 1 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  const mpeg1 = version === 3;
  const sampleRate = SAMPLE_RATES[rateIndex] / (mpeg1 ? 1 : version === 2 ? 2 : 4);
  const kbps = (mpeg1 ? BITRATES.mpeg1 : BITRATES.mpeg2)[bitrateIndex];
  const samples = mpeg1 ? 1152 : 576;
  const length = Math.floor(((samples / 8) * kbps * 1000) / sampleRate) + ((bytes[at + 2] >> 1) & 1);
  return { at, length, samples, sampleRate, mpeg1, mono: bytes[at + 3] >> 6 === 3 };
}

/** The first frame followed by another of the same kind: noise before the audio can look like one frame, rarely two. */
function firstFrame(bytes: Uint8Array): Frame | null {
  let start = 0;
  for (let tag = id3Length(bytes, 0); tag > 0; tag = id3Length(bytes, start)) start += tag;
  for (let at = bytes.indexOf(0xff, start); at >= 0; at = bytes.indexOf(0xff, at + 1)) {
    const frame = frameAt(bytes, at);
    const next = frame && frameAt(bytes, at + frame.length);
    if (frame && next && next.sampleRate === frame.sampleRate) return frame;
  }
  return null;
}

const tagAt = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

/** What the first frame of these bytes (the file's first ones) says; null when no frame is found in them. */
export function mp3Header(bytes: Uint8Array): Mp3Header | null {
  const frame = firstFrame(bytes);
  if (!frame) return null;
  const xing = frame.at + 4 + (frame.mpeg1 ? (frame.mono ? 17 : 32) : frame.mono ? 9 : 17);
  if (['Xing', 'Info'].includes(tagAt(bytes, xing))) return { kind: 'xing' };
  const vbri = frame.at + 36;
  if (tagAt(bytes, vbri) === 'VBRI' && vbri + 18 <= bytes.length) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const frames = view.getUint32(vbri + 14);
    if (frames > 0) return { kind: 'vbri', seconds: (frames * frame.samples) / frame.sampleRate };
  }
  return { kind: 'none' };
}
