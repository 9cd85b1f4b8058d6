/**
 * How reading a file in the reading thread (readerThread.ts) can fail besides the readers' own errors.
 * Imports nothing: the server's import handlers tell these apart on either host.
 */

/** A file that the readers did not finish within the limit (the CLI and the server say so in the writer's language). */
export class ReadTimedOut extends Error {
  override readonly name = 'ReadTimedOut';
  constructor(readonly seconds: number) {
    super();
  }
}

/**
 * The thread stopped on its own while reading a file (it ran out of memory, its readers would not
 * load): its error, or its exit code.
 */
export class ReaderStopped extends Error {
  override readonly name = 'ReaderStopped';
  constructor(cause: Error | number) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}
