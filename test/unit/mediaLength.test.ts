/**
 * Recordings in the shapes they take in the wild (test/fixtures/media/formats, made by ../make.sh):
 * each one's length against what ffprobe says of it, within 0.1 s, and what its tags say that
 * identifies someone (an artist, a phone's place). Damaged copies give a length, or none, or a
 * finding: never a throw, never an endless read.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { runs } from '../fuzzScale';
import { matroskaBlocksSeconds } from '../../server/src/core/intake/evidence/matroskaBlocks';
import { mediaTagFields } from '../../server/src/core/intake/evidence/mediaTags';
import { lastFragment } from '../../server/src/core/intake/evidence/mp4Fragments';
import { bytesSource, readEvidence, readMediaFacts, readMediaLength } from '../../server/src/core';

const FORMATS = join(__dirname, '../fixtures/media/formats');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FORMATS, name)));

/**
 * Each file's length as ffprobe gives it (`-show_entries format=duration`); where ffprobe has none
 * (a browser's WebM, a streamed FLAC) or only estimates it from the bitrate (ADTS), the end of its
 * last packet (`-show_entries packet=pts_time,duration_time`).
 */
const LENGTHS: Record<string, number> = {
  'co64.mp4': 13,
  'edit-list.mp4': 13.5,
  'artist.m4a': 6.2,
  'phone-udta.mov': 8,
  'phone-keys.mov': 8,
  'phone.3gp': 10,
  'media-recorder.webm': 11.314,
  'tags.mkv': 7,
  'cbr.mp3': 9.576,
  'xing.mp3': 9.576,
  'vbri.mp3': 9.576,
  'cover.mp3': 5.76,
  'id3v1.mp3': 5.76,
  'junk-first.mp3': 9.576,
  'vorbis.ogg': 6.6,
  'opus.opus': 6.6,
  'flac-total.flac': 4.25,
  'flac-streamed.flac': 4.25,
  'info.wav': 3.3,
  'extensible.wav': 3.3,
  'sound.aiff': 3.3,
  'adts.aac': 6.4,
  // ffprobe's format duration is a guess from the bitrate; its 160 and 110 packets of 20 ms make 3.2 and 2.2 s.
  'android.amr': 3.2,
  'wideband.amr': 2.2,
  'camera.avi': 8,
  // The movie header says 0 s, or a tenth of the length (ffprobe's format duration follows it): the tracks' 13 s.
  'mvhd-zero.mp4': 13,
  'mvhd-short.mp4': 13,
  // Every header says 0 s (so does ffprobe): the sample tables say 13.
  'durations-zero.mp4': 13,
  'large.mov': 13,
  'float32.webm': 10,
  // ffprobe has no duration: the last packet ends at 10.414 s.
  'live.mkv': 10.414,
  'chapters.m4a': 7.3,
  // ffprobe's 9.693 is a guess from the bitrate that counts the APE tag as audio; its 133 packets make 9.576 s.
  'id3-ape.mp3': 9.576,
  'chunks-first.wav': 3.3,
  'rf64.wav': 3.3,
  'bw64.wav': 3.3,
  'streamed.wav': 3.3,
  'unclosed.wav': 3.3,
  'assets.3gp': 4,
  // Round four: what screen recorders, browsers, phones and older iTunes write. An empty mdat and a free box
  // before the samples; an OBS MKV without Cues; Chromium's MediaRecorder MP4, whose track header gives its
  // length in milliseconds against a timescale of 30,000 (0.14 s), and its WebM (the last packet ends at 3.338 s).
  'screen-recording.mp4': 14.2,
  'obs.mkv': 10.128,
  'browser-recorder.mp4': 4.1282,
  'browser-recorder.webm': 3.338,
  'iphone-both.mov': 6,
  'id3v22.mp3': 7.488,
  'itunes.m4a': 5.4,
  'loci.mp4': 5,
  // Round five: the first fragment's samples in the movie box, the rest in fragments after it (ffmpeg's
  // frag_keyframe without empty_moov): the sample table alone says 3 s.
  'fragments-after-movie.mp4': 13,
  // Compressed WAVs, as voice recorders and dictation software write them: their fact chunk's samples.
  'ima-adpcm.wav': 2.806,
  'gsm.wav': 2.72,
  // A spoken reflection exported as GarageBand does (artist and composer: the account's name), a composer alone.
  'garageband.m4a': 2.4,
  'composer.mp3': 2.592,
  // AIFF-C in QuickTime's IMA ADPCM: 338 packets of 64 samples at 8 kHz (ffprobe: 2.704 s).
  'ima4.aiff': 2.704,
  'id3.aiff': 2.7,
  // FLAC and Speex in Ogg, whose codecs mediabunny does not read: the last page's granule over the rate.
  'flac-in-ogg.ogg': 3.1,
  'speex.ogg': 3.1,
  // A creator in the XMP packet of the movie's user data (XMP_), as Adobe's editors and exiftool write it.
  'xmp-creator.mov': 3,
};

