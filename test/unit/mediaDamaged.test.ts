/**
 * Recordings damaged in a way whose count claims more than the file holds: each is read in a moment, its
 * length where it can be trusted and its tags as they are, never after minutes of copying or counting.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInChild } from '../helpers/childRead';
import { bytesSource, readEvidence } from '../../server/src/core';

const FORMATS = join(__dirname, '../fixtures/media/formats');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FORMATS, name)));
const ASSETS = [
  { field: 'Copyright', value: '(c) Maria Rivera' },
  { field: 'Author', value: 'Maria Rivera' },
  { field: 'Artist', value: 'Maria Rivera' },
];

async function timedRead(bytes: Uint8Array, name: string) {
  const started = Date.now();
  const read = await readEvidence(bytesSource(bytes), name);
  assert.ok(Date.now() - started < 2000, `${name}: ${Date.now() - started} ms`);
  return read;
}

test('an MP4 table counting more entries than its box holds is not timed; its tags are read', async () => {
  // mediabunny reads as many entries as the count says, past the box, one by one (three billion here).
  for (const box of ['stsc', 'stts']) {
    const bytes = fixture('assets.3gp').slice();
    const at = Buffer.from(bytes).lastIndexOf(box) - 4;
    new DataView(bytes.buffer).setUint32(at + 12, 0xb880c300);
    const read = await timedRead(bytes, 'damaged.3gp');
    assert.equal(read.durationSeconds, undefined, box);
    assert.deepEqual(read.metadata, ASSETS, box);
  }
  // Untouched, the same file is timed (4 s, as ffprobe says).
  assert.equal((await timedRead(fixture('assets.3gp'), 'assets.3gp')).durationSeconds, 4);
});

test('an MP3 whose unsynchronised ID3 frame claims a quarter of a gigabyte is timed; its composer read', async () => {
  const bytes = fixture('composer.mp3').slice();
  const text = Buffer.from(bytes);
  // ID3v2.4 with the unsynchronisation flag: each frame's bytes are copied one by one up to its claimed end.
  bytes[5] = 0x80;
  bytes.set([0x7f, 0x7f, 0x7f, 0x7f], text.indexOf('TSSE') + 4);
  const read = await timedRead(bytes, 'damaged.mp3');
  assert.ok(read.durationSeconds !== undefined && Math.abs(read.durationSeconds - 2.592) < 0.05);
  assert.deepEqual(read.metadata, [{ field: 'Composer', value: 'Maria Rivera' }]);
});

test('an ADTS frame damaged before the end gives no length, at once; one cut in its last frame is timed', async () => {
  // A player reads on past a damaged frame: what comes before it is not the recording's length.
  const frames = (bytes: Uint8Array, count: number) => {
    let at = 0;
    for (let frame = 0; frame < count; frame++)
      at += ((bytes[at + 3] & 3) << 11) | (bytes[at + 4] << 3) | (bytes[at + 5] >> 5);
    return at;
  };
  // The eleventh frame's length (13 bits in its header) damaged to 0.
  const zero = fixture('adts.aac').slice();
  const at = frames(zero, 10);
  zero[at + 3] &= ~3;
  zero[at + 4] = 0;
  zero[at + 5] &= 0x1f;
  assert.equal((await timedRead(zero, 'damaged.aac')).durationSeconds, undefined);
  // The eleventh frame's sync word lost.
  const lost = fixture('adts.aac').slice();
  lost.fill(0, at, at + 2);
  assert.equal((await timedRead(lost, 'damaged.aac')).durationSeconds, undefined);
  // Cut inside its 40th frame: the 39 whole frames of 1,024 samples at 8 kHz play (4.992 s).
  const cut = fixture('adts.aac').subarray(0, frames(fixture('adts.aac'), 39) + 20);
  assert.equal((await timedRead(cut, 'cut.aac')).durationSeconds, 4.992);
  // An ID3v1 tag after the frames is no damage.
  const tagged = new Uint8Array([...fixture('adts.aac'), ...Buffer.from('TAG'), ...new Uint8Array(125)]);
  assert.equal((await timedRead(tagged, 'tagged.aac')).durationSeconds, 6.4);
  // Nor are the zeros a recorder set aside after them and did not fill.
  const padded = new Uint8Array([...fixture('adts.aac'), ...new Uint8Array(4096)]);
  assert.equal((await timedRead(padded, 'padded.aac')).durationSeconds, 6.4);
});

test('an AMR frame of a mode no encoder writes gives no length; one cut in its last frame is timed', async () => {
  const bytes = fixture('android.amr').slice();
  // The magic line, then frames of 12.2 kbit/s (32 bytes with their header): the tenth's mode made reserved (12).
  bytes[6 + 9 * 32] = (12 << 3) | 0x04;
  assert.equal((await timedRead(bytes, 'damaged.amr')).durationSeconds, undefined);
  // Cut inside its 41st frame: 40 frames of 20 ms.
  const cut = fixture('android.amr').subarray(0, 6 + 40 * 32 + 10);
  assert.equal((await timedRead(cut, 'cut.amr')).durationSeconds, 0.8);
  // Zeros after its 160 frames (space the recorder set aside) are no frames of 20 ms.
  const padded = new Uint8Array([...fixture('android.amr'), ...new Uint8Array(4096)]);
  assert.equal((await timedRead(padded, 'padded.amr')).durationSeconds, 3.2);
});

test('a Matroska element whose size cannot be read is skipped, not found again and again for ever', async () => {
  // The Tracks element's size damaged to a first byte of 0 (no valid size): mediabunny searched for the next
  // element from where this one starts, found it again, and looped without yielding.
  const bytes = fixture('browser-recorder.webm').slice();
  const tracks = Buffer.from(bytes).indexOf(Buffer.from([0x16, 0x54, 0xae, 0x6b]));
  bytes[tracks + 4] = 0;
  const read = readInChild(bytes, 'damaged.webm');
  assert.ok(read, 'the read was stopped after 20 s');
});
