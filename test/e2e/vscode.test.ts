/**
 * The real-VS Code tests as part of `npm test`: sets up code-server and chromium (test/e2e/setup.mjs),
 * runs the extension tests through @vscode/test-electron and the code-server stand-in
 * (test/e2e/run.mjs), and reports each extension test as a subtest here, so that one run of node's
 * test runner covers unit, protocol and real-VS Code tests and its summary stays the last line.
 *
 * When the environment cannot be had (not root and chromium or code-server's build needs missing),
 * this fails in CI (CI=true) and is skipped, saying why, elsewhere. RUBRIC_WRITER_SKIP_E2E=1 skips it
 * outside CI. The whole output of the run is in build/e2e/run.log.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readinessReportInChromium } from './readinessReport';
import type { E2EResult } from './suite/index';

const ROOT = join(__dirname, '../..');
const OUT = join(ROOT, 'build/e2e');
const LOG = join(OUT, 'run.log');
const UNAVAILABLE = 3; // setup.mjs's exit code when it cannot install what is missing without root

/** Runs `node script args`, appending its output to the log; resolves with its exit code and output. */
function node(script: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(LOG, { flags: 'a' });
    let output = '';
    const child = spawn(process.execPath, [join(ROOT, script), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        log.write(chunk);
      });
    }
    child.on('error', reject);
    child.on('close', (code, signal) => log.end(() => resolve({ code: code ?? (signal ? 128 : 1), output })));
  });
}

const tail = (text: string, lines = 40) => text.trimEnd().split('\n').slice(-lines).join('\n');

/**
 * The Node extension host's suite (test/e2e/suite), the web extension's (test/e2e/web) in the browser's,
 * then VS Code in Spanish (test/e2e/es, and test/e2e/web/browser.es.e2e.ts in the browser's).
 */
const SUITES = [
  { args: [], results: 'results.json', prefix: '' },
  { args: ['--web'], results: 'web-results.json', prefix: 'web: ' },
  { args: ['--locale', 'es'], results: 'es-results.json', prefix: 'es: ' },
  { args: ['--web', '--locale', 'es'], results: 'es-web-results.json', prefix: 'es web: ' },
];

async function runSuite(t: TestContext, suite: (typeof SUITES)[number]): Promise<void> {
  const run = await node('test/e2e/run.mjs', ['--no-setup', ...suite.args]);
  let results: E2EResult[] = [];
  try {
    results = JSON.parse(readFileSync(join(OUT, suite.results), 'utf8'));
  } catch {
    // no results: the run broke before or while loading the tests
  }
  t.diagnostic(`real VS Code: ${suite.prefix}${results.length} extension tests; output in ${LOG}`);
  for (const result of results) {
    await t.test(`${suite.prefix}${result.suite} › ${result.title}`, (sub) => {
      if (result.state === 'pending') return sub.skip('skipped in the extension host');
      if (result.state === 'failed') throw new Error(result.error ?? 'failed');
    });
  }
  assert.ok(
    results.length > 0,
    `the real-VS Code run ${suite.args.join(' ')} reported no tests (exit code ${run.code}); its ` +
      `output:\n${tail(run.output)}`,
  );
  if (!results.some((r) => r.state === 'failed'))
    assert.equal(
      run.code,
      0,
      `the real-VS Code run ${suite.args.join(' ')} failed outside the tests (exit code ` +
        `${run.code}):\n${tail(run.output)}`,
    );
}

test('extension tests in a real VS Code (code-server 4.100.3 = VS Code 1.100.3, headless chromium; Node and web ' +
  'extension hosts; in Spanish)', {
  timeout: 30 * 60_000,
}, async (t) => {
  if (process.env.RUBRIC_WRITER_SKIP_E2E === '1' && !process.env.CI) {
    t.skip('RUBRIC_WRITER_SKIP_E2E=1: real-VS Code tests skipped');
    return;
  }
  mkdirSync(OUT, { recursive: true });
  createWriteStream(LOG).end();

  const setup = await node('test/e2e/setup.mjs', []);
  if (setup.code === UNAVAILABLE) {
    const why = tail(setup.output, 10);
    if (process.env.CI)
      assert.fail(`the real-VS Code tests cannot run in CI because their environment cannot be set up:\n${why}`);
    t.skip(`real-VS Code tests skipped (outside CI): ${why.replace(/\s+/g, ' ')}`);
    return;
  }
  assert.equal(setup.code, 0, `setting up code-server and chromium failed (see ${LOG}):\n${tail(setup.output)}`);

  await t.test('the readiness report, opened and printed in chromium', (sub) => readinessReportInChromium(sub));
  for (const suite of SUITES) await runSuite(t, suite);
});
