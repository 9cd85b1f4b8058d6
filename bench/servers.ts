/** Driving a language server as an editor does, and finding rumdl to drive beside ours. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { middleParagraphLine, planWordEdits, type GeneratedSubmission, type WordEdit } from './generate';
import { LspClient, type LspServerCommand } from '../test/helpers/lspClient';
import {
  children,
  cliCheck,
  diagnosticKey,
  EDITS,
  INIT_ATTEMPTS,
  INIT_MS,
  int,
  log,
  ROOT,
  SEED,
  type Size,
  summary,
  WAIT_MS,
} from './shared';

export interface ServerRun {
  server: string;
  size: Size;
  ok: boolean;
  error: string | null;
  /** spawn → initialize result (of the attempt that answered). */
  initializeMs: number | null;
  initializeAttempts: number;
  /** didOpen → first publishDiagnostics for version 1. */
  firstDiagnosticsMs: number | null;
  firstDiagnosticsCount: number | null;
  /** After the first diagnostics, how long until the server published nothing for 300 ms. */
  settleMs: number | null;
  editLine: number;
  edits: (WordEdit & { version: number; latencyMs: number | null; diagnostics: number | null })[];
  latenciesMs: number[];
  latency: ReturnType<typeof summary>;
  peakRssBytes: number | null;
  /** Whether the diagnostics after the last edit equal the CLI's on the same text (our server only). */
  finalMatchesCli: boolean | null;
  finalMismatch?: { serverOnly: string[]; cliOnly: string[] };
}

export async function quiet(client: LspClient, quietMs: number, maxMs: number): Promise<number> {
  const start = performance.now();
  let count = client.published.length;
  let since = performance.now();
  while (performance.now() - start < maxMs) {
    await new Promise((r) => setTimeout(r, 25));
    if (client.published.length !== count) {
      count = client.published.length;
      since = performance.now();
    } else if (performance.now() - since >= quietMs) break;
  }
  return since - start;
}

/**
 * Starts the server and answers its `initialize`. One that does not answer within INIT_MS is killed
 * and started again (rumdl 0.2.75 sometimes never answers it); the attempts are recorded.
 */
async function startServer(
  name: string,
  command: LspServerCommand,
  workDir: string,
  result: ServerRun,
): Promise<LspClient | undefined> {
  for (let attempt = 1; attempt <= INIT_ATTEMPTS; attempt++) {
    const spawnedAt = performance.now();
    const candidate = new LspClient({ ...command, cwd: workDir });
    children.add(candidate);
    result.initializeAttempts = attempt;
    try {
      await candidate.initialize({ rootUri: pathToFileURL(workDir).href, timeoutMs: INIT_MS });
      result.initializeMs = performance.now() - spawnedAt;
      return candidate;
    } catch (error) {
      log(`${name} at ${int(result.size)} words: initialize attempt ${attempt} failed: ${(error as Error).message}`);
      candidate.kill();
      children.delete(candidate);
    }
  }
  return undefined;
}

/** Whether the server's diagnostics after the last edit equal the CLI's on the same final text. */
async function compareWithCliCheck(client: LspClient, uri: string, size: Size, workDir: string, result: ServerRun) {
  const last = client.published.filter((p) => p.params.uri === uri).at(-1)!.params;
  const finalPath = join(workDir, `final-${size}.md`);
  writeFileSync(finalPath, client.textOf(uri)!);
  const [cli] = await cliCheck([finalPath]);
  const serverKeys = last.diagnostics.map((d) =>
    diagnosticKey({ code: String(d.code), message: d.message, range: d.range }),
  );
  const cliKeys = cli!.diagnostics.map(diagnosticKey);
  const serverOnly = serverKeys.filter((k) => !cliKeys.includes(k));
  const cliOnly = cliKeys.filter((k) => !serverKeys.includes(k));
  result.finalMatchesCli = serverOnly.length === 0 && cliOnly.length === 0 && serverKeys.length === cliKeys.length;
  if (!result.finalMatchesCli) result.finalMismatch = { serverOnly, cliOnly };
}

