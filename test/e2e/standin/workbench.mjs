/** The workbench in headless chromium: the control server the tests ask, the browser, and the test run. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { format } from 'node:util';
import { CHROMIUM, say, SCREENSHOTS, TIMEOUT_MS, VERBOSE, WORKBENCH_CHATTER } from './options.mjs';

/**
 * The loopback server the tests reach from the extension host (GET /dom, POST /screenshot), its
 * address written beside the tests for an extension host in the browser, which has no environment.
 */
export async function startControl(pageOf, extensionTestsPath) {
  const control = createServer(async (request, response) => {
    const reply = (status, body) => {
      // The browser's extension host asks from the page's origin, another port.
      response.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      response.end(JSON.stringify(body));
    };
    try {
      const page = pageOf();
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
  writeFileSync(join(dirname(resolve(extensionTestsPath)), 'control.json'), JSON.stringify({ controlUrl }));
  return { control, controlUrl };
}

/** Headless chromium with a profile of the run's own. */
export async function launchBrowser({ runDir, xdg }) {
  const { chromium } = await import('playwright-core');
  const browserHome = join(runDir, 'home');
  return chromium.launchPersistentContext(join(runDir, 'chromium-profile'), {
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
}

/** Opens the workbench with the tests as its payload; the tests' exit code, or 1 when they never finish. */
export async function runTestsInPage(page, { port, runDir, target, options, server }) {
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolveExit) => {
    // The workbench's log, with the extension host's console (the tests' output) in it.
    void page.exposeFunction('codeAutomationLog', (level, message) => {
      const text = Array.isArray(message) ? format(...message) : String(message);
      if (!VERBOSE && (level === 'trace' || level === 'debug' || WORKBENCH_CHATTER.some((re) => re.test(text)))) return;
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
  if (typeof outcome === 'number') return outcome;
  say(outcome === 'timeout' ? `the tests did not finish within ${TIMEOUT_MS / 1000} s` : outcome);
  try {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'standin-failure.png') });
    say(`screenshot of the stuck workbench: ${join(SCREENSHOTS, 'standin-failure.png')}`);
  } catch {
    // the page is gone
  }
  return 1;
}

/** What a writer sees, as text: the status bar, the Problems panel's rows, notifications, the Command Palette. */
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
    // The Command Palette's (or a picker's) items as listed, and the side bar's view titles.
    const quickInput = [...document.querySelectorAll('.quick-input-widget .monaco-list-row')]
      .filter(visible)
      .map(words);
    const viewTitles = [...document.querySelectorAll('.pane-header .title')].filter(visible).map(text);
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
      quickInput,
      viewTitles,
    };
  });
}
