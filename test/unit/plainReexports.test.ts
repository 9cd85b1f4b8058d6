/**
 * The server's bundle takes the language server library's re-exports as plain copies
 * (scripts/plainReexports.mjs): bundled so, the library still gives every name it exports, each
 * the same kind of value, and none through a getter.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { plainReexports } from '../../scripts/plainReexports.mjs';

const root = join(__dirname, '../..');

async function bundled(entry: string, plugins: { name: string; setup(build: never): void }[]): Promise<unknown> {
  const result = await build({
    absWorkingDir: root,
    stdin: { contents: `module.exports = require(${JSON.stringify(entry)});`, resolveDir: root },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
    plugins: plugins as never,
  });
  const folder = mkdtempSync(join(tmpdir(), 'rw-reexports-'));
  try {
    const file = join(folder, 'bundle.js');
    writeFileSync(file, result.outputFiles[0].text);
    return createRequire(file)(file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

for (const entry of ['vscode-languageserver/node', 'vscode-languageserver-protocol/node', 'vscode-jsonrpc/node'])
  test(`${entry}, bundled with plain re-exports, gives every name the library gives`, async () => {
    const library = createRequire(join(root, 'package.json'))(entry) as Record<string, unknown>;
    const plain = (await bundled(entry, [plainReexports])) as Record<string, unknown>;
    assert.deepEqual(Object.keys(plain).sort(), Object.keys(library).sort());
    for (const name of Object.keys(library)) {
      assert.equal(typeof plain[name], typeof library[name], name);
      if (library[name] !== undefined) assert.notEqual(plain[name], undefined, name);
    }
    const getters = Object.keys(plain).filter((name) => Object.getOwnPropertyDescriptor(plain, name)?.get);
    assert.deepEqual(getters, []);
  });
