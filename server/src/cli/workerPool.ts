/**
 * Many files are checked on every core: the main thread checks files too, and each worker thread
 * takes the next few files whenever it is done with its last, so a thread slowed by other work on
 * the machine takes fewer. Results keep the files' order.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { RubricRegistry } from '../core';
import type { Checked, CheckOptions } from './checkOptions';
import { checkFiles } from './checkFiles';
import type { Target } from './config';
import { STDIN } from './files';
import { cliLocale, useLocale } from './locale';
import { registryFor } from './rubrics';

/** The built CLI's first file, which runs the bundle through the code cache (main.ts, run from the sources). */
const WORKER_FILE = __filename.endsWith('.ts') ? join(__dirname, 'main.ts') : join(__dirname, 'cli.js');
/**
 * A worker thread for each this many files beyond the first: starting one and warming it up costs about
 * 0.6 s of a core, some 300 files' checks (measured on 1,000 files).
 */
const PER_THREAD = 300;
/**
 * Cores the main thread takes: its own, and most of another for its garbage collector, its compiler and
 * the reading thread. On two cores a worker thread only competes with them: 1,000 files took as long
 * with one as without (2.2 s), and 120 files longer.
 */
const MAIN_THREAD_CORES = 2;
/** Files handed to a worker at a time: few, so the threads finish together. */
const SHARE = 4;
/** Shares a worker holds at once, so that it never waits for the main thread to hand it the next. */
const AHEAD = 2;

type WorkerJob = { options: CheckOptions };
type Share = { index: number; files: Target[] };
type Done = { index: number; checked: Checked[] };

export async function checkInParallel(files: Target[], registry: RubricRegistry, options: CheckOptions) {
  const workers = workerThreads(files.length);
  // Standard input is read once, by the main thread.
  if (workers < 1 || files.some((target) => target.file === STDIN)) return await checkFiles(files, registry, options);
  const shares = Array.from({ length: Math.ceil(files.length / SHARE) }, (_v, i) =>
    files.slice(i * SHARE, (i + 1) * SHARE),
  );
  const results: Checked[][] = new Array(shares.length);
  let next = 0;
  const take = (): Share | null => (next < shares.length ? { index: next, files: shares[next++] } : null);
  const job: WorkerJob = { options: { ...options, locale: cliLocale() } };
  const threads = Array.from({ length: workers }, () => workOn(job, take, results));
  for (let share = take(); share; share = take()) {
    results[share.index] = await checkFiles(share.files, registry, options);
    // The workers' requests for more are answered between shares.
    await new Promise(setImmediate);
  }
  await Promise.all(threads);
  return results.flat();
}

/**
 * How many worker threads check `files` files beside the main thread (at most 3), or as many as
 * RUBRIC_WRITER_THREADS says (the tests run the threads on any machine with it).
 */
function workerThreads(files: number): number {
  const asked = process.env.RUBRIC_WRITER_THREADS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), Math.ceil(files / SHARE) - 1);
  return Math.min(availableParallelism() - MAIN_THREAD_CORES, 3, Math.floor(files / PER_THREAD) - 1);
}

/** A worker thread, handed shares until none is left. */
function workOn(job: WorkerJob, take: () => Share | null, results: Checked[][]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: job });
    let held = 0;
    const hand = () => {
      const share = take();
      if (!share) return;
      held++;
      worker.postMessage(share);
    };
    worker.on('message', ({ index, checked }: Done) => {
      results[index] = checked;
      held--;
      hand();
      if (held === 0) void worker.terminate().then(() => resolve());
    });
    worker.once('error', reject);
    for (let i = 0; i < AHEAD; i++) hand();
    if (held === 0) void worker.terminate().then(() => resolve());
  });
}

/** A worker thread's side: the registry loaded once, then each share checked in turn and sent back. */
export function runWorker(): void {
  const { options } = workerData as WorkerJob;
  useLocale(options.locale);
  const registry = registryFor(options.rubrics, options.configRubrics).then((loaded) => loaded.registry);
  let queue = Promise.resolve();
  parentPort?.on('message', (share: Share) => {
    queue = queue.then(async () => {
      const checked = await checkFiles(share.files, await registry, options);
      parentPort?.postMessage({ index: share.index, checked } satisfies Done);
    });
  });
}
