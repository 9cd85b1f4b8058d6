/**
 * What an MP3's first frames say of its length. A VBR file carries a Xing (or Info) header, which
 * mediabunny reads, or a Fraunhofer VBRI header, which it does not; a file with neither is read by
 * mediabunny as if every frame had the first one's bitrate, which is right for a CBR file only.
 * This tells them apart by the frames of the file's first bytes, so that only a VBR file without a
 * header is read frame by frame (its frames' headers hopped over, a megabyte read at a time).
 */
import type { ByteSource } from './byteSource';

/** The bytes read from the start of the file: the first frame lies in them unless a tag is larger. */
export const MP3_PROBE_BYTES = 64 * 1024;

export type Mp3Header =
  | { kind: 'xing' }
  | { kind: 'vbri'; seconds: number }
  /** No header: the audio's size over the bitrate (bits a second) when it is constant, else its frames' length. */
  | { kind: 'none'; constant: boolean; at: number; frameLength: number; bitrate: number };

interface Frame {
  at: number;
  length: number;
  samples: number;
  sampleRate: number;
  bitrate: number;
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
  return { at, length, samples, sampleRate, bitrate: kbps * 1000, mpeg1, mono: bytes[at + 3] >> 6 === 3 };
}

/** Where the ID3v2 tags at the start of the file end: it may be past these first bytes (a large cover image). */
export function id3TagsEnd(bytes: Uint8Array): number {
  let end = 0;
  for (let tag = id3Length(bytes, 0); tag > 0; tag = id3Length(bytes, end)) end += tag;
  return end;
}

/** The first frame followed by another of the same kind: noise before the audio can look like one frame, rarely two. */
function firstFrame(bytes: Uint8Array): Frame | null {
  const start = id3TagsEnd(bytes);
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
  const constant = constantBitrate(bytes, frame);
  return { kind: 'none', constant, at: frame.at, frameLength: frame.length, bitrate: frame.bitrate };
}

/**
 * What the first frame says, read past ID3v2 tags larger than the file's first bytes (`head`): a
 * cover image of half a megabyte comes before the audio in many files, and costs one read more.
 */
export async function readMp3Header(source: ByteSource, head: Uint8Array): Promise<Mp3Header | null> {
  const audio = id3TagsEnd(head);
  if (audio + MP3_PROBE_BYTES / 2 <= head.length || head.length >= source.size) return mp3Header(head);
  const header = mp3Header(await source.read(audio, Math.min(source.size, audio + MP3_PROBE_BYTES)));
  return header?.kind === 'none' ? { ...header, at: header.at + audio } : header;
}

/** Whether every whole frame in the bytes after `first` has its bitrate (its length, give or take padding). */
function constantBitrate(bytes: Uint8Array, first: Frame): boolean {
  for (let at = first.at, frame: Frame | null = first; frame; at += frame.length, frame = frameAt(bytes, at))
    if (Math.abs(frame.length - first.length) > 1) return false;
  return true;
}

/** Bytes read at each point a CBR file is checked at. */
const SAMPLE_BYTES = 8 * 1024;

/**
 * Whether the frames a quarter, half, three quarters of the way and at the end have the first
 * frames' length: a VBR file can begin with many frames alike (silence). A false frame found in the
 * audio data only makes the file read frame by frame.
 */
export async function constantAcross(
  source: ByteSource,
  header: { at: number; frameLength: number },
): Promise<boolean> {
  for (const fraction of [0.25, 0.5, 0.75, 1]) {
    const at = Math.floor(source.size * fraction) - SAMPLE_BYTES;
    if (at <= header.at) continue;
    const frame = firstFrame(await source.read(at, at + SAMPLE_BYTES));
    if (frame && Math.abs(frame.length - header.frameLength) > 1) return false;
  }
  return true;
}

/** Bytes read at once when hopping over the frames. */
const SCAN_BYTES = 1024 * 1024;

/** The length of the frames from `from` to `to` (the audio's end), hopping header to header; null without frames. */
export async function mp3SecondsByFrames(source: ByteSource, from: number, to = source.size): Promise<number | null> {
  let samples = 0;
  let sampleRate = 0;
  let chunk: Uint8Array = new Uint8Array(0);
  let chunkStart = 0;
  for (let at = from; at + 4 <= to; ) {
    if (at + 4 > chunkStart + chunk.length) {
      chunk = await source.read(at, Math.min(to, at + SCAN_BYTES));
      chunkStart = at;
      if (chunk.length < 4) break;
    }
    const frame = frameAt(chunk, at - chunkStart);
    if (frame && (sampleRate === 0 || frame.sampleRate === sampleRate)) {
      sampleRate = frame.sampleRate;
      samples += frame.samples;
      at += frame.length;
    } else at++;
  }
  return sampleRate ? samples / sampleRate : null;
}
