/**
 * The thread that reads linked files and documents: one thread for many files, each file within the
 * time limit; a reader that never returns costs its file only (it counts as unreadable when its time
 * is up, and the files after it are read by a new thread), and one that throws makes its file
 * unreadable. Word drafts and requirement files (Word, PDF, saved pages) alike, within the documents' limit.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messagesFor, RubricRegistry } from '../../server/src/core';
import { ReaderThread, ReadTimedOut, readFailure } from '../../server/src/node/readerThread';

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
    const thread = new ReaderThread({ bundles: { 'media-reader': reader }, limitMs: 1500 });
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

  test('a thread with nothing to read ends; the next file starts another', async () => {
    writeFileSync(loads, '');
    const thread = new ReaderThread({ bundles: { 'media-reader': reader }, idleMs: 200 });
    try {
      assert.deepEqual(await thread.read(join(folder, 'talk.mp4'), 8), { durationSeconds: 90 });
      assert.deepEqual(await thread.read(join(folder, 'memo.mp3'), 8), { durationSeconds: 90 });
      assert.equal(readFileSync(loads, 'utf8'), 'loaded\n', 'one thread while files come');
      await new Promise((resolve) => setTimeout(resolve, 600));
      assert.deepEqual(await thread.read(join(folder, 'talk.mp4'), 8), { durationSeconds: 90 });
      assert.equal(readFileSync(loads, 'utf8'), 'loaded\nloaded\n', 'another after a pause');
    } finally {
      await thread.close();
    }
  });

  test('readers that cannot be loaded make the file unreadable, not the caller wait', async () => {
    const thread = new ReaderThread({ bundles: { 'media-reader': join(folder, 'no-such-reader.cjs') } });
    await assert.rejects(thread.read(join(folder, 'talk.mp4'), 8), /no-such-reader/);
    await assert.rejects(thread.read(join(folder, 'memo.mp3'), 8), /no-such-reader/);
    await thread.close();
  });

  test("a Word draft or requirements the readers never finish are given up after the documents' limit", async () => {
    // A Word reader that loops on a document whose name says so, and a PDF reader that always does.
    const word = join(folder, 'word.cjs');
    writeFileSync(
      word,
      'const loop = () => { for (;;); };\n' +
        'exports.importWordDocument = async (data, options) => {\n' +
        "  if (options.imageFolder.startsWith('damaged')) loop();\n" +
        "  return { markdown: '# Draft', rubric: options.registry.get(options.rubricId) ?? null, images: [] };\n" +
        '};\n' +
        'exports.wordToHtml = async () => loop();\n' +
        "exports.htmlToRequirementText = (html) => (html.includes('endless') ? loop() : 'Part 1. Plan');\n",
    );
    const pdf = join(folder, 'pdf.cjs');
    writeFileSync(pdf, 'exports.pdfRequirementText = async () => { for (;;); };\n');
    const thread = new ReaderThread({ bundles: { word, 'pdf-reader': pdf }, documentLimitMs: 1500 });
    const registry = new RubricRegistry();
    const [rubric] = registry.list();
    const options = { registry, rubricId: rubric.rubric.id, identifyingTerms: [] };
    try {
      const draft = new Uint8Array([80, 75, 3, 4]).buffer;
      await assert.rejects(
        thread.importWordDocument(draft, { ...options, imageFolder: 'damaged-images' }),
        ReadTimedOut,
      );
      const read = await thread.importWordDocument(draft, { ...options, imageFolder: 'draft-images' });
      assert.equal(read.markdown, '# Draft');
      assert.equal(read.rubric, rubric.rubric, 'the rubric chosen, as the host holds it');
      await assert.rejects(thread.wordToHtml(new Uint8Array(4)), ReadTimedOut);
      // A saved page (or a Word document's HTML) read as requirement lines, within the same limit.
      await assert.rejects(thread.pageText('<p>endless</p>'), ReadTimedOut);
      assert.equal(await thread.pageText('<p>Part 1. Plan</p>'), 'Part 1. Plan');
      await assert.rejects(thread.pdfRequirementText(new Uint8Array(4)), (error: Error) => {
        assert.ok(error instanceof ReadTimedOut);
        assert.equal(readFailure(error, messagesFor('en')), 'not read within 1.5 s; the file may be damaged');
        assert.equal(readFailure(error, messagesFor('es')), 'no se leyó en 1,5 s; puede que el archivo esté dañado');
        return true;
      });
    } finally {
      await thread.close();
    }
  });
});
