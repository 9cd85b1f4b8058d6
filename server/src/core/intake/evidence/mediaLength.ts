/**
 * The length of a video or recording read from its container (MP4/MOV/M4V/M4A/3GP, fragmented MP4,
 * WebM/MKV, MP3, WAV, OGG/Opus, FLAC, AAC) with mediabunny, reading only the byte ranges the format
 * needs (a header, an index, the last cluster) through a source the platform gives; AIFF and MP3's
 * VBRI header, AVI, a browser's WebM without a Duration, compressed WAVs, FLAC or Speex in Ogg, ADTS
 * AAC and AMR, which mediabunny does not read (or reads slowly, or short when damaged), here. And what
 * its tags say of who made it and where.
 */
import { ADTS, CustomSource, FLAC, Input, MATROSKA, MP3, MP4, OGG, QTFF, WAVE, WEBM } from 'mediabunny';
import { adtsSeconds } from './adts';
import { AIFF_PROBE_BYTES, aiffFacts, aiffTailNames } from './aiff';
import { amrSeconds, isAmr } from './amr';
import { aviSeconds, isAvi } from './avi';
import type { ByteSource } from './byteSource';
import { matroskaBlocksSeconds } from './matroskaBlocks';
import { mediaTagFields } from './mediaTags';
import type { MetadataField } from './metadataField';
import { constantAcross, MP3_PROBE_BYTES, mp3SecondsByFrames, readMp3Header } from './mp3Header';
import { readMp3Tail } from './mp3Tags';
import { fragmentsAfterMovie, lastFragment, tailSource } from './mp4Fragments';
import { sampleTablesAgree } from './mp4SampleTables';
import { oggOtherSeconds } from './oggOther';
import { compressedWaveSeconds, readableWave } from './waveHeader';

/** A recording's length in seconds (null when unknown) and what its tags say that identifies someone. */
export interface MediaFacts {
  seconds: number | null;
  metadata: MetadataField[];
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
  return (await readMediaFacts(source)).seconds;
}

/** The length and identifying tags; never throws: a damaged or unknown file has no length and no tags. */
export async function readMediaFacts(source: ByteSource): Promise<MediaFacts> {
  const none: MediaFacts = { seconds: null, metadata: [] };
  if (source.size === 0) return none;
  const head = await source
    .read(0, Math.min(source.size, Math.max(AIFF_PROBE_BYTES, MP3_PROBE_BYTES)))
    .catch(() => null);
  if (!head) return none;
  try {
    const aiff = aiffFacts(head);
    if (aiff) {
      const tail = await aiffTailNames(source, aiff.rest);
      return { seconds: aiff.seconds, metadata: [...aiff.metadata, ...tail] };
    }
    if (isAvi(head)) return { seconds: aviSeconds(head), metadata: [] };
    if (isAmr(head)) return { seconds: await amrSeconds(source, head), metadata: [] };
  } catch {
    return none;
  }
  const input = inputOf(readableWave(source, head));
  try {
    const mp3 = await mp3Facts(input, head, source).catch(() => null);
    const seconds = mp3
      ? mp3.seconds
      : (compressedWaveSeconds(head, source.size) ??
        (await oggOtherSeconds(source, head).catch(() => null)) ??
        (await lengthOf(input, source).catch(() => null)));
    const tags = await input.getMetadataTags().catch(() => null);
    const valid = seconds !== null && Number.isFinite(seconds) && seconds > 0;
    const fields = [...(tags ? mediaTagFields(tags) : []), ...(mp3?.metadata ?? [])];
    // A name in both an ID3 and an APE tag is one finding.
    const metadata = fields.filter((a, i) => fields.findIndex((b) => b.field === a.field && b.value === a.value) === i);
    return { seconds: valid ? seconds : null, metadata };
  } finally {
    input.dispose();
  }
}

