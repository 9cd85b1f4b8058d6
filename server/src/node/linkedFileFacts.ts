/**
 * The facts of the files a submission links, read from the disk for the CLI and the server: each
 * path resolved beside the submission (an absolute one only inside the folders it may read),
 * stat'ed, and read once per size and modification time, in the reading thread (readerThread.ts).
 * A file that cannot be read, or not within the thread's time limit, has no facts (one information
 * line says why); reading never changes a file.
 */
import { readdir, stat } from './files';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { ENGLISH, type FileFacts, type Messages } from '../core';
import type { EvidenceRead } from '../core';
import { ReaderStopped, ReaderThread, ReadTimedOut } from './readerThread';

const NETWORK_PATH = /^[\\/]{2}/;

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

export class DiskFileFacts {
  private readonly cache = new Map<string, { stamp: string; read: Promise<EvidenceRead | null> }>();

  /**
   * `messages`: the language of the lines logged (the CLI prints them; the server's log keeps English).
   * `reader`: the thread that reads the files.
   */
  constructor(
    private readonly log: (line: string) => void = () => undefined,
    private readonly messages: () => Messages = () => ENGLISH,
    private readonly reader = new ReaderThread(),
  ) {}

  /** Starts the reading thread ahead of the first file (while the submission is parsed and checked). */
  prepare(): void {
    this.reader.prepare();
  }

  /**
   * The facts of each linked `path` of the submission at `documentPath`; an absolute path outside
   * `folders` (and a network path) gets none.
   */
  async factsFor(
    documentPath: string,
    paths: readonly string[],
    folders: readonly string[],
  ): Promise<Map<string, FileFacts>> {
    const base = dirname(documentPath);
    const found = new Map<string, FileFacts>();
    await Promise.all(
      paths.map(async (path) => {
        if (NETWORK_PATH.test(path)) return;
        if (isAbsolute(path) && ![base, ...folders].some((folder) => inside(folder, path))) return;
        const facts = await this.factsOf(resolve(base, path), path);
        if (facts) found.set(path, facts);
      }),
    );
    return found;
  }

  private async factsOf(file: string, written: string): Promise<FileFacts | null> {
    let stats: Awaited<ReturnType<typeof stat>>;
    try {
      stats = await stat(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        this.log(this.messages().t('cli.linkedFile.unreadable', { file: written, code: code ?? 'error' }));
        return null;
      }
      this.cache.delete(file);
      const siblings = await readdir(dirname(file)).catch(() => [] as string[]);
      return { exists: false, siblings };
    }
    if (!stats.isFile()) return { exists: true };
    const stamp = `${stats.size}:${stats.mtimeMs}`;
    let entry = this.cache.get(file);
    if (!entry || entry.stamp !== stamp) {
      const read = this.reader.read(file, stats.size).catch((error: Error) => {
        const messages = this.messages();
        const reason =
          error instanceof ReaderStopped
            ? messages.t('cli.linkedFile.readerStopped', { reason: error.message })
            : error.message;
        this.log(
          error instanceof ReadTimedOut
            ? messages.t('cli.linkedFile.timedOut', { file: written, seconds: error.seconds })
            : messages.t('cli.linkedFile.unreadableLength', { file: written, reason }),
        );
        return null;
      });
      this.cache.set(file, (entry = { stamp, read }));
    }
    const read = await entry.read;
    return { exists: true, ...read };
  }
}
