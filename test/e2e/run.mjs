#!/usr/bin/env node
// Runs the extension tests (test/e2e/suite) inside a real VS Code through @vscode/test-electron.
//   node test/e2e/run.mjs [--no-setup] [--grep TEXT] [--web] [--locale es]
// --web runs test/e2e/web instead: the extension as a web extension, in the browser's web-worker extension
// host of code-server (the user setting remote.extensionKind moves it there), its server in a web worker.
// --locale es runs test/e2e/es instead, with VS Code's display language Spanish (with --web, web/browser.es.e2e.ts).
// Here (no desktop VS Code can be downloaded) the executable is test/e2e/code-server-standin.mjs:
// code-server 4.100.3 (VS Code 1.100.3) with a real Node extension host, shown by headless chromium.
// Elsewhere the same suite runs on desktop VS Code:
//   RUBRIC_WRITER_E2E_VSCODE=/path/to/code node test/e2e/run.mjs     a VS Code you have
//   RUBRIC_WRITER_E2E_VSCODE=download node test/e2e/run.mjs          the one test-electron downloads
// Every run gets a fresh copy of the fixture workspace (test/e2e/fixtures/workspace + examples/: the
// submissions and the files they link),
// a fresh profile and extensions folder; it prints each test, then `N passed, N failed` last.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { CACHE, E2EUnavailableError, ensureE2EEnvironment, ROOT } from './setup.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const OUT = join(ROOT, 'build/e2e');
export const RESULTS = join(OUT, 'results.json');
/** Written by test/e2e/web/index.ts, through the editor's file system, at this path below the extension. */
export const WEB_RESULTS = join(OUT, 'web-results.json');
/** The suites of other display languages (test/e2e/<locale>), each with its results file. */
export const localeResults = (locale, web = false) => join(OUT, `${locale}-${web ? 'web-' : ''}results.json`);
const STANDIN = join(HERE, 'code-server-standin.mjs');

/**
 * Bundles a suite for the Node extension host: one CommonJS file per *.e2e.ts of `folder` (suite/, or
 * a display language's, e.g. es/), plus suite/index.ts as index.js.
 */
