/** Reading the files a user names: every way a file can be unreadable said in one line. */
import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import type { MessageKey } from '../core';
import { cliMessages } from './locale';
import { UsageError } from './rubrics';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** `bom`: the file starts with a byte order mark, which the text leaves out (and a fix writes back). */
export type ReadResult =
  | { file: string; text: string; bom: boolean }
  /** `binary`: the file holds no text at all (a caller may say what it expected instead). */
  | { file: string; error: string; binary?: true };

/** `-` is standard input, as linters read it. */
export const STDIN = '-';

export function readSubmission(file: string): ReadResult {
  let bytes: Buffer;
  try {
    if (file === STDIN) return decodeSubmission(file, readFileSync(0));
    // Standard input by name: what it is connected to (a pipe, a socket) may not open by path.
    if (file === '/dev/stdin') return decodeSubmission(file, readBounded(0));
    const stat = statSync(file);
    if (stat.isDirectory()) return { file, error: cliMessages().t('cli.read.folder', { file }) };
    // A pipe (`/dev/stdin` piped, `<(…)`) is read as it comes, up to the limit; a device or socket is refused.
    if (stat.isFIFO()) return decodeSubmission(file, readBounded(file));
    if (!stat.isFile()) return { file, error: cliMessages().t('cli.read.notRegular', { file }) };
    if (stat.size > MAX_FILE_BYTES)
      return { file, error: cliMessages().t('cli.read.tooLarge', { file, size: (stat.size / 1048576).toFixed(1) }) };
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const messages = cliMessages();
    const reason =
      code === 'ENOENT'
        ? messages.t('cli.read.noSuchFile')
        : code === 'EACCES' || code === 'EPERM'
          ? messages.t('cli.read.permission')
          : (error as Error).message;
    const shown = file === STDIN ? messages.t('cli.export.stdin') : file;
    return { file, error: messages.t('cli.read.cannotRead', { file: shown, reason }) };
  }
  return decodeSubmission(file, bytes);
}

/** At most one byte past the limit, whatever the source says about its size. */
function readBounded(source: string | number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const fd = typeof source === 'number' ? source : openSync(source, 'r');
  try {
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 16, MAX_FILE_BYTES + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > MAX_FILE_BYTES) break;
    }
  } finally {
    if (fd !== source) closeSync(fd);
  }
  return Buffer.concat(chunks);
}

function decodeSubmission(file: string, bytes: Buffer): ReadResult {
  if (bytes.length > MAX_FILE_BYTES)
    return { file, error: cliMessages().t('cli.read.tooLarge', { file, size: (bytes.length / 1048576).toFixed(1) }) };
  if (looksBinary(bytes)) return { file, error: cliMessages().t('cli.read.binary', { file }), binary: true };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // The decoder leaves a UTF-8 byte order mark out of the text.
    return { file, text, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
  } catch {
    return { file, error: cliMessages().t('cli.read.notUtf8', { file }) };
  }
}

/**
 * A binary file has NULs among many other control bytes in its first 8 KB (or is not UTF-8, which
 * decoding finds). One stray NUL pasted from a PDF is still Markdown: CommonMark reads it as U+FFFD.
 */
export function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (!head.includes(0)) return false;
  let control = 0;
  for (const byte of head) if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) control++;
  return control > Math.max(8, head.length * 0.05);
}

/** The refusal when an output exists and `--force` was not given. */
export const alreadyExists = (output: string, hint: MessageKey = 'cli.exists.force'): UsageError =>
  new UsageError(cliMessages().t('cli.exists', { file: output, hint: cliMessages().t(hint) }));

/** Writes a new file: never over an existing one unless `force` (checked by the write itself, so no race). */
export function writeNewFile(output: string, content: Uint8Array | string, force: boolean, hint?: MessageKey): void {
  try {
    writeFileSync(output, content, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw alreadyExists(output, hint);
    const reason = code === 'EISDIR' ? cliMessages().t('cli.isFolder') : (error as Error).message;
    throw new UsageError(cliMessages().t('cli.cannotWrite', { file: output, reason }));
  }
}
