/**
 * The thread that reads linked files: one thread for many files, each file within the time limit; a
 * reader that never returns costs its file only (it counts as unreadable when its time is up, and
 * the files after it are read by a new thread), and one that throws makes its file unreadable.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvidenceThread, ReadTimedOut } from '../../server/src/node/evidenceThread';

describe('the reading thread', () => {
  let folder: string;
  let reader: string;
  let loads: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'rw-evidence-thread-'));
    loads = join(folder, 'loads.txt');
    writeFileSync(loads, '');
    for (const name of ['talk.mp4', 'damaged.mp4', 'broken.mp4', 'memo.mp3']) writeFileSync(join(folder, name), name);
    // Each thread that loads it writes a line; it reads every file as 90 s long, but loops on a damaged one.
    reader = join(folder, 'reader.cjs');
    writeFileSync(
      reader,
      `require('node:fs').appendFileSync(${JSON.stringify(loads)}, 'loaded\\n');\n` +
        'exports.readEvidence = async (source, name) => {\n' +
        "  if (name.startsWith('damaged')) for (;;);\n" +
        "  if (name.startsWith('broken')) throw new Error('not a recording');\n" +
        '  return { durationSeconds: 90 };\n' +
        '};\n',
    );
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('one thread reads many files; a file it never finishes is given up after the limit', async () => {
    const thread = new EvidenceThread({ reader, limitMs: 1500 });
    const read = (name: string) => thread.read(join(folder, name), name.length);
    try {
      assert.deepEqual(await Promise.all([read('talk.mp4'), read('memo.mp3')]), [
        { durationSeconds: 90 },
        { durationSeconds: 90 },
      ]);
      assert.equal(readFileSync(loads, 'utf8'), 'loaded\n', 'one thread for both files');
      const started = Date.now();
      const [damaged, next] = await Promise.allSettled([read('damaged.mp4'), read('talk.mp4')]);
      assert.equal(damaged.status, 'rejected');
      assert.ok(damaged.reason instanceof ReadTimedOut, String(damaged.reason));
      assert.equal(damaged.reason.seconds, 1.5);
      assert.ok(Date.now() - started < 10_000, 'given up soon after the limit');
      assert.deepEqual(next, { status: 'fulfilled', value: { durationSeconds: 90 } }, 'the next file is read');
      assert.equal(readFileSync(loads, 'utf8'), 'loaded\nloaded\n', 'by a new thread');
      await assert.rejects(read('broken.mp4'), /not a recording/);
      assert.deepEqual(await read('memo.mp3'), { durationSeconds: 90 }, 'a reader that throws leaves the thread');
    } finally {
      await thread.close();
    }
  });

  test('readers that cannot be loaded make the file unreadable, not the caller wait', async () => {
    const thread = new EvidenceThread({ reader: join(folder, 'no-such-reader.cjs') });
    await assert.rejects(thread.read(join(folder, 'talk.mp4'), 8), /no-such-reader/);
    await assert.rejects(thread.read(join(folder, 'memo.mp3'), 8), /no-such-reader/);
    await thread.close();
  });
});
