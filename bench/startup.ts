/**
 * What a writer and a CI job feel first, each beside its floor measured in the same run: a bare
 * `node -e 0` (start-up and its peak RSS), markdownlint's lint of the same small submission.
 * Fresh processes, alternating, medians.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { lint as markdownlintSync } from 'markdownlint/sync';
import { LspClient, type LspServerCommand } from '../test/helpers/lspClient';
import { OUR_SERVER } from './figures';
import { BASELINE_DIR, children, log, median, ROOT, run, timeRuns } from './shared';

/**
 * Fresh processes of each (the server's first start, which writes the code cache, is not counted). A
 * start-up is a few tens of milliseconds on a shared machine whose load moves it by as much: 15 a median.
 */
const STARTUP_RUNS = 16;
/** The real 1,200-word submission whose first diagnostics the issue times. */
export const EXAMPLE = 'examples/working-together-for-student-success.md';

export interface StartupFigures {
  runs: number;
  /** spawn → exit of `node -e 0`. */
  bareNodeMs: number | null;
  /** Peak RSS of a bare Node process (the floor of any server's). */
  bareNodeRssBytes: number | null;
  /** spawn → exit of `node dist/cli.js --version`. */
  versionMs: number | null;
  /** spawn → the answer to `initialize`. */
  initializeMs: number | null;
  /** didOpen of the example → its first diagnostics, right after `initialized`. */
  exampleFirstDiagnosticsMs: number | null;
  /** The first server start of the run, before any code cache was written: initialize, first diagnostics. */
  coldStart: { initializeMs: number; firstMs: number } | null;
  /** markdownlint's lint of the example in this process (warm). */
  exampleLintMs: number | null;
  samples: Record<'bareNode' | 'version' | 'initialize' | 'firstDiagnostics', number[]>;
  /** The baseline build's server (RUBRIC_WRITER_BENCH_BASELINE), started in turn with this one's: medians. */
  baseline: { initializeMs: number | null; firstMs: number | null } | null;
}

/** One fresh server: initialize, then the example opened; both times. */
async function serverStart(server: LspServerCommand = OUR_SERVER): Promise<{ initializeMs: number; firstMs: number }> {
  const text = readFileSync(join(ROOT, EXAMPLE), 'utf8');
  const spawnedAt = performance.now();
  const client = new LspClient({ ...server, cwd: ROOT });
  children.add(client);
  try {
    await client.initialize({ rootUri: pathToFileURL(ROOT).href });
    const initializeMs = performance.now() - spawnedAt;
    const uri = pathToFileURL(join(ROOT, EXAMPLE)).href;
    const first = client.waitForDiagnostics(uri, 1);
    const openedAt = await client.open(uri, text, 1);
    const firstMs = (await first).receivedAt - openedAt;
    await client.shutdown();
    return { initializeMs, firstMs };
  } finally {
    client.kill();
    children.delete(client);
  }
}

export async function startupFigures(): Promise<StartupFigures> {
  log('start-up: bare node, --version, initialize and the first diagnostics of the example');
  const samples: StartupFigures['samples'] = { bareNode: [], version: [], initialize: [], firstDiagnostics: [] };
  let bareNodeRssBytes: number | null = null;
  let coldStart: StartupFigures['coldStart'] = null;
  // The baseline's server with this one's flags and workspace, so the two differ only in their code.
  const baselineDir = BASELINE_DIR;
  const baselineServer = baselineDir && {
    ...OUR_SERVER,
    args: OUR_SERVER.args?.map((arg) =>
      arg === join(ROOT, 'dist/server.js') ? join(baselineDir, 'dist/server.js') : arg,
    ),
  };
  const baseline = { initialize: [] as number[], first: [] as number[] };
  for (let i = 0; i < STARTUP_RUNS; i++) {
    // Before this build's on odd runs, after it on even ones; the first start of each writes its code cache.
    const baselineStart = async () => {
      if (!baselineServer) return;
      const started = await serverStart(baselineServer);
      if (i === 0) return;
      baseline.initialize.push(started.initializeMs);
      baseline.first.push(started.firstMs);
    };
    if (i % 2 === 1) await baselineStart();
    const bare = await run(process.execPath, ['-e', 'console.log(process.resourceUsage().maxRSS)']);
    if (bare.code === 0) {
      samples.bareNode.push(bare.ms);
      bareNodeRssBytes = Math.max(bareNodeRssBytes ?? 0, Number(bare.stdout) * 1024);
    }
    const version = await run(process.execPath, [join(ROOT, 'dist/cli.js'), '--version']);
    if (version.code === 0) samples.version.push(version.ms);
    const server = await serverStart();
    if (i % 2 === 0) await baselineStart();
    // The first start has no code cache yet: it is reported on its own line, not in the medians.
    if (i === 0) {
      coldStart = server;
      continue;
    }
    samples.initialize.push(server.initializeMs);
    samples.firstDiagnostics.push(server.firstMs);
  }
  const example = readFileSync(join(ROOT, EXAMPLE), 'utf8');
  const lintOnce = () => markdownlintSync({ strings: { example } });
  lintOnce();
  return {
    runs: STARTUP_RUNS,
    bareNodeMs: median(samples.bareNode),
    bareNodeRssBytes,
    versionMs: median(samples.version),
    initializeMs: median(samples.initialize),
    exampleFirstDiagnosticsMs: median(samples.firstDiagnostics),
    exampleLintMs: median(timeRuns(15, lintOnce).samplesMs),
    coldStart,
    samples,
    baseline: baselineServer ? { initializeMs: median(baseline.initialize), firstMs: median(baseline.first) } : null,
  };
}