/** A byte source over `bytes` that counts its reads and the bytes they asked for. */
function countingSource(bytes: Uint8Array) {
  const counted = { calls: 0, bytes: 0 };
  const source = {
    size: bytes.length,
    read: async (start: number, end: number) => {
      counted.calls++;
      counted.bytes += Math.min(end, bytes.length) - start;
      return bytes.subarray(start, end);
    },
  };
  return { source, counted };
}

const ARTIST = [{ field: 'Artist', value: 'Maria Rivera' }];

/** An APEv2 tag (header, items, footer): text items as UTF-8, byte items as binary. */
function apeTag(items: Record<string, string | Uint8Array>): Uint8Array {
  const body = Object.entries(items).flatMap(([key, value]) => {
    const data = typeof value === 'string' ? new TextEncoder().encode(value) : value;
    const fixed = Buffer.alloc(8);
    fixed.writeUInt32LE(data.length);
    fixed.writeUInt32LE(typeof value === 'string' ? 0 : 2, 4);
    return [...fixed, ...Buffer.from(`${key}\0`), ...data];
  });
  const header = (isHeader: boolean) => {
    const out = Buffer.alloc(32);
    out.write('APETAGEX');
    out.writeUInt32LE(2000, 8);
    out.writeUInt32LE(body.length + 32, 12);
    out.writeUInt32LE(Object.keys(items).length, 16);
    out.writeUInt32LE((0x80000000 | (isHeader ? 0x20000000 : 0)) >>> 0, 20);
    return [...out];
  };
  return new Uint8Array([...header(true), ...body, ...header(false)]);
}

