/**
 * The extension-tests entry for the browser's extension host (a web worker): VS Code loads this
 * CommonJS bundle and calls `run()`. Mocha's browser build runs `browser.e2e.ts` (TDD; with `run.mjs --web
 * --locale es`, browser.es.e2e.ts in its place), each test is
 * printed, then `N passed, N failed`, and the results are written as JSON through the editor's file
 * system (there is no `fs` here) for the runner, to build/e2e/web-results.json (es-web-results.json).
 */
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../suite/helpers';
import type { E2EResult } from '../suite/index';

interface BrowserMocha {
  setup(options: { ui: 'tdd'; timeout: number; reporter: new (runner: Mocha.Runner) => unknown }): void;
  run(done: (failures: number) => void): Mocha.Runner;
}

/** The results file's name, set by run.mjs when it bundles this suite. */
declare const RUBRIC_WRITER_WEB_RESULTS: string;

async function readJson<T>(uri: vscode.Uri): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as T;
}

export async function run(): Promise<void> {
  const root = vscode.extensions.getExtension(EXTENSION_ID)?.extensionUri;
  if (!root) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  const resultsFile = vscode.Uri.joinPath(root, 'build/e2e', RUBRIC_WRITER_WEB_RESULTS);
  const control = await readJson<{ controlUrl: string }>(vscode.Uri.joinPath(root, 'build/e2e/web/control.json'));
  (globalThis as { rubricWriterE2EControl?: string }).rubricWriterE2EControl = control.controlUrl;

  const results: E2EResult[] = [];
  const save = () =>
    vscode.workspace.fs.writeFile(resultsFile, new TextEncoder().encode(`${JSON.stringify(results, null, 2)}\n`));
  const record = (test: Mocha.Runnable, state: E2EResult['state'], error?: Error) => {
    results.push({
      title: test.title,
      fullTitle: test.fullTitle(),
      suite: test.parent?.fullTitle() ?? '',
      state,
      duration: test.duration ?? 0,
      ...(error ? { error: String(error.stack ?? error.message ?? error) } : {}),
    });
    console.log(`  ${state === 'passed' ? '✔' : state === 'failed' ? '✘' : '-'} ${test.fullTitle()}`);
    if (error) console.log(`    ${String(error.stack ?? error)}`);
  };
  class Reporter {
    constructor(runner: Mocha.Runner) {
      runner.on('pass', (test) => record(test, 'passed'));
      runner.on('fail', (test, error) => record(test, 'failed', error));
      runner.on('pending', (test) => record(test, 'pending'));
    }
  }
  // Mocha's own browser build (its Node build needs `fs`).
  const mocha = require('mocha/mocha.js') as BrowserMocha;
  mocha.setup({ ui: 'tdd', timeout: 60_000, reporter: Reporter });
  // The tests register their suites with the globals that setup defined.
  require('./browser.e2e');

  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  await save();
  const passed = results.filter((r) => r.state === 'passed').length;
  const failed = results.filter((r) => r.state === 'failed').length;
  console.log(`${passed} passed, ${failed} failed`);
  if (failures > 0 || failed > 0) throw new Error(`${failed} of ${results.length} extension tests failed`);
  if (passed === 0) throw new Error('no extension test ran');
}
