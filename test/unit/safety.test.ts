import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRubricText } from '../../server/src/core';

const root = join(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The one module that compiles code: our own bundles, through V8's code cache (server/src/node/codeCache.ts). */
const BUNDLE_RUNNER = join(root, 'server/src/node/codeCache.ts');

test('the server, CLI and client make no network requests and run nothing from the workspace', () => {
  for (const file of [...sources(join(root, 'server/src')), ...sources(join(root, 'client/src'))]) {
    const source = readFileSync(file, 'utf8');
    const modules = file === BUNDLE_RUNNER ? /http|https|http2|net|dgram|tls|child_process/ : /[a-z_]+/;
    for (const [, name] of source.matchAll(/from '(?:node:)?(http|https|http2|net|dgram|tls|child_process|vm)'/g))
      assert.doesNotMatch(name, modules, `${file} imports ${name}`);
    assert.doesNotMatch(source, /\b(fetch|eval|XMLHttpRequest|WebSocket)\s*\(|new Function\(/, file);
    // The bundles it runs are ours: the files beside the running one, never a path from elsewhere.
    for (const [call] of source.matchAll(/\brunCachedBundle\([^)]*\)?/g))
      if (!call.startsWith('runCachedBundle(file'))
        assert.match(call, /^runCachedBundle\(join\(__dirname, '[a-z-]+\.js'\)/, file);
  }
});

test('rubric files are data: YAML tags that would run code are not honoured', () => {
  const loaded = loadRubricText('id: !!js/function "function () { throw new Error(\'ran\') }"\ntitle: x\n');
  assert.equal(loaded.rubric, null);
  assert.ok(loaded.problems.length > 0);
});

test('the extension declares untrusted workspaces supported, because rubric files are only data', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  assert.match(manifest.capabilities.untrustedWorkspaces.description, /data/);
  assert.equal(manifest.engines.vscode, '^1.100.0');
});

test('the CLI refuses a file over 10 MB with one line and checks the others', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rw-huge-'));
  writeFileSync(join(dir, 'huge.md'), 'x'.repeat(10 * 1024 * 1024 + 1));
  writeFileSync(join(dir, 'ok.md'), '---\nrubric: engaging-stakeholders\n---\n');
  const run = spawnSync(
    process.execPath,
    [join(root, 'dist/cli.js'), 'check', '--format', 'json', join(dir, 'huge.md'), join(dir, 'ok.md')],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 2);
  assert.equal(run.stderr.trim().split('\n').length, 1);
  assert.match(run.stderr, /too large to check/);
  assert.equal(JSON.parse(run.stdout).files.length, 1);
});
