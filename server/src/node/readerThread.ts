/**
 * Files from the disk or the writer are read in a thread of their own (readerWorker.ts), one file at
 * a time, each within a time limit: linked files (recordings, photos, documents), Word drafts and
 * requirement files (Word, PDF). A damaged file can send a reader into a loop that never returns,
 * which no timer in the same thread could stop. When a file's time is up, the thread is ended, the
 * file counts as unreadable, and the next file starts a new thread. One thread serves every file
 * (starting one costs some tens of milliseconds, loading the readers as much again); while it has
 * nothing to read it does not keep the process alive, so the CLI exits as soon as it is done.
 */
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { EvidenceRead, Messages, WordImport, WordImportOptions } from '../core';
import { codeCacheFolderInUse } from './codeCacheReady';
import { ReaderStopped, ReadTimedOut } from './readerErrors';
import type * as PdfReader from './pdfReader';
import type { ReaderAnswer, ReaderBundle, ReaderJob, ReaderWorkerData } from './readerWorker';

export { ReaderStopped, ReadTimedOut } from './readerErrors';

const fromSources = __filename.endsWith('.ts');
/** The thread's entry and the readers it loads: the bundles beside this one (the modules, run from the sources). */
const WORKER_FILE = join(__dirname, fromSources ? 'readerWorker.ts' : 'reader-worker.js');
const BUNDLES: Record<ReaderBundle, string> = {
  'media-reader': join(__dirname, fromSources ? 'mediaReader.ts' : 'media-reader.js'),
  word: join(__dirname, fromSources ? 'wordReader.ts' : 'word.js'),
  'pdf-reader': join(__dirname, fromSources ? 'pdfReader.ts' : 'pdf-reader.js'),
};

/** `node:worker_threads`, loaded when the first thread starts rather than with the server (about 1 ms). */
const workerThreads = () => require('node:worker_threads') as typeof import('node:worker_threads');

/**
 * How long a file may take. The slowest linked-file fixture reads in about 40 ms (a thread just
 * started, on a busy machine), an hour of ADTS AAC (a frame every 23 ms, each read) in about 300 ms
 * and a 64 MB photo (the largest whose metadata is read, read whole) in under 100 ms: 5 s is over
 * a hundred times the slowest fixture, and tells a writer soon enough that a file did not read.
 */
export const READ_LIMIT_MS = 5000;

/**
 * How long a document (a Word draft, requirements in Word or PDF) may take: the slowest fixture is
 * read in about 200 ms (its readers loaded first); a writer waits for it, and a large one (a Word
 * draft of 25 MB, photos and all; a PDF of a hundred pages) takes some seconds.
 */
export const DOCUMENT_LIMIT_MS = 30_000;

/** A thread with nothing to read for this long is ended (the server's memory); the next file starts another. */
const IDLE_MS = 60_000;

export interface ReaderThreadOptions {
  /** The readers' modules the thread loads (the bundles beside this one unless given). */
  bundles?: Partial<Record<ReaderBundle, string>>;
  /** The time limit of a linked file, and of a document. */
  limitMs?: number;
  documentLimitMs?: number;
  /** How long the thread waits for another file before it ends. */
  idleMs?: number;
}

interface Job {
  job: ReaderJob;
  limitMs: number;
  resolve: (read: unknown) => void;
  reject: (error: Error) => void;
}

export class ReaderThread {
  private worker: Worker | null = null;
  /** Whether the thread has started: a file's time starts when it is handed to a started thread. */
  private ready = false;
  private readonly waiting: Job[] = [];
  private current: { job: Job; timer: NodeJS.Timeout } | null = null;
  private idle: NodeJS.Timeout | undefined;
  private readonly bundles: Record<ReaderBundle, string>;
  private readonly limitMs: number;
  private readonly documentLimitMs: number;
  private readonly idleMs: number;

  constructor(options: ReaderThreadOptions = {}) {
    this.bundles = { ...BUNDLES, ...options.bundles };
    this.limitMs = options.limitMs ?? READ_LIMIT_MS;
    this.documentLimitMs = options.documentLimitMs ?? DOCUMENT_LIMIT_MS;
    this.idleMs = options.idleMs ?? IDLE_MS;
  }

