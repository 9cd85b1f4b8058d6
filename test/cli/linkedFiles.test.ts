/**
 * `check` reads the files a submission links: every container's length (MP4, fragmented MP4, HEVC
 * .mov, M4V, WebM without a duration, MKV, M4A, AAC, OGG, FLAC, VBR MP3 without a header, WAV)
 * against the written one, missing files; `--no-files` reads none. The readiness report the same.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, run } from './run';

/** Each fixture and its length (test/fixtures/media/make.sh). */
const LENGTHS: Record<string, string> = {
  'practice-run.mp4': '5:10',
  'fragmented.mp4': '5:10',
  'iphone.mov': '5:10',
  'lesson.m4v': '5:10',
  'recorded.webm': '5:10',
  'interview.mkv': '5:10',
  'voice-memo.m4a': '1:35',
  'voice-memo.aac': '1:35',
  'voice-memo.ogg': '1:35',
  'voice-memo.flac': '1:35',
  'voice-memo.mp3': '0:20',
  'voice-memo.wav': '0:20',
};

const submission = (written: (name: string) => string) =>
  [
    '---',
    'rubric: working-together-for-student-success',
    '---',
    '',
    '### Artifact 3: Visual Presentation',
    '',
    ...Object.keys(LENGTHS).map((name) => `- [${name}](${name}) (${written(name)})`),
    '',
  ].join('\n');

describe('check reads the linked files', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'rw-cli-files-'));
    cpSync(join(ROOT, 'test/fixtures/media'), folder, { recursive: true });
    writeFileSync(
      join(folder, 'right.md'),
      submission((name) => LENGTHS[name]),
    );
    writeFileSync(
      join(folder, 'wrong.md'),
      submission(() => '3:45'),
    );
    writeFileSync(
      join(folder, 'missing.md'),
      submission((name) => LENGTHS[name]).replace('(iphone.mov)', '(iPhone.mov)'),
    );
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('every container: a length written right gives no duration-mismatch', async () => {
    const { stdout } = await run(['check', '--exit-zero', 'right.md'], { cwd: folder });
    assert.doesNotMatch(stdout, /duration-mismatch|missing-file/);
  });

  test("every container: a wrong length is named with the file's own", async () => {
    const { stdout } = await run(['check', '--exit-zero', 'wrong.md'], { cwd: folder });
    for (const [name, length] of Object.entries(LENGTHS))
      assert.ok(stdout.includes(`You wrote 3:45; ${name} is ${length}.`), `${name}:\n${stdout}`);
  });

  test('a name in the wrong case is a missing file, with the right one offered', async () => {
    const { stdout } = await run(['check', '--exit-zero', 'missing.md'], { cwd: folder });
    assert.match(stdout, /missing-file: iPhone\.mov is not there: .*Did you mean iphone\.mov\?/);
  });

  test('--no-files reads none: the written lengths stand', async () => {
    const { stdout } = await run(['check', '--exit-zero', '--no-files', 'wrong.md', 'missing.md'], { cwd: folder });
    assert.doesNotMatch(stdout, /duration-mismatch|missing-file/);
  });

  test('a recording whose end is zeros (a copy cut off) is checked, the length written standing', async () => {
    // A Matroska reader that searches the zeros for the next element must stop at the end of the file.
    const cut = ['recorded.webm', 'interview.mkv'].map((name) => {
      const head = readFileSync(join(folder, name)).subarray(0, 64);
      writeFileSync(join(folder, `cut-${name}`), Buffer.concat([head, Buffer.alloc(4096)]));
      return `- [cut-${name}](cut-${name}) (5:10)`;
    });
    writeFileSync(join(folder, 'cut.md'), submission(() => '').split('- [')[0] + cut.join('\n'));
    const options = { cwd: folder, timeoutMs: 15_000 };
    const { status, stdout } = await run(['check', '--exit-zero', 'cut.md'], options);
    assert.equal(status, 0, 'the check finished');
    assert.doesNotMatch(stdout, /duration-mismatch|missing-file/);
  });

  test('a recording whose sample table claims billions of samples (a damaged count) is checked', async () => {
    // After each box's type, version and flags: the entry count, then the first entry's fields.
    const damage = { ctts: 12, stsc: 16 };
    const links = Object.entries(damage).map(([box, at]) => {
      const bytes = readFileSync(join(folder, 'lesson.m4v'));
      bytes.writeUInt32BE(0x7fffffff, bytes.indexOf(box) + at);
      writeFileSync(join(folder, `damaged-${box}.m4v`), bytes);
      return `- [damaged-${box}.m4v](damaged-${box}.m4v) (5:10)`;
    });
    writeFileSync(join(folder, 'damaged.md'), submission(() => '').split('- [')[0] + links.join('\n'));
    const { status } = await run(['check', '--exit-zero', 'damaged.md'], { cwd: folder, timeoutMs: 15_000 });
    assert.equal(status, 0, 'the check finished');
  });

  test('a FLAC recording cut short before its first frame is checked', async () => {
    const bytes = readFileSync(join(ROOT, 'test/fixtures/media/formats/flac-streamed.flac'));
    // Its metadata only: the copy stopped before the first audio frame (whose header starts FF F8).
    writeFileSync(join(folder, 'cut.flac'), bytes.subarray(0, bytes.indexOf(Buffer.from([0xff, 0xf8]))));
    writeFileSync(join(folder, 'cut-flac.md'), `${submission(() => '').split('- [')[0]}- [cut.flac](cut.flac) (1:35)`);
    const { status } = await run(['check', '--exit-zero', 'cut-flac.md'], { cwd: folder, timeoutMs: 15_000 });
    assert.equal(status, 0, 'the check finished');
  });

  test('the readiness report counts what the files say', async () => {
    const { stdout } = await run(['export', '--format', 'html', 'wrong.md', '-o', '-'], { cwd: folder });
    assert.match(stdout, /You wrote 3:45; practice-run\.mp4 is 5:10/);
    assert.match(stdout, /12 recordings, [\d:]+, from the files/);
  });
});
