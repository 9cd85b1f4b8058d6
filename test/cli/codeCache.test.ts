/**
 * The compiled-code cache the CLI and the server keep (server/src/node/codeCache.ts), as a writer
 * meets it: written into a cache folder of its own after a first check, never beside the files
 * checked; a damaged or foreign cache is passed over and the check gives the same report.
 * Run `npm run build` first.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/protocol';
import { CHECKSUM_BYTES, cacheChecksum, REGEXP_FLAG } from '../../server/src/node/codeCache';
import { LspClient } from '../helpers/lspClient';
import { EXAMPLES, json, ROOT, run } from './run';

let folder: string;
before(() => {
  folder = mkdtempSync(join(tmpdir(), 'rubric-writer-code-cache-'));
});
after(() => rmSync(folder, { recursive: true, force: true }));

/** A folder holding a copy of the example alone, to check from inside it. */
function submissionFolder(name: string): string {
  const work = join(folder, name);
  mkdirSync(work);
  copyFileSync(join(ROOT, EXAMPLES.problems), join(work, 'problems.md'));
  return work;
}

const check = (work: string, env: Record<string, string | undefined>) =>
  run(['check', '--format', 'json', 'problems.md'], { cwd: work, env: { ...process.env, ...env } });

const cacheFiles = (cache: string) =>
  existsSync(cache) ? readdirSync(cache).filter((name) => name.endsWith('.v8cache')) : [];

