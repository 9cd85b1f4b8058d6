import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const WEB_BUNDLES = ['dist/web/extension.js', 'dist/web/server.js'];
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Every module a bundle loads at run time: require('x'), import('x'), import ... from 'x'. */
function loadedModules(code: string): string[] {
  const found = [
    ...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g),
    ...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g),
    ...code.matchAll(/^\s*import\b[^'"\n]*from\s*["']([^"']+)["']/gm),
  ];
  return found.map((match) => match[1]);
}

test('the extension has a browser entry beside its Node one, and works in virtual workspaces', () => {
  assert.equal(manifest.main, './dist/extension.js');
  assert.equal(manifest.browser, './dist/web/extension.js');
  assert.equal(manifest.capabilities.virtualWorkspaces, true);
  const packaged = readFileSync(join(root, '.vscodeignore'), 'utf8');
  for (const bundle of WEB_BUNDLES) assert.match(packaged, new RegExp(`^!${bundle}$`, 'm'), `${bundle} is packaged`);
});

test('the web bundles load no Node built-in; the client loads only vscode', () => {
  for (const bundle of WEB_BUNDLES) {
    const modules = loadedModules(readFileSync(join(root, bundle), 'utf8'));
    const builtins = modules.filter((name) => BUILTINS.has(name));
    assert.deepEqual(builtins, [], `${bundle} loads ${builtins.join(', ')}`);
  }
  const client = loadedModules(readFileSync(join(root, 'dist/web/extension.js'), 'utf8'));
  assert.deepEqual([...new Set(client)], ['vscode']);
});

test('the build fails, naming the importer, when a web bundle would import a Node built-in', async () => {
  const { noNodeBuiltins } = await import('../../scripts/build.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'rw-web-build-'));
  writeFileSync(join(dir, 'entry.js'), "import { readFileSync } from 'node:fs';\nreadFileSync('x');\n");
  await assert.rejects(
    build({
      entryPoints: [join(dir, 'entry.js')],
      bundle: true,
      write: false,
      platform: 'browser',
      logLevel: 'silent',
      plugins: [noNodeBuiltins],
    }),
    /may not import the Node built-in "node:fs" \(from .*entry\.js\)/,
  );
});
