/**
 * AIFF recordings as other writers leave them: an ID3 chunk after a long sound (past the bytes first read), and
 * an AIFF-C file compressed in a way the reader does not know, which gets no length rather than a wrong one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytesSource, readEvidence } from '../../server/src/core';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/media/formats', name)));

/** The AIFF with `extra` more bytes of sound: its FORM and SSND sizes grown, its COMM (and length) as it was. */
function withLongerSound(bytes: Uint8Array, extra: number): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const ssnd = text.indexOf('SSND');
  const soundEnd = ssnd + 8 + Buffer.from(bytes).readUInt32BE(ssnd + 4);
  const out = Buffer.concat([bytes.subarray(0, soundEnd), Buffer.alloc(extra), bytes.subarray(soundEnd)]);
  out.writeUInt32BE(out.readUInt32BE(4) + extra, 4);
  out.writeUInt32BE(out.readUInt32BE(ssnd + 4) + extra, ssnd + 4);
  return new Uint8Array(out);
}

test("an AIFF's artist in an ID3 chunk after a long sound is read, its length as its COMM says", async () => {
  const bytes = withLongerSound(fixture('id3.aiff'), 200_000);
  const read = await readEvidence(bytesSource(bytes), 'long.aiff');
  assert.deepEqual(read.metadata, [{ field: 'Artist', value: 'Maria Rivera' }]);
  assert.equal(read.durationSeconds, 2.7);
});

test('an AIFF-C compressed in a way not known here has no length, not its packets taken for samples', async () => {
  const bytes = fixture('ima4.aiff').slice();
  const at = Buffer.from(bytes).indexOf('ima4');
  bytes.set(Buffer.from('QDM2'), at);
  assert.equal((await readEvidence(bytesSource(bytes), 'qdesign.aiff')).durationSeconds, undefined);
});