async function bundleSuite(folder = 'suite') {
  const tests = readdirSync(join(HERE, folder)).filter((f) => f.endsWith('.e2e.ts'));
  rmSync(join(OUT, folder), { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: [
      { in: join(HERE, 'suite/index.ts'), out: 'index' },
      ...tests.map((f) => ({ in: join(HERE, folder, f), out: f.replace(/\.ts$/, '') })),
    ],
    outdir: join(OUT, folder),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return join(OUT, folder, 'index.js');
}

/**
 * Bundles test/e2e/web for the browser's extension host: one CommonJS file, build/e2e/web/index.js;
 * for a display language, with its tests (web/browser.<locale>.e2e.ts) in place of web/browser.e2e.ts.
 */
async function bundleWebSuite(locale) {
  const localeTests = {
    name: 'locale-tests',
    setup(build) {
      build.onResolve({ filter: /^\.\/browser\.e2e$/ }, () => ({ path: join(HERE, `web/browser.${locale}.e2e.ts`) }));
    },
  };
  rmSync(join(OUT, 'web'), { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { index: join(HERE, 'web/index.ts') },
    outdir: join(OUT, 'web'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    conditions: ['worker'],
    external: ['vscode'],
    define: {
      RUBRIC_WRITER_WEB_RESULTS: JSON.stringify(basename(locale ? localeResults(locale, true) : WEB_RESULTS)),
    },
    plugins: locale ? [localeTests] : [],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return join(OUT, 'web/index.js');
}

/** A fresh workspace: the fixtures and the bundled examples, with the files they link (not the Spanish one). */
function prepareWorkspace() {
  const workspace = join(OUT, 'workspace');
  rmSync(workspace, { recursive: true, force: true });
  cpSync(join(HERE, 'fixtures/workspace'), workspace, { recursive: true });
  for (const entry of readdirSync(join(ROOT, 'examples'), { withFileTypes: true })) {
    const linkedFolder = entry.isDirectory() && entry.name !== 'es';
    if (linkedFolder || entry.name.endsWith('.md'))
      cpSync(join(ROOT, 'examples', entry.name), join(workspace, entry.name), { recursive: true });
    // The tests copy examples into scratch/: their linked files are there too.
    if (linkedFolder)
      cpSync(join(ROOT, 'examples', entry.name), join(workspace, 'scratch', entry.name), { recursive: true });
  }
  // A printable PDF of requirements, which the web extension imports as the desktop does.
  mkdirSync(join(workspace, 'scratch'), { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/requirements/pdf-browser-print.pdf'), join(workspace, 'scratch/restorative.pdf'));
  return workspace;
}

function pruneOldRuns() {
  const runs = join(CACHE, 'runs');
  if (!existsSync(runs)) return;
  const kept = readdirSync(runs)
    .map((name) => ({ name, time: statSync(join(runs, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of kept.slice(3)) rmSync(join(runs, name), { recursive: true, force: true });
}

export function readResults(file = RESULTS) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
}

/** The extension's log and the extension host's, last lines of each: what a failed run in CI leaves to read. */
function printLogs(profile) {
  const logs = join(profile, 'user-data/logs');
  const files = existsSync(logs) ? readdirSync(logs, { recursive: true }).map(String) : [];
  const ours = /exthost\d*[/\\](exthost|rubric-writer\.rubric-writer[/\\].*)\.log$/;
  const wanted = files.filter((file) => ours.test(file));
  for (const file of wanted) {
    const lines = readFileSync(join(logs, file), 'utf8').trimEnd().split('\n');
    console.error(`--- ${file} (last ${Math.min(lines.length, 80)} of ${lines.length} lines)`);
    console.error(lines.slice(-80).join('\n'));
  }
}

export async function runE2E({ setup = true, grep, web = false, locale } = {}) {
  const localeSuite = locale && join(HERE, web ? `web/browser.${locale}.e2e.ts` : locale);
  if (localeSuite && !existsSync(localeSuite)) throw new Error(`no suite for --locale ${locale}: ${localeSuite}`);
  const desktop = web ? undefined : process.env.RUBRIC_WRITER_E2E_VSCODE;
  if (setup && !desktop) ensureE2EEnvironment();
  const bundles = ['dist/extension.js', web ? 'dist/server-main.js' : 'dist/server.js'];
  if (bundles.some((bundle) => !existsSync(join(ROOT, bundle))))
    throw new Error('dist/ is not built: run npm run build first');
  const testsPath = web ? await bundleWebSuite(locale) : await bundleSuite(locale ?? 'suite');
  const workspace = prepareWorkspace();
  const resultsFile = locale ? localeResults(locale, web) : web ? WEB_RESULTS : RESULTS;
  rmSync(resultsFile, { force: true });
  pruneOldRuns();
  const profile = join(CACHE, 'profiles', `${process.pid}-${Date.now()}`);
  mkdirSync(join(profile, 'user-data/User'), { recursive: true });
  if (web) {
    const { publisher, name } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const settings = { 'remote.extensionKind': { [`${publisher}.${name}`]: ['web'] } };
    writeFileSync(join(profile, 'user-data/User/settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  }
  let error = null;
  const started = Date.now();
  try {
    await runTests({
      ...(desktop === 'download' ? { version: '1.100.3' } : { vscodeExecutablePath: desktop || STANDIN }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: testsPath,
      launchArgs: [
        workspace,
        `--user-data-dir=${join(profile, 'user-data')}`,
        `--extensions-dir=${join(profile, 'extensions')}`,
        '--disable-extensions',
        ...(locale ? [`--locale=${locale}`] : []),
      ],
      extensionTestsEnv: {
        RUBRIC_WRITER_E2E_RESULTS: resultsFile,
        ...(grep ? { RUBRIC_WRITER_E2E_GREP: grep } : {}),
      },
    });
  } catch (caught) {
    error = caught;
  }
  const results = readResults(resultsFile);
  if (error || results.length === 0 || results.some((r) => r.state === 'failed')) printLogs(profile);
  rmSync(profile, { recursive: true, force: true });
  return { results, error, seconds: (Date.now() - started) / 1000 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const grepAt = args.indexOf('--grep');
  const localeAt = args.indexOf('--locale');
  const started = Date.now();
  try {
    const { results, error } = await runE2E({
      setup: !args.includes('--no-setup'),
      grep: grepAt >= 0 ? args[grepAt + 1] : undefined,
      web: args.includes('--web'),
      locale: localeAt >= 0 ? args[localeAt + 1] : undefined,
    });
    const passed = results.filter((r) => r.state === 'passed').length;
    const failed = results.filter((r) => r.state === 'failed').length;
    const skipped = results.filter((r) => r.state === 'pending').length;
    if (error) console.error(`real-VS Code run failed: ${error.message}`);
    console.log(`real VS Code: ${results.length} tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // Without results the run itself broke: count that as one failure so the summary cannot read green.
    const brokenRun = results.length === 0 ? 1 : 0;
    console.log(`${passed} passed, ${failed + brokenRun} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
    process.exit(error || failed > 0 || brokenRun ? 1 : 0);
  } catch (error) {
    console.error(
      error instanceof E2EUnavailableError
        ? `real-VS Code tests cannot run here:\n${error.message}`
        : (error?.stack ?? error),
    );
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