/** An ID3v2.3 tag of `size` bytes after its header: one APIC frame (a picture) of zeros. */
function id3Tag(size: number): Uint8Array {
  const syncsafe = [(size >> 21) & 127, (size >> 14) & 127, (size >> 7) & 127, size & 127];
  const frameSize = size - 10;
  const frame = [
    ...Buffer.from('APIC'),
    frameSize >>> 24,
    (frameSize >> 16) & 255,
    (frameSize >> 8) & 255,
    frameSize & 255,
    0,
    0,
  ];
  const tag = new Uint8Array(10 + size);
  tag.set([...Buffer.from('ID3'), 3, 0, 0, ...syncsafe, ...frame]);
  return tag;
}
const PLACE = [{ field: 'GPS position', value: '40.7128, -74.0060' }];
/** What each fixture's tags identify; every other fixture's tags identify no one. */
const IDENTIFYING: Record<string, { field: string; value: string }[]> = {
  'artist.m4a': ARTIST,
  'phone-udta.mov': PLACE,
  'phone-keys.mov': PLACE,
  'tags.mkv': ARTIST,
  'xing.mp3': ARTIST,
  'id3v1.mp3': ARTIST,
  'vorbis.ogg': ARTIST,
  'info.wav': ARTIST,
  'chapters.m4a': ARTIST,
  'id3-ape.mp3': ARTIST,
  'chunks-first.wav': ARTIST,
  'streamed.wav': ARTIST,
  'unclosed.wav': ARTIST,
  'obs.mkv': ARTIST,
  // An iPhone's place in its moov/meta keys and in its ©xyz: one finding.
  'iphone-both.mov': PLACE,
  'id3v22.mp3': ARTIST,
  // A place in a 3GPP loci box (16.16 fixed-point longitude and latitude), as ffmpeg's MP4 writer leaves it.
  'loci.mp4': PLACE,
  // iTunes' ©ART and aART (the album's artist).
  'itunes.m4a': [...ARTIST, { field: 'Artist', value: 'M. Rivera' }],
  'ima-adpcm.wav': ARTIST,
  'garageband.m4a': [...ARTIST, { field: 'Composer', value: 'Maria Rivera' }],
  'composer.mp3': [{ field: 'Composer', value: 'Maria Rivera' }],
  'xmp-creator.mov': ARTIST,
  // An AIFF's ID3 chunk (TPE1).
  'id3.aiff': ARTIST,
  'assets.3gp': [
    { field: 'Copyright', value: '(c) Maria Rivera' },
    { field: 'Author', value: 'Maria Rivera' },
    { field: 'Artist', value: 'Maria Rivera' },
  ],
};

