/**
 * `npm run bench`: drives the built language server over stdio as an editor does, beside the peers,
 * prints one table to stdout and writes every raw number to bench/results.json. Progress goes to
 * stderr. See bench/README.md for what each line means. Each figure is measured by a function of
 * its own (figures.ts, startup.ts); targets.ts turns them into ratios and targets, table.ts prints.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  baselineFigure,
  documentsFigure,
  extensionFigures,
  inProcessPeerFigures,
  ourServerFigures,
  rumdlFigures,
  throughputFigure,
} from './figures';
import { startupFigures } from './startup';
import { tableLines } from './table';
import { type Figures, issue31Targets, issue7Targets, pooled, ratiosOf } from './targets';
import { BASELINE_DIR, children, DEADLINE_MS, EDITS, log, ROOT, RUNS, SEED, SIZES, started, WAIT_MS } from './shared';

let activeWorkDir: string | null = null;

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    log(`stopped: the run passed ${DEADLINE_MS / 60_000} minutes`);
    for (const child of children) child.kill();
    if (activeWorkDir) rmSync(activeWorkDir, { recursive: true, force: true });
    process.exit(2);
  }, DEADLINE_MS);
  watchdog.unref();

  for (const file of ['dist/server.js', 'dist/cli.js']) {
    if (!existsSync(join(ROOT, file)))
      throw new Error(`${file} is missing: run npm run build first (npm run bench does)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'rubric-writer-bench-'));
  activeWorkDir = dir;
  // The compiled-code cache starts empty in every run: the first server start is measured cold, and
  // every process after it reads the cache that start wrote (as a writer's second start does).
  process.env.RUBRIC_WRITER_CODE_CACHE = join(dir, 'code-cache');
  try {
    await benchmark(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    activeWorkDir = null;
  }
}

/** Every figure, one after the other (each a function of its own), then the table and results.json. */
async function measure(workDir: string): Promise<Figures> {
  const startup = await startupFigures();
  const { docs, documents } = await documentsFigure(workDir);
  const ours = await ourServerFigures(docs, workDir);
  const comparison = await baselineFigure(docs, workDir);
  const { rumdl, theirs } = await rumdlFigures(docs, workDir);
  const peers = inProcessPeerFigures(docs);
  const throughput = await throughputFigure(workDir);
  const extension = await extensionFigures();
  return { documents, ours, comparison, rumdl, theirs, peers, throughput, extension, startup };
}

async function benchmark(workDir: string): Promise<void> {
  const figures = await measure(workDir);
  const ratios = ratiosOf(figures);
  const issue7 = issue7Targets(figures, ratios);
  const issue31 = issue31Targets(figures);
  const totalMs = performance.now() - started;
  const lines = [...tableLines(figures, ratios, issue7, issue31), `Bench run time: ${(totalMs / 1000).toFixed(1)} s`];
  process.stdout.write(`${lines.join('\n')}\n`);
  writeFileSync(
    join(ROOT, 'bench/results.json'),
    `${JSON.stringify(resultsOf(figures, ratios, issue7, issue31, totalMs), null, 2)}\n`,
  );
  log('wrote bench/results.json');
}

function resultsOf(
  figures: Figures,
  ratios: ReturnType<typeof ratiosOf>,
  targets: ReturnType<typeof issue7Targets>,
  issue31: ReturnType<typeof issue31Targets>,
  totalMs: number,
) {
  const { rumdl, theirs, comparison } = figures;
  const markdownlintVersion = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules/markdownlint/package.json'), 'utf8')) as { version: string }
  ).version;
  return {
    generatedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: platform(),
      arch: arch(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? null,
    },
    settings: { seed: SEED, sizes: SIZES, edits: EDITS, runs: RUNS, waitMs: WAIT_MS },
    documents: figures.documents,
    startup: figures.startup,
    servers: {
      'rubric-writer': figures.ours,
      rumdl:
        'command' in rumdl
          ? { available: true, version: rumdl.version, package: rumdl.package, runs: theirs }
          : { available: false, reason: rumdl.reason },
    },
    markdownlint: {
      version: markdownlintVersion,
      api: "lint({ strings }) from 'markdownlint/sync', default config",
      bySize: figures.peers.markdownlint,
    },
    remark: {
      pipeline: 'unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]).parse(text)',
      bySize: figures.peers.remark,
    },
    ratios,
    throughput: figures.throughput.throughput,
    vsix: figures.extension.vsix,
    extension: figures.extension.extension,
    targets,
    issue31,
    baseline: BASELINE_DIR
      ? {
          dir: BASELINE_DIR,
          rounds: comparison,
          pooled: comparison ? { baseline: pooled(comparison.baseline), ours: pooled(comparison.ours) } : null,
          cliWallMs: figures.throughput.baselineCli?.ms ?? null,
          cliExitCode: figures.throughput.baselineCli?.code ?? null,
        }
      : null,
    totalMs,
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    for (const child of children) child.kill();
    process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
