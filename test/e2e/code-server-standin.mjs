#!/usr/bin/env node
// A stand-in for the VS Code executable, for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// It takes the same arguments (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=,
// --extensions-dir=, --locale=, a folder or .code-workspace to open; the rest are accepted and ignored), runs the
// extension tests in a real VS Code (code-server 4.100.3 = VS Code 1.100.3, real Node extension host)
// shown by Debian's headless chromium through playwright-core, and exits with the tests' exit code.
//
// Environment:
//   RUBRIC_WRITER_E2E_CODE_SERVER   code-server's out/node/entry.js (default: the one test/e2e/setup.mjs installs)
//   RUBRIC_WRITER_E2E_CHROMIUM      the browser (default /usr/bin/chromium)
//   RUBRIC_WRITER_E2E_SCREENSHOTS   where /screenshot requests write PNGs (default build/screenshots)
//   RUBRIC_WRITER_E2E_TIMEOUT       seconds before the run is abandoned (default 300)
//   RUBRIC_WRITER_E2E_VERBOSE=1     also print the browser console and code-server's output
//
// While the tests run, a loopback HTTP server lets them look at the workbench as a writer sees it; its
// address is given to the extension host as RUBRIC_WRITER_E2E_CONTROL, and written to control.json beside
// the extension tests (for an extension host in the browser, which has no environment):
//   GET  /dom                       texts of the status bar items, Problems rows, notifications, the
//                                   Command Palette's items, the side bar's view titles
//   POST /screenshot {"name": "x"}  writes x.png (full workbench, or only "clip": {x, y, width, height})
//                                   and returns its path
// Every process it starts is in a process group of its own and is killed when it ends.
import { existsSync, rmSync } from 'node:fs';
import { codeServerVersion, startCodeServer, waitForHealthy } from './standin/codeServer.mjs';
import { CHROMIUM, CODE_SERVER, parseArgs, prepareRun, say, sleep } from './standin/options.mjs';
import { launchBrowser, runTestsInPage, startControl } from './standin/workbench.mjs';

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.extensionDevelopmentPath.length === 0 || !options.extensionTestsPath) {
    throw new Error(
      'usage: code-server-standin --extensionDevelopmentPath=DIR --extensionTestsPath=MODULE [--user-data-dir=DIR] ' +
        '[--extensions-dir=DIR] [FOLDER]',
    );
  }
  if (options.extensionDevelopmentPath.length > 1)
    say('only the first --extensionDevelopmentPath is loaded (a web workbench takes one)');
  if (!existsSync(CODE_SERVER))
    throw new Error(`code-server is not installed at ${CODE_SERVER}: run node test/e2e/setup.mjs`);
  if (!existsSync(CHROMIUM))
    throw new Error(`no browser at ${CHROMIUM}: run node test/e2e/setup.mjs (as root it installs Debian's chromium)`);

  const run = prepareRun(options);
  let page = null;
  const { control, controlUrl } = await startControl(() => page, options.extensionTestsPath);
  const { port, server, stopServer, serverLog, tmp } = await startCodeServer(run, controlUrl);
  let browserContext = null;
  let exitCode = 1;
  const started = Date.now();
  try {
    await waitForHealthy(port, server);
    say(
      `VS Code ${codeServerVersion()} on http://127.0.0.1:${port}, up in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    browserContext = await launchBrowser(run);
    const origin = `http://127.0.0.1:${port}`;
    await browserContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    page = browserContext.pages()[0] ?? (await browserContext.newPage());
    exitCode = await runTestsInPage(page, { port, runDir: run.runDir, target: run.target, options, server });
  } finally {
    if (browserContext) await Promise.race([browserContext.close().catch(() => {}), sleep(10_000)]);
    control.close();
    await stopServer();
    serverLog.end();
    rmSync(tmp, { recursive: true, force: true });
  }
  if (exitCode === 0 && process.env.RUBRIC_WRITER_E2E_KEEP !== '1')
    rmSync(run.runDir, { recursive: true, force: true });
  else say(`logs kept in ${run.runDir}`);
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[code-server] ${error?.stack ?? error}`);
    process.exit(1);
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
