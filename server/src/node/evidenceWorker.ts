/**
 * The thread that reads linked files (dist/evidence-worker.js, started by evidenceThread.ts): it
 * loads the readers (the media-reader bundle, or the module it is given) once, through the code cache
 * when its host has one, then reads each file it is sent and answers with its facts or why it could
 * not read them. A reader that never returns holds this thread only: the CLI's and the server's own
 * thread go on, and end it when its time is up.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runBundle } from './codeCache';
import { readEvidenceFile } from './evidenceReader';
import type * as MediaReader from './mediaReader';

/** What the thread is started with: the readers' module, and the code cache's folder (none: no cache). */
export interface EvidenceWorkerData {
  reader: string;
  cacheFolder: string | null;
}

/** A file to read, and the answer. */
export interface EvidenceJob {
  path: string;
  size: number;
}
export type EvidenceAnswer =
  | { read: Awaited<ReturnType<typeof readEvidenceFile>> }
  | { error: string }
  // Sent once, when the readers are loaded.
  | { ready: true };

const { reader: readerFile, cacheFolder } = workerData as EvidenceWorkerData;
/** Writes the readers' code cache, when they had none, once the first file is read (what it compiled is in it). */
let saveCache: () => void = () => undefined;
const reader = (
  cacheFolder
    ? runBundle(readerFile, cacheFolder, (save) => {
        saveCache = save;
      })
    : require(readerFile)
) as typeof MediaReader;
parentPort?.postMessage({ ready: true } satisfies EvidenceAnswer);

parentPort?.on('message', async ({ path, size }: EvidenceJob) => {
  let answer: EvidenceAnswer;
  try {
    answer = { read: await readEvidenceFile(path, size, reader) };
  } catch (error) {
    answer = { error: (error as Error).message ?? String(error) };
  }
  parentPort?.postMessage(answer);
  saveCache();
});
