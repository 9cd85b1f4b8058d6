/**
 * Linked files are read in a thread of their own (evidenceWorker.ts), one file at a time, each within
 * a time limit: a damaged file can send a reader into a loop that never returns, which no timer in
 * the same thread could stop. When a file's time is up, the thread is ended, the file counts as
 * unreadable, and the next file starts a new thread. One thread serves every file (starting one
 * costs some tens of milliseconds, loading the readers as much again); while it has nothing to read
 * it does not keep the process alive, so the CLI exits as soon as it is done.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EvidenceRead } from '../core';
import { codeCacheFolderInUse } from './codeCacheReady';
import type { EvidenceAnswer, EvidenceJob, EvidenceWorkerData } from './evidenceWorker';

const fromSources = __filename.endsWith('.ts');
/** The thread's entry and the readers it loads: the bundles beside this one (the modules, run from the sources). */
const WORKER_FILE = join(__dirname, fromSources ? 'evidenceWorker.ts' : 'evidence-worker.js');
const READER_FILE = join(__dirname, fromSources ? 'mediaReader.ts' : 'media-reader.js');

/**
 * How long a file may take. The slowest linked-file fixture reads in about 40 ms (a thread just
 * started, on a busy machine), an hour of ADTS AAC (a frame every 23 ms, each read) in about 300 ms
 * and a 64 MB photo (the largest whose metadata is read, read whole) in under 100 ms: 5 s is over
 * a hundred times the slowest fixture, and tells a writer soon enough that a file did not read.
 */
export const READ_LIMIT_MS = 5000;

/** A file that the readers did not finish within the limit (the CLI and the server say so in the writer's language). */
export class ReadTimedOut extends Error {
  constructor(readonly seconds: number) {
    super();
  }
}

/**
 * The thread stopped on its own while reading a file (it ran out of memory, its readers would not
 * load): its error, or its exit code.
 */
export class ReaderStopped extends Error {
  constructor(cause: Error | number) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

export interface EvidenceThreadOptions {
  /** The readers' module the thread loads (the media-reader bundle unless given). */
  reader?: string;
  limitMs?: number;
}

interface Job extends EvidenceJob {
  resolve: (read: EvidenceRead) => void;
  reject: (error: Error) => void;
}

export class EvidenceThread {
  private worker: Worker | null = null;
  /** Whether the thread has loaded its readers: a file's time starts when it is handed to a ready thread. */
  private ready = false;
  private readonly waiting: Job[] = [];
  private current: { job: Job; timer: NodeJS.Timeout } | null = null;
  private readonly reader: string;
  private readonly limitMs: number;

  constructor({ reader = READER_FILE, limitMs = READ_LIMIT_MS }: EvidenceThreadOptions = {}) {
    this.reader = reader;
    this.limitMs = limitMs;
  }

  /** The facts of the regular file at `path` (`size` bytes); rejects when it cannot be read, or not in time. */
  read(path: string, size: number): Promise<EvidenceRead> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ path, size, resolve, reject });
      this.next();
    });
  }

  /** Ends the thread (the files still waiting are not read). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private next(): void {
    if (this.current) return;
    if (this.waiting.length === 0) {
      this.worker?.unref();
      return;
    }
    const worker = (this.worker ??= this.start());
    worker.ref();
    if (!this.ready) return;
    const job = this.waiting.shift()!;
    const timer = setTimeout(() => {
      this.worker = null;
      void worker.terminate();
      this.done(new ReadTimedOut(this.limitMs / 1000));
    }, this.limitMs);
    this.current = { job, timer };
    worker.postMessage({ path: job.path, size: job.size } satisfies EvidenceJob);
  }

  private start(): Worker {
    const workerData: EvidenceWorkerData = { reader: this.reader, cacheFolder: codeCacheFolderInUse() ?? null };
    // Run from the sources (the tests, under tsx), the thread loads tsx's require hook first.
    const worker = fromSources
      ? new Worker(`require('tsx/cjs');require(${JSON.stringify(WORKER_FILE)})`, { eval: true, workerData })
      : new Worker(WORKER_FILE, { workerData });
    this.ready = false;
    worker.on('message', (answer: EvidenceAnswer) => {
      if (this.worker !== worker) return;
      if ('ready' in answer) {
        this.ready = true;
        this.next();
      } else this.done('read' in answer ? answer.read : new Error(answer.error));
    });
    // The thread itself failed (its readers would not load, or it ran out of memory): the file is not read.
    worker.on('error', (error) => this.stopped(worker, new ReaderStopped(error)));
    worker.on('exit', (code) => this.stopped(worker, new ReaderStopped(code)));
    return worker;
  }

  /** The thread stopped on its own: the file it was reading (or was started for) is not read. */
  private stopped(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    if (this.current) this.done(error);
    else {
      this.waiting.shift()?.reject(error);
      this.next();
    }
  }

  private done(outcome: EvidenceRead | Error): void {
    const current = this.current;
    if (!current) return;
    this.current = null;
    clearTimeout(current.timer);
    if (outcome instanceof Error) current.job.reject(outcome);
    else current.job.resolve(outcome);
    this.next();
  }
}
