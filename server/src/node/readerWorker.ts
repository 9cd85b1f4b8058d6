/**
 * The thread that reads files for the CLI and the server (dist/reader-worker.js, started by
 * readerThread.ts): linked files with the media readers, Word documents and PDFs with theirs. It
 * loads each readers' bundle at its first use, through the code cache when its host has one, then
 * reads each file it is sent and answers with what it read or why it could not. A reader that never
 * returns holds this thread only: the CLI's and the server's own thread go on, and end it when its
 * time is up.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { EvidenceRead, Rubric, RubricRegistry, WordImport, WordImportOptions } from '../core';
import { runBundle } from './codeCache';
import { readEvidenceFile } from './evidenceReader';
import type * as MediaReader from './mediaReader';
import type * as PdfReader from './pdfReader';
import type * as WordReader from './wordReader';

export interface ReaderBundles {
  'media-reader': typeof MediaReader;
  word: typeof WordReader;
  'pdf-reader': typeof PdfReader;
}
export type ReaderBundle = keyof ReaderBundles;

/** What the thread is started with: each readers' module, and the code cache's folder (none: no cache). */
export interface ReaderWorkerData {
  bundles: Record<ReaderBundle, string>;
  cacheFolder: string | null;
}

/** A file to read: a linked file on the disk, or a document's bytes. */
export type ReaderJob =
  | { kind: 'evidence'; path: string; size: number }
  | { kind: 'evidenceBytes'; bytes: Uint8Array; name: string }
  | { kind: 'word'; data: ArrayBuffer; rubrics: Rubric[]; options: Omit<WordImportOptions, 'registry'> }
  | { kind: 'wordHtml'; bytes: Uint8Array }
  | { kind: 'pageText'; html: string }
  | { kind: 'pdf'; bytes: Uint8Array };

export type ReaderAnswer =
  | { read: EvidenceRead | WordImport | string | Awaited<ReturnType<typeof PdfReader.pdfRequirementText>> }
  | { error: string; name: string }
  // Sent once, when the thread has started.
  | { ready: true };

const { bundles, cacheFolder } = workerData as ReaderWorkerData;
const loaded = new Map<ReaderBundle, unknown>();
/** Writes a bundle's code cache, when it had none, once its first file is read (what that compiled is in it). */
const saves: (() => void)[] = [];

function load<Name extends ReaderBundle>(name: Name): ReaderBundles[Name] {
  if (!loaded.has(name))
    loaded.set(
      name,
      cacheFolder ? runBundle(bundles[name], cacheFolder, (save) => saves.push(save)) : require(bundles[name]),
    );
  return loaded.get(name) as ReaderBundles[Name];
}

/** The rubrics the host knows, as the Word reader asks for them (its best match, or the one named). */
const registryOf = (rubrics: Rubric[]) =>
  ({
    get: (id: string) => rubrics.find((rubric) => rubric.id === id),
    list: () => rubrics.map((rubric) => ({ rubric, origin: null })),
  }) as unknown as RubricRegistry;

function read(job: ReaderJob) {
  switch (job.kind) {
    case 'evidence':
      return readEvidenceFile(job.path, job.size, load('media-reader'));
    case 'evidenceBytes': {
      const { readEvidence, bytesSource } = load('media-reader');
      return readEvidence(bytesSource(job.bytes), job.name);
    }
    case 'word':
      return load('word').importWordDocument(job.data, { ...job.options, registry: registryOf(job.rubrics) });
    case 'wordHtml':
      return load('word').wordToHtml(job.bytes);
    case 'pageText':
      return load('word').htmlToRequirementText(job.html);
    case 'pdf':
      return load('pdf-reader').pdfRequirementText(job.bytes);
  }
}

parentPort?.postMessage({ ready: true } satisfies ReaderAnswer);

parentPort?.on('message', async (job: ReaderJob) => {
  let answer: ReaderAnswer;
  try {
    answer = { read: await read(job) };
  } catch (error) {
    answer = { error: (error as Error).message ?? String(error), name: (error as Error).name ?? 'Error' };
  }
  parentPort?.postMessage(answer);
  for (const save of saves.splice(0)) save();
});