describe('lengths read from the files themselves', () => {
  test('every fixture has its length written here', () => {
    const files = readdirSync(FORMATS).filter((name) => !name.endsWith('.mjs'));
    assert.deepEqual(files.sort(), Object.keys(LENGTHS).sort());
  });

  for (const [name, seconds] of Object.entries(LENGTHS))
    test(`${name} is ${seconds} s long`, async () => {
      const read = await readEvidence(bytesSource(fixture(name)), name);
      assert.ok(read.durationSeconds !== undefined, `${name}: no length`);
      assert.ok(Math.abs(read.durationSeconds - seconds) <= 0.1, `${name}: ${read.durationSeconds} s`);
    });

  test("a VBR MP3 with a VBRI header is not taken for a CBR file at its first frame's bitrate", async () => {
    // The VBRI frame is written at 24 kbit/s, the rest at 8: read as CBR, 9.6 s became 3.4 s.
    const seconds = await readMediaLength(bytesSource(fixture('vbri.mp3')));
    assert.ok(seconds !== null && Math.abs(seconds - 9.576) < 0.1, String(seconds));
  });

  test('a VBR MP3 without any header is read frame by frame', async () => {
    const vbri = fixture('vbri.mp3');
    const bare = vbri.slice();
    bare.set([0, 0, 0, 0], Buffer.from(vbri).indexOf('VBRI'));
    const seconds = await readMediaLength(bytesSource(bare));
    // The header frame is now a (silent) frame of its own: 72 ms more.
    assert.ok(seconds !== null && Math.abs(seconds - 9.576) < 0.1, String(seconds));
  });

  test('an MP3 without a header whose first 100 KB are alike (silence) but whose later frames are not', async () => {
    // MPEG-1 Layer III frames at 44.1 kHz, 1152 samples each: 1000 at 32 kbit/s (104 bytes), 1000 at 128 (417).
    const frame = (bitrateIndex: number, length: number) => {
      const bytes = new Uint8Array(length);
      bytes.set([0xff, 0xfb, bitrateIndex << 4, 0]);
      return bytes;
    };
    const frames = [...Array(1000).fill(frame(1, 104)), ...Array(1000).fill(frame(9, 417))];
    const bytes = new Uint8Array(frames.reduce((sum, f) => sum + f.length, 0));
    let at = 0;
    for (const f of frames) {
      bytes.set(f, at);
      at += f.length;
    }
    const seconds = await readMediaLength(bytesSource(bytes));
    // Taken for CBR at its first frames' bitrate it would be 130.8 s.
    assert.ok(seconds !== null && Math.abs(seconds - (2000 * 1152) / 44100) < 0.1, String(seconds));
  });

  test('an MP3 whose ID3 tag holds a 500 KB cover image is read past it, in a few reads', async () => {
    // A VBR file without a header: taken for CBR at its first frame's bitrate it would be 3.4 s.
    const vbri = fixture('vbri.mp3');
    const audio = vbri.slice();
    audio.set([0, 0, 0, 0], Buffer.from(vbri).indexOf('VBRI'));
    for (const frames of [audio, fixture('cbr.mp3')]) {
      const { source, counted } = countingSource(new Uint8Array([...id3Tag(500_000), ...frames]));
      const seconds = await readMediaLength(source);
      assert.ok(seconds !== null && Math.abs(seconds - 9.576) < 0.1, String(seconds));
      assert.ok(counted.calls <= 10, `${counted.calls} reads`);
    }
  });

  test("an MP3's APE tag is no audio: a CBR file's length leaves it out, and its artist is found", async () => {
    // A cover image of 10 KB in the tag: 10 s more at 8 kbit/s if it were taken for audio.
    const cbr = fixture('cbr.mp3');
    const bytes = new Uint8Array([
      ...cbr,
      ...apeTag({ Artist: 'Maria Rivera', constructor: 'x', 'Cover Art (Front)': new Uint8Array(10_000) }),
    ]);
    const read = await readEvidence(bytesSource(bytes), 'a.mp3');
    const seconds = read.durationSeconds;
    assert.ok(seconds !== undefined && Math.abs(seconds - 9.576) < 0.05, String(seconds));
    assert.deepEqual(read.metadata, ARTIST);
  });

  test("a compressed WAV without a fact chunk is timed by its data's bytes over its byte rate", async () => {
    const gsm = fixture('gsm.wav');
    const bare = gsm.slice();
    // GSM 6.10 at 8 kHz: 1,625 bytes a second; its 4,420 bytes of data are 2.72 s.
    bare.set(Buffer.from('junk'), Buffer.from(gsm).indexOf('fact'));
    const seconds = await readMediaLength(bytesSource(bare));
    assert.ok(seconds !== null && Math.abs(seconds - 2.72) < 0.05, String(seconds));
  });

  test('fragments after the movie box: the last one found from the random access box, or by walking them', async () => {
    const bytes = fixture('fragments-after-movie.mp4');
    const text = Buffer.from(bytes);
    const last = await lastFragment(bytesSource(bytes), text.indexOf('moof') - 4);
    assert.equal(last, text.lastIndexOf('moof') - 4);
    // Without its mfra box (a recording cut off before its end was written), the fragments are walked.
    const cut = bytes.subarray(0, text.lastIndexOf('mfra') - 4);
    assert.equal(await lastFragment(bytesSource(cut), 0), null);
    const seconds = await readMediaLength(bytesSource(cut));
    assert.ok(seconds !== null && Math.abs(seconds - 13) < 0.1, String(seconds));
  });

  test('an MP4 whose sample tables count billions of samples is not timed, and is read in a moment', async () => {
    // mediabunny expands these tables sample by sample: the first would run for minutes, the second exhaust memory.
    for (const box of ['ctts', 'stts']) {
      const bytes = fixture('xmp-creator.mov').slice();
      const at = Buffer.from(bytes).indexOf(box) - 4;
      new DataView(bytes.buffer).setUint32(at + 16, 0xfffffff0);
      const started = Date.now();
      const read = await readEvidence(bytesSource(bytes), 'damaged.mov');
      assert.equal(read.durationSeconds, undefined, box);
      assert.deepEqual(read.metadata, ARTIST, box);
      assert.ok(Date.now() - started < 2000, `${box}: ${Date.now() - started} ms`);
    }
    // A chunk of two billion samples, and the box of sample sizes lost (its name overwritten).
    const bytes = fixture('xmp-creator.mov').slice();
    const text = Buffer.from(bytes);
    new DataView(bytes.buffer).setUint32(text.indexOf('stsc') + 16, 0x80af734b);
    bytes.set([0xf8], text.indexOf('stsz'));
    const read = await readEvidence(bytesSource(bytes), 'damaged.mov');
    assert.equal(read.durationSeconds, undefined);
  });

  test("a browser's WebM (no Duration, clusters of unknown size) is timed by its blocks in one read", async () => {
    const { source, counted } = countingSource(fixture('media-recorder.webm'));
    const seconds = await matroskaBlocksSeconds(source);
    assert.ok(seconds !== null && Math.abs(seconds - 11.314) <= 0.1, String(seconds));
    assert.equal(counted.calls, 1);
    assert.equal(await matroskaBlocksSeconds(bytesSource(fixture('xing.mp3'))), null);
  });
});

