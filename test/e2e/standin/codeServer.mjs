/** code-server on a free loopback port, in a process group of its own that is killed when the run ends. */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CODE_SERVER, say, sleep, VERBOSE } from './options.mjs';

export function freePort() {
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

export async function waitForHealthy(port, child) {
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

/** Starts code-server for the run; `stop` ends its whole process group (SIGTERM, then SIGKILL). */
export async function startCodeServer({ runDir, userDataDir, extensionsDir, xdg, locale }, controlUrl) {
  const port = await freePort();
  const configFile = join(runDir, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
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
    ...(locale ? ['--locale', locale] : []),
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
  return { port, server, stopServer, serverLog, tmp };
}

export function codeServerVersion() {
  try {
    const product = JSON.parse(readFileSync(join(dirname(CODE_SERVER), '../../lib/vscode/product.json'), 'utf8'));
    const pkg = JSON.parse(readFileSync(join(dirname(CODE_SERVER), '../../package.json'), 'utf8'));
    return `${product.version ?? '?'} (code-server ${pkg.version})`;
  } catch {
    return '(unknown version)';
  }
}