  /** Starts the thread before its first file, so that its start overlaps other work. */
  prepare(): void {
    if (this.worker) return;
    this.worker = this.start();
    this.worker.unref();
  }

  /** The facts of the regular file at `path` (`size` bytes); rejects when it cannot be read, or not in time. */
  read(path: string, size: number): Promise<EvidenceRead> {
    return this.run({ kind: 'evidence', path, size }, this.limitMs);
  }

  /** The facts of a file held in memory (a Word draft's image) named `name`, within a linked file's limit. */
  readBytes(bytes: Uint8Array, name: string): Promise<EvidenceRead> {
    return this.run({ kind: 'evidenceBytes', bytes, name }, this.limitMs);
  }

  /** A Word draft imported as a submission (the Word reader's importWordDocument), within the document limit. */
  async importWordDocument(data: ArrayBuffer, { registry, ...options }: WordImportOptions): Promise<WordImport> {
    const rubrics = registry.list().map((entry) => entry.rubric);
    const imported = await this.run<WordImport>({ kind: 'word', data, rubrics, options }, this.documentLimitMs);
    // The rubric chosen, as the host holds it.
    return { ...imported, rubric: imported.rubric ? (registry.get(imported.rubric.id) ?? null) : null };
  }

  /** A Word document's HTML (the requirements' reader), within the document limit. */
  wordToHtml(bytes: Uint8Array): Promise<string> {
    return this.run({ kind: 'wordHtml', bytes }, this.documentLimitMs);
  }

  /** A saved page's or a Word document's HTML read as requirement lines, within the document limit. */
  pageText(html: string): Promise<string> {
    return this.run({ kind: 'pageText', html }, this.documentLimitMs);
  }

  /** A PDF's text laid out (the requirements' reader), within the document limit. */
  pdfRequirementText(bytes: Uint8Array): ReturnType<typeof PdfReader.pdfRequirementText> {
    return this.run({ kind: 'pdf', bytes }, this.documentLimitMs);
  }

  private run<T>(job: ReaderJob, limitMs: number): Promise<T> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ job, limitMs, resolve: resolve as (read: unknown) => void, reject });
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
    clearTimeout(this.idle);
    if (this.waiting.length === 0) {
      this.worker?.unref();
      if (this.worker) this.idle = setTimeout(() => void this.close(), this.idleMs).unref();
      return;
    }
    const worker = (this.worker ??= this.start());
    worker.ref();
    if (!this.ready) return;
    const job = this.waiting.shift()!;
    const timer = setTimeout(() => {
      this.worker = null;
      void worker.terminate();
      this.done(new ReadTimedOut(job.limitMs / 1000));
    }, job.limitMs);
    this.current = { job, timer };
    try {
      worker.postMessage(job.job);
    } catch (error) {
      this.done(error as Error);
    }
  }

  private start(): Worker {
    const workerData: ReaderWorkerData = { bundles: this.bundles, cacheFolder: codeCacheFolderInUse() ?? null };
    // Run from the sources (the tests, under tsx), the thread loads tsx's require hook first.
    const { Worker } = workerThreads();
    const worker = fromSources
      ? new Worker(`require('tsx/cjs');require(${JSON.stringify(WORKER_FILE)})`, { eval: true, workerData })
      : new Worker(WORKER_FILE, { workerData });
    this.ready = false;
    worker.on('message', (answer: ReaderAnswer) => {
      if (this.worker !== worker) return;
      if ('ready' in answer) {
        this.ready = true;
        this.next();
      } else this.done('read' in answer ? answer.read : Object.assign(new Error(answer.error), { name: answer.name }));
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

  private done(outcome: unknown): void {
    const current = this.current;
    if (!current) return;
    this.current = null;
    clearTimeout(current.timer);
    if (outcome instanceof Error) current.job.reject(outcome);
    else current.job.resolve(outcome);
    this.next();
  }
}

let documents: ReaderThread | null = null;

/** The thread that reads the documents a writer hands over (Word drafts, requirements), one a process. */
export const documentReader = (): ReaderThread => (documents ??= new ReaderThread());

/** Why a document could not be read, in the writer's language when it was not read in time. */
export const readFailure = (error: Error, messages: Messages): string =>
  error instanceof ReadTimedOut ? messages.t('reader.timedOut', { seconds: error.seconds }) : error.message;