function inputOf(source: ByteSource, initInput?: Input): Input {
  return new Input({
    formats: FORMATS,
    source: new CustomSource({
      getSize: () => source.size,
      read: (start, end) => source.read(start, end),
      maxCacheSize: CACHE_BYTES,
      // A little more than asked, page-aligned: a 10 MB recording without an index is read in 150 calls, not 9000.
      prefetchProfile: 'fileSystem',
    }),
    ...(initInput ? { initInput } : {}),
  });
}

/**
 * An MP3's length where mediabunny would misread it, and the names of an APE tag at its end; null
 * for any other file, and for an MP3 with a Xing header, whose frame count mediabunny reads.
 */
async function mp3Facts(input: Input, head: Uint8Array, source: ByteSource): Promise<MediaFacts | null> {
  if ((await input.getFormat()) !== MP3) return null;
  const header = await readMp3Header(source, head);
  if (!header || header.kind === 'xing') {
    const tail = header ? await readMp3Tail(source, 0) : null;
    return { seconds: await lengthOf(input, source), metadata: tail?.metadata ?? [] };
  }
  if (header.kind === 'vbri') return { seconds: header.seconds, metadata: [] };
  // Without a header mediabunny takes the first frame's bitrate for every frame's, and the tags at the end for
  // audio: here a CBR file's length is its audio bytes over its bitrate, a VBR file's is read frame by frame.
  const { audioEnd, metadata } = await readMp3Tail(source, header.at);
  const constant = header.constant && (await constantAcross(source, header));
  const seconds = constant
    ? ((audioEnd - header.at) * 8) / header.bitrate
    : await mp3SecondsByFrames(source, header.at, audioEnd);
  return { seconds, metadata };
}

async function lengthOf(input: Input, source: ByteSource): Promise<number | null> {
  const format = await input.getFormat();
  if (format === ADTS) return adtsSeconds(source);
  // An MP4's samples are in its index (or its fragments' headers), which the reader has at hand: they are
  // the recording. The headers' lengths may be wrong: a browser's MediaRecorder writes the track's in
  // milliseconds against a timescale of 30,000 (4.2 s read as 0.14 s).
  if (format === MP4 || format === QTFF) {
    // A damaged sample table would keep mediabunny counting its samples for minutes (mp4SampleTables.ts).
    if (!(await sampleTablesAgree(source))) return null;
    const fromSamples = await input.computeDuration().catch(() => null);
    const fromFragments = await fragmentsSeconds(input, source, fromSamples ?? 0).catch(() => null);
    const seconds = Math.max(fromSamples ?? 0, fromFragments ?? 0);
    if (seconds > 0) return seconds;
  }
  const fromMetadata = await input.getDurationFromMetadata().catch(() => null);
  if (fromMetadata && fromMetadata > 0) return fromMetadata;
  const fromBlocks = format === WEBM || format === MATROSKA ? await matroskaBlocksSeconds(source) : null;
  return fromBlocks ?? input.computeDuration();
}

/**
 * Where the fragments after a movie's own samples end (mp4Fragments.ts); null for a file without them. The last
 * fragment alone says it (its decode time is the movie's) when the random access box names it; else, or when
 * it says no more than the movie's samples (a fragment without its decode time), the fragments are walked.
 */
async function fragmentsSeconds(input: Input, source: ByteSource, samplesSeconds: number): Promise<number | null> {
  const first = await fragmentsAfterMovie(source);
  if (first === null) return null;
  const last = await lastFragment(source, first).catch(() => null);
  const fromLast = last === null ? null : await segmentSeconds(input, source, last).catch(() => null);
  return fromLast !== null && fromLast > samplesSeconds ? fromLast : segmentSeconds(input, source, first);
}

/** The end of the fragments from `start` on, read as a segment of the movie (its tracks and timescales). */
async function segmentSeconds(input: Input, source: ByteSource, start: number): Promise<number> {
  const fragments = inputOf(tailSource(source, start), input);
  try {
    return await fragments.computeDuration();
  } finally {
    fragments.dispose();
  }
}
