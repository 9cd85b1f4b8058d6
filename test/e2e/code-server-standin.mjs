#!/usr/bin/env node
// A stand-in for the VS Code executable, for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// It takes the same arguments (--extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=,
// --extensions-dir=, a folder or .code-workspace to open; the rest are accepted and ignored), runs the
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
//   GET  /dom                       texts of the status bar items, Problems rows, notifications
//   POST /screenshot {"name": "x"}  writes x.png (full workbench, or only "clip": {x, y, width, height})
//                                   and returns its path
// Every process it starts is in a process group of its own and is killed when it ends.
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CODE_SERVER =
  process.env.RUBRIC_WRITER_E2E_CODE_SERVER ||
  join(ROOT, '.vscode-test/code-server-4.100.3/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.RUBRIC_WRITER_E2E_CHROMIUM || '/usr/bin/chromium';
const SCREENSHOTS = resolve(process.env.RUBRIC_WRITER_E2E_SCREENSHOTS || join(ROOT, 'build/screenshots'));
const TIMEOUT_MS = Number(process.env.RUBRIC_WRITER_E2E_TIMEOUT || 300) * 1000;
const VERBOSE = process.env.RUBRIC_WRITER_E2E_VERBOSE === '1';

const say = (message) => console.log(`[code-server] ${message}`);

/** Workbench start-up messages that say nothing about the tests (all are printed with RUBRIC_WRITER_E2E_VERBOSE=1). */
const WORKBENCH_CHATTER = [
  /^Resolving connection token|^Resolved connection token/,
  /^Creating a socket \(/,
  /^Ignoring fetching additional builtin extensions/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /^Creation of workbench contribution '.*' took \d+ms/,
];

/** test-electron's (and VS Code's) command line: --name=value or --name value, and one path to open. */
function parseArgs(argv) {
  const valued = new Set([
    'extensionDevelopmentPath',
    'extensionTestsPath',
    'user-data-dir',
    'extensions-dir',
    'locale',
  ]);
  const options = { extensionDevelopmentPath: [], paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      options.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!valued.has(name)) continue; // --no-sandbox, --disable-updates, --skip-welcome, ...: not for a web workbench
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (name === 'extensionDevelopmentPath') options.extensionDevelopmentPath.push(value);
    else options[name] = value;
  }
  return options;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createNetServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForHealthy(port, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`code-server exited early (${child.exitCode ?? child.signalCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error('code-server did not answer on /healthz within 60 s');
}

/** The VS Code user settings of a test profile: no welcome page, walkthroughs, tips, updates or telemetry. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'editor.experimental.asyncTokenization': false,
  'files.hotExit': 'off',
  'window.restoreWindows': 'none',
};

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

  mkdirSync(join(ROOT, '.vscode-test/runs'), { recursive: true });
  const runDir = mkdtempSync(join(ROOT, '.vscode-test/runs/run-'));
  const userDataDir = resolve(options['user-data-dir'] ?? join(runDir, 'user-data'));
  const extensionsDir = resolve(options['extensions-dir'] ?? join(runDir, 'extensions'));
  const xdg = join(runDir, 'xdg');
  for (const dir of [
    userDataDir,
    join(userDataDir, 'User'),
    extensionsDir,
    join(xdg, 'config'),
    join(xdg, 'data'),
    join(xdg, 'cache'),
    join(xdg, 'state'),
    join(runDir, 'home'),
  ])
    mkdirSync(dir, { recursive: true });
  const settingsFile = join(userDataDir, 'User/settings.json');
  const existing = existsSync(settingsFile) ? JSON.parse(readFileSync(settingsFile, 'utf8') || '{}') : {};
  writeFileSync(settingsFile, `${JSON.stringify({ ...USER_SETTINGS, ...existing }, null, 2)}\n`);

  const port = await freePort();
  const configFile = join(runDir, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  let target = options.paths.length > 0 ? resolve(options.paths[options.paths.length - 1]) : null;
  if (target && existsSync(target) && !statSync(target).isDirectory() && !target.endsWith('.code-workspace')) {
    say(`opening the folder of ${target} (a web workbench opens folders and workspaces)`);
    target = dirname(target);
  }

  // The control server the tests reach from the extension host.
  let page = null;
  const control = createServer(async (request, response) => {
    const reply = (status, body) => {
      // The browser's extension host asks from the page's origin, another port.
      response.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      response.end(JSON.stringify(body));
    };
    try {
      if (!page) return reply(503, { error: 'no page yet' });
      if (request.method === 'GET' && request.url === '/dom') return reply(200, await readWorkbench(page));
      if (request.method === 'POST' && request.url === '/screenshot') {
        let body = '';
        for await (const chunk of request) body += chunk;
        const { name: asked, clip } = JSON.parse(body || '{}');
        const name = String(asked || 'workbench').replace(/[^\w.-]/g, '_');
        mkdirSync(SCREENSHOTS, { recursive: true });
        const path = join(SCREENSHOTS, `${name}.png`);
        await page.screenshot({ path, fullPage: false, ...(clip ? { clip } : {}) });
        say(`screenshot ${path}`);
        return reply(200, { path });
      }
      return reply(404, { error: `no ${request.method} ${request.url}` });
    } catch (error) {
      return reply(500, { error: String(error?.stack ?? error) });
    }
  });
  await new Promise((r) => control.listen(0, '127.0.0.1', r));
  const controlUrl = `http://127.0.0.1:${control.address().port}`;
  // An extension host in the browser has no environment: it reads the address beside its tests.
  writeFileSync(join(dirname(resolve(options.extensionTestsPath)), 'control.json'), JSON.stringify({ controlUrl }));

  // A temporary folder of the run's own for code-server and what it starts (the extension host's
  // vscode-ipc-*.sock, the TypeScript server's folder), outside the project so socket paths stay short.
  const tmp = mkdtempSync(join(tmpdir(), 'rubric-writer-e2e-'));
  const serverLog = createWriteStream(join(runDir, 'code-server.log'));
  const serverEnv = {
    ...process.env,
    EXTENSIONS_GALLERY: '{"serviceUrl":""}',
    RUBRIC_WRITER_E2E_CONTROL: controlUrl,
    // code-server keeps its own state (coder.json, heartbeat) under XDG folders: keep them in the run.
    XDG_CONFIG_HOME: join(xdg, 'config'),
    XDG_DATA_HOME: join(xdg, 'data'),
    XDG_CACHE_HOME: join(xdg, 'cache'),
    XDG_STATE_HOME: join(xdg, 'state'),
    TMPDIR: tmp,
  };
  delete serverEnv.VSCODE_IPC_HOOK_CLI;
  const serverArgs = [
    CODE_SERVER,
    '--config',
    configFile,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-file-downloads',
    '--disable-proxy',
    '--ignore-last-opened',
  ];
  const server = spawn(process.execPath, serverArgs, {
    cwd: runDir,
    env: serverEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The whole process group: server, extension host, language server, pty host, file watcher.
  const signalGroup = (signal) => {
    if (server.pid === undefined) return false;
    try {
      process.kill(-server.pid, signal);
      return true;
    } catch {
      return false; // no process left in the group
    }
  };
  const killServer = () => signalGroup('SIGKILL');
  /** SIGTERM first, so the servers remove their sockets; whatever is left after 5 s gets SIGKILL. */
  const stopServer = async () => {
    if (!signalGroup('SIGTERM')) return;
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && signalGroup(0)) await sleep(100);
    if (signalGroup(0)) {
      say('code-server did not stop on SIGTERM within 5 s: killing its process group');
      killServer();
    }
  };
  process.on('exit', killServer);
  for (const stream of [server.stdout, server.stderr]) {
    stream.on('data', (data) => {
      serverLog.write(data);
      if (VERBOSE) process.stderr.write(data);
    });
  }

  let browserContext = null;
  let exitCode = 1;
  const started = Date.now();
  try {
    await waitForHealthy(port, server);
    say(
      `VS Code ${codeServerVersion()} on http://127.0.0.1:${port}, up in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    const { chromium } = await import('playwright-core');
    const browserHome = join(runDir, 'home');
    browserContext = await chromium.launchPersistentContext(join(runDir, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      chromiumSandbox: false,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
      viewport: { width: 1440, height: 900 },
      env: {
        ...process.env,
        HOME: browserHome,
        XDG_CONFIG_HOME: join(xdg, 'config'),
        XDG_CACHE_HOME: join(xdg, 'cache'),
        XDG_DATA_HOME: join(xdg, 'data'),
      },
      timeout: 60_000,
    });
    const origin = `http://127.0.0.1:${port}`;
    await browserContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    page = browserContext.pages()[0] ?? (await browserContext.newPage());

    const exited = new Promise((resolveExit) => {
      // The workbench's log, with the extension host's console (the tests' output) in it.
      void page.exposeFunction('codeAutomationLog', (level, message) => {
        const text = Array.isArray(message) ? format(...message) : String(message);
        if (!VERBOSE && (level === 'trace' || level === 'debug' || WORKBENCH_CHATTER.some((re) => re.test(text))))
          return;
        console.log(level === 'info' ? text : `[${level}] ${text}`);
      });
      void page.exposeFunction('codeAutomationExit', (code, logs) => {
        if (Array.isArray(logs)) {
          for (const log of logs) {
            if (!log?.relativePath) continue;
            const file = join(runDir, 'workbench-logs', log.relativePath);
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, log.contents ?? '');
          }
        }
        resolveExit(Number(code));
      });
    });
    page.on('console', (message) => {
      if (VERBOSE) console.log(`[browser ${message.type()}] ${message.text()}`);
    });
    page.on('pageerror', (error) => VERBOSE && console.log(`[browser error] ${error.message}`));

    const remote = (path) => `vscode-remote://127.0.0.1:${port}${resolve(path)}`;
    const payload = [
      ['extensionDevelopmentPath', remote(options.extensionDevelopmentPath[0])],
      ['extensionTestsPath', remote(options.extensionTestsPath)],
    ];
    const query = new URLSearchParams();
    if (target) query.set(target.endsWith('.code-workspace') ? 'workspace' : 'folder', target);
    else query.set('ew', 'true');
    query.set('payload', JSON.stringify(payload));
    await page.goto(`${origin}/?${query.toString()}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });

    let timer;
    const timedOut = new Promise((r) => {
      timer = setTimeout(() => r('timeout'), TIMEOUT_MS);
    });
    const serverDied = new Promise((r) =>
      server.once('exit', (code, signal) => r(`code-server exited (${code ?? signal})`)),
    );
    const outcome = await Promise.race([exited, timedOut, serverDied]);
    clearTimeout(timer);
    if (typeof outcome === 'number') {
      exitCode = outcome;
    } else {
      say(outcome === 'timeout' ? `the tests did not finish within ${TIMEOUT_MS / 1000} s` : outcome);
      try {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(SCREENSHOTS, 'standin-failure.png') });
        say(`screenshot of the stuck workbench: ${join(SCREENSHOTS, 'standin-failure.png')}`);
      } catch {
        // the page is gone
      }
      exitCode = 1;
    }
  } finally {
    if (browserContext) await Promise.race([browserContext.close().catch(() => {}), sleep(10_000)]);
    control.close();
    await stopServer();
    serverLog.end();
    rmSync(tmp, { recursive: true, force: true });
  }
  if (exitCode === 0 && process.env.RUBRIC_WRITER_E2E_KEEP !== '1') rmSync(runDir, { recursive: true, force: true });
  else say(`logs kept in ${runDir}`);
  return exitCode;
}

function codeServerVersion() {
  try {
    const product = JSON.parse(readFileSync(join(dirname(CODE_SERVER), '../../lib/vscode/product.json'), 'utf8'));
    const pkg = JSON.parse(readFileSync(join(dirname(CODE_SERVER), '../../package.json'), 'utf8'));
    return `${product.version ?? '?'} (code-server ${pkg.version})`;
  } catch {
    return '(unknown version)';
  }
}

/** What a writer sees, as text: the status bar, the Problems panel's rows, notifications. */
async function readWorkbench(page) {
  return page.evaluate(() => {
    const text = (el) => (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim();
    const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
    const statusBar = [...document.querySelectorAll('#workbench\\.parts\\.statusbar .statusbar-item')]
      .filter(visible)
      .map((el) => ({
        id: el.id,
        text: (el.textContent || '').replace(/\s+/g, ' ').trim(),
        label: el.getAttribute('aria-label') || '',
      }));
    const markers = document.querySelector('.markers-panel');
    // Each Problems row as shown: message, source(code), [Ln, Col].
    const words = (el) => {
      const parts = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) parts.push(walker.currentNode.nodeValue);
      return parts.join(' ').replace(/\s+/g, ' ').trim();
    };
    const problems =
      markers && visible(markers)
        ? [...new Set([...markers.querySelectorAll('.monaco-list-row')].filter(visible).map(words))]
        : [];
    const notifications = [...document.querySelectorAll('.notifications-toasts .notification-list-item')]
      .filter(visible)
      .map(text);
    const activeEditor = document.querySelector('.editor-group-container.active .tab.active');
    const codeLenses = [...document.querySelectorAll('.monaco-editor .codelens-decoration')].filter(visible).map(text);
    const squiggles = document.querySelectorAll(
      '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning',
    ).length;
    return {
      statusBar,
      problems,
      problemsPanelVisible: !!markers && visible(markers),
      notifications,
      activeEditor: activeEditor ? text(activeEditor) : null,
      codeLenses,
      squiggles,
    };
  });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[code-server] ${error?.stack ?? error}`);
    process.exit(1);
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