describe('the compiled-code cache', () => {
  test('a first check writes it in the cache folder, not beside the files; the next check reads it', async () => {
    const work = submissionFolder('first');
    const cache = join(folder, 'first-cache');
    const env = { RUBRIC_WRITER_CODE_CACHE: cache };
    const first = await check(work, env);
    assert.equal(first.status, 1, first.stderr);
    assert.deepEqual(readdirSync(work), ['problems.md'], 'nothing written beside the submission');
    const [file] = cacheFiles(cache);
    assert.match(file, /^cli-main-[0-9a-f]{24}\.v8cache$/);
    const written = statSync(join(cache, file)).mtimeMs;

    const second = await check(work, env);
    assert.equal(second.stdout, first.stdout);
    assert.equal(statSync(join(cache, file)).mtimeMs, written, 'a good cache is read, not written again');
    assert.deepEqual(cacheFiles(cache), [file]);
  });

  test("another version's cache is kept beside this one (two versions used in turn), only the oldest go", async () => {
    const work = submissionFolder('versions');
    const cache = join(folder, 'versions-cache');
    mkdirSync(cache, { mode: 0o700 });
    const others = ['0000000000000001', '0000000000000002', '0000000000000003', '0000000000000004'].map((key, i) => {
      const name = `cli-main-${key}.v8cache`;
      writeFileSync(join(cache, name), randomBytes(64), { mode: 0o600 });
      const time = new Date(Date.now() - (10 - i) * 60_000);
      utimesSync(join(cache, name), time, time);
      return name;
    });
    const result = await check(work, { RUBRIC_WRITER_CODE_CACHE: cache });
    assert.equal(result.status, 1, result.stderr);
    const left = cacheFiles(cache);
    assert.equal(left.length, 3, left.join(', '));
    assert.ok(left.includes(others[3]) && left.includes(others[2]), 'the two newest of the others stay');
  });

  test('without a folder named, it goes in $XDG_CACHE_HOME/rubric-writer', async () => {
    const work = submissionFolder('xdg');
    const xdg = join(folder, 'xdg-home');
    const result = await check(work, { RUBRIC_WRITER_CODE_CACHE: undefined, XDG_CACHE_HOME: xdg });
    assert.equal(result.status, 1, result.stderr);
    assert.equal(cacheFiles(join(xdg, 'rubric-writer')).length, 1);
    assert.deepEqual(readdirSync(work), ['problems.md']);
  });

  test('a damaged cache, or one V8 does not take, is passed over: the same report, a good cache again', async () => {
    const work = submissionFolder('damaged');
    const cache = join(folder, 'damaged-cache');
    const env = { RUBRIC_WRITER_CODE_CACHE: cache };
    const good = await check(work, env);
    const [file] = cacheFiles(cache);
    const bytes = readFileSync(join(cache, file));

    const flipped = Buffer.from(bytes);
    flipped[flipped.length >> 1] ^= 0xff;
    // Noise with a right checksum: only V8 can tell it is not its bytecode.
    const noise = randomBytes(bytes.length - CHECKSUM_BYTES);
    const foreign = Buffer.concat([cacheChecksum(noise), noise]);
    for (const broken of [flipped, foreign, Buffer.from('not a cache'), Buffer.alloc(0)]) {
      writeFileSync(join(cache, file), broken);
      const again = await check(work, env);
      assert.equal(again.status, good.status, again.stderr);
      assert.equal(again.stdout, good.stdout);
      assert.equal(again.stderr, good.stderr);
      const replaced = readFileSync(join(cache, file));
      assert.ok(!replaced.equals(broken) && replaced.length > 1000, 'the damaged cache is replaced');
    }
    const written = statSync(join(cache, file)).mtimeMs;
    assert.equal((await check(work, env)).stdout, good.stdout);
    assert.equal(statSync(join(cache, file)).mtimeMs, written, 'the replacement is a good cache, read as it is');
  });

  test("a rebuilt bundle never runs the previous build's bytecode: its digest names a cache of its own", async () => {
    const work = submissionFolder('rebuilt');
    const cache = join(folder, 'rebuilt-cache');
    const built = join(folder, 'rebuilt-dist');
    mkdirSync(built);
    for (const name of ['cli.js', 'cli-main.js']) copyFileSync(join(ROOT, 'dist', name), join(built, name));
    const checkWith = () =>
      run([join(built, 'cli.js'), 'check', '--format', 'json', 'problems.md'], {
        command: process.execPath,
        cwd: work,
        env: { ...process.env, RUBRIC_WRITER_CODE_CACHE: cache },
      });
    const first = await checkWith();
    const [before] = cacheFiles(cache);
    // What the build does to a changed bundle: new content, and its digest stamped at the end.
    const bundle = readFileSync(join(built, 'cli-main.js'), 'utf8').replace(/\/\/# buildDigest=\w+\s*$/, '');
    writeFileSync(join(built, 'cli-main.js'), `${bundle}void 0;\n//# buildDigest=0123456789abcdef\n`);
    const second = await checkWith();
    assert.equal(second.stdout, first.stdout);
    const after = cacheFiles(cache);
    assert.equal(after.length, 2, after.join(', '));
    assert.ok(after.includes(before), "the other build's cache is kept (two versions used in turn)");
    assert.ok(
      after.some((name) => name.startsWith('cli-main-0123456789abcdef')),
      after.join(', '),
    );
  });

  test('a cache folder others may write to is not used: bytecode is code', async () => {
    const work = submissionFolder('shared');
    const cache = join(folder, 'shared-cache');
    mkdirSync(cache);
    chmodSync(cache, 0o777);
    const result = await check(work, { RUBRIC_WRITER_CODE_CACHE: cache });
    assert.equal(result.status, 1, result.stderr);
    assert.equal(json(result)[0].file, 'problems.md');
    // (Where the system has no user ids, as on Windows, there is no such folder to refuse.)
    if (process.getuid) assert.deepEqual(cacheFiles(cache), [], 'nothing written to, or read from, it');
  });

  test('many files are shared out to worker threads (from dist/cli.js): the same reports, in order', async () => {
    const work = join(folder, 'many');
    mkdirSync(work);
    const texts = [EXAMPLES.problems, EXAMPLES.together, EXAMPLES.engaging].map((file) =>
      readFileSync(join(ROOT, file), 'utf8'),
    );
    // Two threads, whatever the machine (RUBRIC_WRITER_THREADS: one worker beside the main thread).
    const names = Array.from({ length: 120 }, (_v, i) => `submission-${String(i).padStart(3, '0')}.md`);
    names.forEach((name, i) => writeFileSync(join(work, name), texts[i % 3]));
    const env = { RUBRIC_WRITER_CODE_CACHE: join(folder, 'many-cache') };
    const all = await run(['check', '--format', 'json', '.'], {
      cwd: work,
      env: { ...env, RUBRIC_WRITER_THREADS: '1' },
      timeoutMs: 60_000,
    });
    assert.equal(all.status, 1, all.stderr);
    const files = json(all);
    assert.deepEqual(
      files.map((file) => file.file),
      names,
    );
    const alone = await Promise.all(
      names.slice(0, 3).map(async (name) => json(await run(['check', '--format', 'json', name], { cwd: work, env }))),
    );
    files.forEach((file, i) => {
      const { file: _name, ...report } = file;
      const { file: _other, ...expected } = alone[i % 3][0];
      assert.deepEqual(report, expected, names[i]);
    });
  });

  test('the editor starts the server with the V8 flag its first file would otherwise set', () => {
    assert.ok(SERVER_NODE_FLAGS.includes(REGEXP_FLAG), SERVER_NODE_FLAGS.join(' '));
  });

  test('the language server writes its caches in the folder the editor names, after the first check', async () => {
    const storage = join(folder, 'editor-storage');
    const env = { ...process.env };
    delete env.RUBRIC_WRITER_CODE_CACHE;
    const client = new LspClient({
      command: process.execPath,
      args: [join(ROOT, 'dist/server.js'), '--stdio', `--code-cache-dir=${storage}`],
      cwd: ROOT,
      env,
    });
    try {
      await client.initialize({ rootUri: pathToFileURL(ROOT).href });
      const uri = pathToFileURL(join(ROOT, EXAMPLES.together)).href;
      const diagnostics = client.waitForDiagnostics(uri, 1);
      await client.open(uri, readFileSync(join(ROOT, EXAMPLES.together), 'utf8'), 1);
      await diagnostics;
      // The example links a video: the media reader, a bundle loaded on first use (in the thread that reads
      // linked files), gets its cache too, written by that thread once it has read the video.
      const deadline = Date.now() + 15_000;
      const cache = join(storage, 'code-cache');
      while (!existsSync(cache) || !readdirSync(cache).some((name) => name.startsWith('media-reader-'))) {
        assert.ok(Date.now() < deadline, 'no cache for the media reader');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // Shut down at once: the server's cache is written as the server exits, if not before.
      await client.shutdown();
      const written = cacheFiles(join(storage, 'code-cache')).sort();
      assert.equal(written.length, 2, written.join(', '));
      assert.match(written[0], /^media-reader-[0-9a-f]{24}\.v8cache$/);
      assert.match(written[1], /^server-main-[0-9a-f]{24}\.v8cache$/);
    } finally {
      client.kill();
    }
  });
});