/**
 * A long recording as a browser writes it (the head of media-recorder.webm, then clusters of unknown size a
 * second apart, each one block of 64 KB), `clusters` long: the last block starts at `clusters - 1` seconds.
 */
function longRecording(clusters: number): Uint8Array {
  const head = fixture('media-recorder.webm');
  const firstCluster = Buffer.from(head).indexOf(Buffer.from([0x1f, 0x43, 0xb6, 0x75]));
  const unknown = [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
  const blockSize = 64 * 1024;
  // SimpleBlock: track 1, timecode 0, keyframe, then its data; its size in 8 bytes.
  const block = [0xa3, 0x01, 0, 0, 0, 0, (blockSize >> 16) & 255, (blockSize >> 8) & 255, blockSize & 255];
  const clusterHead = (ms: number) => [
    0x1f,
    0x43,
    0xb6,
    0x75,
    ...unknown,
    0xe7,
    0x83,
    ms >> 16,
    (ms >> 8) & 255,
    ms & 255,
  ];
  const clusterLength = 17 + block.length + blockSize;
  const bytes = new Uint8Array(firstCluster + clusters * clusterLength);
  bytes.set(head.subarray(0, firstCluster));
  for (let i = 0; i < clusters; i++) {
    const at = firstCluster + i * clusterLength;
    bytes.set([...clusterHead(i * 1000), ...block, 0x81, 0, 0, 0x80], at);
  }
  return bytes;
}

describe('long recordings are not read through', () => {
  test('a 40 MB browser recording (no Duration, no Cues) is timed by its last cluster, in a few reads', async () => {
    const { source, counted } = countingSource(longRecording(600));
    const seconds = await readMediaLength(source);
    assert.ok(seconds !== null && Math.abs(seconds - 599) < 0.1, String(seconds));
    assert.ok(counted.calls <= 12 && counted.bytes < 8 * 1024 * 1024, `${counted.calls} reads, ${counted.bytes} bytes`);
  });

  test('a long recording whose end holds no cluster start is still timed, walked from its first cluster', async () => {
    // One block of 20 MB in the last cluster: its start lies before the last 16 MB searched.
    const bytes = longRecording(3);
    const big = new Uint8Array(bytes.length + 20 * 1024 * 1024);
    big.set(bytes);
    const last = Buffer.from(bytes).lastIndexOf(Buffer.from([0xa3, 0x01]));
    const size = big.length - last - 9;
    big.set(
      [0xa3, 0x01, 0, 0, size / 2 ** 32, (size >> 24) & 255, (size >> 16) & 255, (size >> 8) & 255, size & 255],
      last,
    );
    const seconds = await readMediaLength(bytesSource(big));
    assert.ok(seconds !== null && Math.abs(seconds - 2) < 0.1, String(seconds));
  });
});

describe("what a recording's tags say", () => {
  test("a loci box's place after a UTF-16 name; a loci box cut short gives none", () => {
    const fixed = (degrees: number) => {
      const bytes = Buffer.alloc(4);
      bytes.writeInt32BE(Math.round(degrees * 65536));
      return [...bytes];
    };
    const name = [0xfe, 0xff, ...Buffer.from('\0H\0o\0m\0e'), 0, 0];
    const loci = new Uint8Array([0, 0, 0, 0, 0x15, 0xc7, ...name, 0, ...fixed(-74.006), ...fixed(40.7128), 0, 0, 0, 0]);
    assert.deepEqual(mediaTagFields({ raw: { loci } }), PLACE);
    assert.deepEqual(mediaTagFields({ raw: { loci: loci.subarray(0, 20) } }), []);
  });

  for (const name of Object.keys(LENGTHS))
    test(`${name}: ${IDENTIFYING[name] ? 'its artist or place' : 'nothing that identifies anyone'}`, async () => {
      const read = await readEvidence(bytesSource(fixture(name)), name);
      assert.deepEqual(read.metadata ?? [], IDENTIFYING[name] ?? []);
    });
});

const PHOTOS = join(__dirname, '../fixtures/media/photos');
const MEDIA = join(__dirname, '../fixtures/media');
/** Every fixture a reader reads: recordings, photos, documents; each with the name it is read under. */
const ALL = [
  ...readdirSync(FORMATS)
    .filter((name) => !name.endsWith('.mjs'))
    .map((name) => join(FORMATS, name)),
  ...readdirSync(MEDIA)
    .filter((name) => /\.(mp4|mov|m4v|webm|mkv|m4a|aac|ogg|flac|mp3|wav)$/.test(name))
    .map((name) => join(MEDIA, name)),
  ...readdirSync(PHOTOS)
    .filter((name) => !name.endsWith('.sh'))
    .map((name) => join(PHOTOS, name)),
].map((path) => ({ name: path.split('/').pop() as string, bytes: new Uint8Array(readFileSync(path)) }));

/** A read that takes longer than this is taken for a loop: each of these files is read in milliseconds. */
const SLOW_MS = 5000;

async function readsSafely(bytes: Uint8Array, name: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${name}: still reading after ${SLOW_MS} ms`)), SLOW_MS);
  });
  try {
    const read = await Promise.race([readEvidence(bytesSource(bytes), name), slow]);
    if (read.durationSeconds !== undefined)
      assert.ok(Number.isFinite(read.durationSeconds) && read.durationSeconds > 0, `${name}: ${read.durationSeconds}`);
    for (const field of read.metadata ?? []) assert.equal(typeof field.value, 'string');
  } finally {
    clearTimeout(timer);
  }
}

describe('damaged files: a length, none, or a finding; never a throw or an endless read', () => {
  test('every fixture cut short at any offset', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ALL), fc.double({ min: 0, max: 1, noNaN: true }), async (file, where) => {
        await readsSafely(file.bytes.subarray(0, Math.floor(file.bytes.length * where)), file.name);
      }),
      { numRuns: runs(200) },
    );
  });

  test('every fixture with random bytes written over some of it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ALL),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 64 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (file, patches) => {
          const bytes = file.bytes.slice();
          for (const [where, patch] of patches)
            bytes.set(patch.subarray(0, bytes.length), Math.floor(where * Math.max(0, bytes.length - patch.length)));
          await readsSafely(bytes, file.name);
        },
      ),
      { numRuns: runs(200) },
    );
  });

  test('a head of each container with random bytes after it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ALL), fc.uint8Array({ maxLength: 2000 }), async (file, tail) => {
        await readsSafely(new Uint8Array([...file.bytes.subarray(0, 64), ...tail]), file.name);
      }),
      { numRuns: runs(200) },
    );
  });

  test('the facts of an empty or unknown file are none', async () => {
    assert.deepEqual(await readMediaFacts(bytesSource(new Uint8Array(0))), { seconds: null, metadata: [] });
    const text = new TextEncoder().encode('not a recording at all, just some words');
    assert.deepEqual(await readMediaFacts(bytesSource(text)), { seconds: null, metadata: [] });
  });
});
