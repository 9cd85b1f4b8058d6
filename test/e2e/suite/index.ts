/**
 * The extension-tests entry (`--extensionTestsPath`): VS Code loads this module in the extension host
 * and calls `run()`, on desktop VS Code (through @vscode/test-electron) as on code-server (through
 * test/e2e/code-server-standin.mjs). Runs every `*.e2e.js` beside it in name order with mocha (TDD),
 * prints each test, then `N passed, N failed`, and writes the results as JSON for the runner.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Mocha from 'mocha';

export interface E2EResult {
  title: string;
  fullTitle: string;
  suite: string;
  state: 'passed' | 'failed' | 'pending';
  duration: number;
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, slow: 5_000, reporter: 'spec' });
  const grep = process.env.RUBRIC_WRITER_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const file of readdirSync(__dirname)
    .filter((f) => f.endsWith('.e2e.js'))
    .sort())
    mocha.addFile(join(__dirname, file));

  const results: E2EResult[] = [];
  const resultsFile = process.env.RUBRIC_WRITER_E2E_RESULTS;
  const save = () => {
    if (!resultsFile) return;
    mkdirSync(dirname(resultsFile), { recursive: true });
    writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  };
  const record = (test: Mocha.Runnable, state: E2EResult['state'], error?: Error) => {
    results.push({
      title: test.title,
      fullTitle: test.fullTitle(),
      suite: test.parent?.fullTitle() ?? '',
      state,
      duration: test.duration ?? 0,
      ...(error ? { error: String(error.stack ?? error.message ?? error) } : {}),
    });
    save();
  };

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = results.filter((r) => r.state === 'passed').length;
      const failed = results.filter((r) => r.state === 'failed').length;
      const skipped = results.filter((r) => r.state === 'pending').length;
      save();
      console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
      if (failures > 0 || failed > 0) reject(new Error(`${failed} of ${results.length} extension tests failed`));
      else if (passed === 0) reject(new Error('no extension test ran'));
      else resolve();
    });
    runner.on('pass', (test) => record(test, 'passed'));
    runner.on('fail', (test, error) => record(test, 'failed', error));
    runner.on('pending', (test) => record(test, 'pending'));
  });
}
