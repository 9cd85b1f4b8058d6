/**
 * The npm package: only the bundles, their notices and the docs are packed, it needs nothing from
 * the registry, and once installed from the tarball `rubric-writer` checks a submission.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAZY_BUNDLES } from '../../scripts/build.mjs';
import { packedFiles, VSIX_BUDGET_KB } from '../../scripts/vsixSize.mjs';
import { writePdf } from '../helpers/pdfWriter';
import { EXAMPLES, ROOT, run } from './run';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// --ignore-scripts: pack what `npm run build` made, not a production build over it while other suites run it.
const npm = (...args: string[]) =>
  execFileSync(NPM, [...args, '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 180_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  private?: boolean;
  bin: Record<string, string>;
  l10n?: string;
  dependencies?: Record<string, string>;
  scripts: Record<string, string>;
  contributes: { walkthroughs: { steps: { media: { image?: string; markdown?: string } }[] }[] };
};

let folder: string;
before(() => {
  folder = mkdtempSync(join(tmpdir(), 'rubric-writer-pack-'));
});
after(() => rmSync(folder, { recursive: true, force: true }));

describe('the npm package', () => {
  test('packs the bundles, their third-party notices and the docs; no tests, no sources', () => {
    const [packed] = JSON.parse(npm('pack', '--dry-run', '--json')) as { files: { path: string }[] }[];
    assert.deepEqual(packed.files.map((f) => f.path).sort(), [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/THIRD-PARTY-NOTICES.txt',
      'dist/cli-main.js',
      'dist/cli.js',
      'dist/importer.js',
      'dist/media-reader.js',
      'dist/pdf-reader.js',
      'dist/reader-worker.js',
      'dist/server-main.js',
      'dist/server.js',
      'dist/word.js',
      'package.json',
    ]);
    assert.ok(
      packed.files.some((f) => f.path === manifest.bin['rubric-writer']),
      'the bin is packed',
    );
  });

  test('can be published and installs nothing more: the bundles carry their dependencies', () => {
    assert.notEqual(manifest.private, true);
    assert.deepEqual(manifest.dependencies ?? {}, {});
    const notices = readFileSync(join(ROOT, 'dist/THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const bundled of ['commander', 'micromark', 'yaml', 'vscode-languageserver'])
      assert.match(notices, new RegExp(`^${bundled} \\d+\\.\\d+\\.\\d+ \\(`, 'm'), bundled);
    assert.ok(!/^typescript \d/m.test(notices), 'only what the bundles carry');
    // Listed together with others under one shared text, each package keeps its own copyright line.
    for (const bundled of ['micromark', 'unified', 'vfile']) {
      const license = readFileSync(join(ROOT, 'node_modules', bundled, 'license'), 'utf8');
      const copyright = license.split('\n').find((line) => /^\s*copyright \(c\)/i.test(line));
      assert.ok(copyright && notices.includes(copyright.trim()), `${bundled}: ${copyright}`);
    }
  });

  test('the bundles carry the schemas compiled ahead of time, not the schema compiler', () => {
    for (const bundle of ['dist/cli-main.js', 'dist/server-main.js']) {
      const code = readFileSync(join(ROOT, bundle), 'utf8');
      // A message of Ajv's compiler (ajv/dist/core.js): present only when the compiler is bundled.
      assert.ok(!code.includes('schema must be object or boolean'), `${bundle} has no schema compiler`);
      assert.ok(code.includes('https://rubric-writer.local/schemas/rubric.schema.json'), `${bundle} validates rubrics`);
    }
  });

  test('installed from the tarball into a folder, rubric-writer checks a file and standard input', async () => {
    const tarball = join(folder, `${manifest.name}-${manifest.version}.tgz`);
    npm('pack', '--pack-destination', folder);
    const prefix = join(folder, 'prefix');
    npm('install', '--global', '--offline', '--prefix', prefix, tarball);
    const command = join(prefix, process.platform === 'win32' ? 'rubric-writer.cmd' : 'bin/rubric-writer');

    const help = await run(['--help'], { command, cwd: folder });
    assert.equal(help.status, 0, help.stderr);
    assert.match(help.stdout, /Exit codes of check:\n\s+0 .*\n\s+1 .*\n\s+2 /);

    const file = await run(['check', join(ROOT, EXAMPLES.together)], { command, cwd: folder });
    assert.equal(file.status, 0, file.stderr);

    const problems = readFileSync(join(ROOT, EXAMPLES.problems), 'utf8');
    const stdin = await run(['check', '--stdin-name', 'problems.md', '-'], { command, cwd: folder, input: problems });
    assert.equal(stdin.status, 1, stdin.stderr);
    assert.match(stdin.stdout, /^problems\.md:2:1: error missing-section: Part 3 Reflection/m);

    const pdf = join(folder, 'requirements.pdf');
    const lines = ['Exit Tickets', 'Submission Requirements', 'Part 1. Overview', '(no more than 200 words)'];
    writeFileSync(pdf, writePdf([lines.map((text, i) => ({ x: 72, y: 700 - i * 14, text }))]));
    const imported = await run(['import-rubric', pdf, '--format', 'json'], { command, cwd: folder });
    assert.equal(imported.status, 0, imported.stderr);
    assert.deepEqual(JSON.parse(imported.stdout).rubric.sections[0].words, { max: 200, limit: 'hard' });
  });
});

describe('the VS Code extension (VSIX)', () => {
  test("its README is the writer's page; the pictures it shows and the server's bundles are packed", () => {
    // The options of `npm run package`, on the bundles `npm run build` made.
    const options = /vsce package (.*?) --out /.exec(manifest.scripts.package)?.[1].split(' ') ?? [];
    assert.ok(options.includes('--readme-path'), manifest.scripts.package);
    const vsix = join(folder, 'rubric-writer.vsix');
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', ...options, '--out', vsix],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 120_000,
      },
    );
    const files = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n');
    // What the server loads on first use (an export, a Word or PDF import) is packed beside it.
    for (const bundle of ['server', ...LAZY_BUNDLES.map((b) => b.out)])
      assert.ok(files.includes(`extension/dist/${bundle}.js`), `dist/${bundle}.js is packed`);
    const readme = execFileSync('unzip', ['-p', vsix, 'extension/readme.md'], { encoding: 'utf8' });
    assert.match(readme, /^# Rubric Writer\n/);
    assert.match(readme.slice(0, 1500), /Write your micro-credential submission/, 'it opens with what a writer does');
    assert.ok(!/npm (install|start|test)/.test(readme), 'no developer commands');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length > 0, 'a picture of what the writer sees');
    for (const image of images) assert.ok(files.includes(`extension/${image}`), `${image} is packed, not fetched`);
    for (const nls of ['package.nls.json', 'package.nls.es.json'])
      assert.ok(files.includes(`extension/${nls}`), `${nls} is packed: the commands and settings are named in it`);
    assert.equal(manifest.l10n, './l10n', "VS Code finds the client's messages in l10n/");
    for (const bundle of ['bundle.l10n.json', 'bundle.l10n.es.json'])
      assert.ok(files.includes(`extension/l10n/${bundle}`), `l10n/${bundle} is packed: the messages are in it`);
    // A page named by key (`%walkthrough.create.markdown%`) has one file per language.
    const catalogues = ['package.nls.json', 'package.nls.es.json'].map(
      (nls) => JSON.parse(readFileSync(join(ROOT, nls), 'utf8')) as Record<string, string>,
    );
    for (const step of manifest.contributes.walkthroughs[0].steps) {
      const media = step.media.image ?? step.media.markdown ?? '';
      const key = /^%([^%]+)%$/.exec(media)?.[1];
      for (const file of key ? catalogues.map((c) => c[key]) : [media])
        assert.ok(files.includes(`extension/${file}`), `the walkthrough's ${file} is packed`);
    }
  });

  test('the VSIX stays within its budget, each bundle packed once', () => {
    const vsix = readFileSync(join(folder, 'rubric-writer.vsix'));
    const kb = Math.round(vsix.length / 1024);
    const largest = packedFiles(vsix)
      .slice(0, 4)
      .map((file) => `${file.name} ${Math.round(file.packed / 1024)} KB`);
    assert.ok(
      kb <= VSIX_BUDGET_KB,
      `the VSIX is ${kb} KB, its budget ${VSIX_BUDGET_KB} KB; largest: ${largest.join(', ')}`,
    );
  });
});