export async function driveServer(
  name: string,
  command: LspServerCommand,
  doc: GeneratedSubmission,
  size: Size,
  workDir: string,
  compareWithCli: boolean,
): Promise<ServerRun> {
  const path = join(workDir, `submission-${size}.md`);
  const uri = pathToFileURL(path).href;
  const editLine = middleParagraphLine(doc);
  const line = doc.text.split('\n')[editLine]!;
  const plan = planWordEdits(line, EDITS, SEED + size);
  const result: ServerRun = {
    server: name,
    size,
    ok: false,
    error: null,
    initializeMs: null,
    firstDiagnosticsMs: null,
    firstDiagnosticsCount: null,
    settleMs: null,
    editLine,
    edits: [],
    latenciesMs: [],
    latency: summary([]),
    peakRssBytes: null,
    finalMatchesCli: null,
    initializeAttempts: 0,
  };
  const client = await startServer(name, command, workDir, result);
  if (!client) {
    result.error = `no answer to initialize in ${INIT_ATTEMPTS} attempts of ${INIT_MS / 1000} s`;
    return result;
  }
  try {
    const first = client.waitForDiagnostics(uri, 1, Math.max(WAIT_MS, 120_000));
    const openedAt = await client.open(uri, doc.text, 1);
    const firstReceived = await first;
    result.firstDiagnosticsMs = firstReceived.receivedAt - openedAt;
    result.firstDiagnosticsCount = firstReceived.params.diagnostics.length;
    result.settleMs = await quiet(client, 300, 15_000);

    for (let i = 0; i < plan.edits.length; i++) {
      const edit = plan.edits[i]!;
      const version = i + 2;
      const waiting = client.waitForDiagnostics(uri, version, WAIT_MS);
      const sentAt = await client.change(uri, version, [
        {
          range: { start: { line: editLine, character: edit.start }, end: { line: editLine, character: edit.end } },
          text: edit.text,
        },
      ]);
      try {
        const received = await waiting;
        const latencyMs = received.receivedAt - sentAt;
        result.latenciesMs.push(latencyMs);
        result.edits.push({ ...edit, version, latencyMs, diagnostics: received.params.diagnostics.length });
      } catch (error) {
        result.edits.push({ ...edit, version, latencyMs: null, diagnostics: null });
        throw error;
      }
    }
    result.peakRssBytes = client.peakRssBytes();

    if (compareWithCli) await compareWithCliCheck(client, uri, size, workDir, result);
    result.ok = true;
  } catch (error) {
    result.error = (error as Error).message;
    result.peakRssBytes ??= client.peakRssBytes();
    const tail = client.stderr.trim().split('\n').slice(-5).join(' | ');
    log(`${name} at ${int(size)} words: ${result.error}${tail ? ` (stderr: ${tail})` : ''}`);
  } finally {
    result.latency = summary(result.latenciesMs);
    await client.shutdown(3000);
    children.delete(client);
  }
  return result;
}

/**
 * rumdl is installed on demand into .bench-tools/ (gitignored), not as a dev dependency: npm does
 * not record its other platforms' optional binary packages in the lock file, so `npm ci` would
 * refuse the lock. Its binary comes inside a registry package; nothing is downloaded from elsewhere.
 */
export const RUMDL_VERSION = '0.2.75';

export function findRumdl(): { command: string; version: string; package: string } | { reason: string } {
  const tools = join(ROOT, '.bench-tools');
  const wrapper = join(tools, 'node_modules/rumdl/package.json');
  if (!existsSync(wrapper)) {
    log(`installing rumdl@${RUMDL_VERSION} into .bench-tools/ for the comparison`);
    const install = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        tools,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        `rumdl@${RUMDL_VERSION}`,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    if (install.status !== 0 || !existsSync(wrapper))
      return {
        reason:
          `npm install rumdl failed: ` + `${(install.stderr || install.error?.message || '').trim().split('\n').pop()}`,
      };
  }
  const version = (JSON.parse(readFileSync(wrapper, 'utf8')) as { version: string }).version;
  const candidates = [`@rumdl/cli-${platform()}-${arch()}`, `@rumdl/cli-${platform()}-${arch()}-musl`];
  for (const name of candidates) {
    const binary = join(tools, 'node_modules', name, platform() === 'win32' ? 'rumdl.exe' : 'rumdl');
    if (existsSync(binary)) return { command: binary, version, package: name };
  }
  return { reason: `no binary package for ${platform()}-${arch()} (${candidates.join(', ')})` };
}

// ---------------------------------------------------------------------------------------------
// In-process timings

export interface BaselineComparison {
  baseline: ServerRun[];
  ours: ServerRun[];
}
export const pooled = (runs: readonly ServerRun[]) => summary(runs.flatMap((r) => r.latenciesMs));
