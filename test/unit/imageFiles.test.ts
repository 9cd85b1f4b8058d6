import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskImageReader, readBounded } from '../../server/src/node/imageFiles';
import { isInsideFolders } from '../../server/src/lsp/uriScope';
import { messagesFor } from '../../server/src/core';
import { assertSpanish } from '../helpers/spanishText';

const MB = 1024 * 1024;

test('an image read is bounded whatever stat says, and only regular files are read', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rubric-writer-images-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // procfs says 0 bytes; read to its end, this one is gigabytes (it refuses reads of odd lengths, too).
  const started = process.memoryUsage().rss;
  const pagemap = await readBounded('/proc/self/pagemap', MB);
  assert.ok(!(pagemap instanceof Uint8Array) && pagemap !== null && 'refused' in pagemap, 'refused');
  assert.ok(process.memoryUsage().rss - started < 64 * MB);
  assert.deepEqual(await readBounded('/dev/zero', MB), { refused: 'it is not a regular file' });
  execFileSync('mkfifo', [join(dir, 'pipe.png')]);
  // A pipe with no writer: opening it must not wait forever.
  assert.deepEqual(await readBounded(join(dir, 'pipe.png'), MB), { refused: 'it is not a regular file' });
  writeFileSync(join(dir, 'big.png'), Buffer.alloc(MB + 1));
  assert.deepEqual(await readBounded(join(dir, 'big.png'), MB), { refused: 'it is larger than 1 MB' });
  writeFileSync(join(dir, 'fits.png'), Buffer.alloc(MB, 7));
  assert.equal(((await readBounded(join(dir, 'fits.png'), MB)) as Uint8Array).length, MB);
  assert.equal(await readBounded(join(dir, 'missing.png'), MB), null);
});

test('images only from inside the folders given: not through a link leading out, not from a share', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rubric-writer-images-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'submission/photos'), { recursive: true });
  mkdirSync(join(dir, 'private'));
  writeFileSync(join(dir, 'submission/photos/in.png'), 'inside');
  writeFileSync(join(dir, 'private/out.png'), 'private');
  symlinkSync(join(dir, 'private/out.png'), join(dir, 'submission/photos/link.png'));
  symlinkSync(join(dir, 'private'), join(dir, 'submission/photos/folder'));
  const folder = join(dir, 'submission');
  const read = diskImageReader(folder, [folder]);
  const outside = { refused: "it is outside the submission's folder", outside: true };
  assert.equal(Buffer.from((await read('photos/in.png')) as Uint8Array).toString(), 'inside');
  assert.equal(Buffer.from((await read(join(folder, 'photos/in.png'))) as Uint8Array).toString(), 'inside');
  for (const path of ['../private/out.png', join(dir, 'private/out.png'), 'photos/link.png', 'photos/folder/out.png'])
    assert.deepEqual(await read(path), outside, path);
  assert.deepEqual(await read('//host/share/a.png'), { refused: 'it is on a network share', outside: true });
  assert.deepEqual(await read('\\\\host\\share\\a.png'), { refused: 'it is on a network share', outside: true });
  assert.equal(await read('photos/missing.png'), null);
});

test('the client reads files for the web server only inside the workspace folders', () => {
  const folders = ['vscode-vfs://github/jrivera/portfolio'];
  assert.ok(isInsideFolders('vscode-vfs://github/jrivera/portfolio/photos/a.png', folders));
  assert.ok(!isInsideFolders('vscode-vfs://github/jrivera/portfolio-private/a.png', folders));
  assert.ok(!isInsideFolders('vscode-vfs://github/jrivera/private/a.png', folders));
  assert.ok(!isInsideFolders('vscode-vfs://github/jrivera/portfolio/../private/a.png', folders));
  assert.ok(!isInsideFolders('file:///home/jrivera/portfolio/a.png', folders));
  assert.ok(!isInsideFolders('vscode-vfs://other/jrivera/portfolio/a.png', folders));
});

test("why an image is left out of an export is said in the writer's language", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rubric-writer-images-es-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'big.png'), Buffer.alloc(MB + 1));
  const spanish = messagesFor('es');
  const reasons = [
    await readBounded('/dev/zero', MB, spanish),
    await readBounded(join(dir, 'big.png'), MB, spanish),
    await diskImageReader(dir, [dir], MB, spanish)('../elsewhere.png'),
    await diskImageReader(dir, [dir], MB, spanish)('//host/share/a.png'),
  ].map((read) => (read as { refused: string }).refused);
  assert.deepEqual(reasons, [
    'no es un archivo normal',
    'ocupa más de 1 MB',
    'está fuera de la carpeta de la entrega',
    'está en una carpeta compartida de red',
  ]);
  for (const reason of reasons) assertSpanish(reason);
});
