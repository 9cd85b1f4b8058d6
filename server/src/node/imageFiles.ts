/**
 * The images an export embeds, read from the disk: only from inside the folders it may read (the
 * submission's, the workspace's), never through a link leading out or from a network share; only
 * regular files (not /proc files, pipes or devices), read with a bound whatever their size claims;
 * each file once however it is spelled.
 */
import { constants } from 'node:fs';
import { open, realpath } from './files';
import { isAbsolute, relative, resolve } from 'node:path';
import { ENGLISH, type ImageReader, type ImageRefusal, MAX_IMAGE_BYTES, type Messages } from '../core';

type ImageRead = Uint8Array | ImageRefusal | null;

/** `//host/share`, `\\host\share`, `\\?\UNC\…`: opening one reaches the network, handing it credentials. */
const NETWORK_PATH = /^[\\/]{2}/;

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Reads images named relative to `base`, found inside one of `folders` (`base` among them, as a
 * rule); why one is refused is said in `messages`' language.
 */
export function diskImageReader(
  base: string,
  folders: readonly string[],
  maxBytes = MAX_IMAGE_BYTES,
  messages: Messages = ENGLISH,
): ImageReader {
  const realFolders = Promise.all(folders.map((folder) => realpath(folder).catch(() => null)));
  const byFile = new Map<string, Promise<ImageRead>>();
  return async (path) => {
    const outside: ImageRefusal = { refused: messages.t('view.image.outside'), outside: true };
    if (NETWORK_PATH.test(path)) return { refused: messages.t('view.image.networkShare'), outside: true };
    const written = resolve(base, path);
    if (!folders.some((folder) => inside(folder, written))) return outside;
    let real: string;
    try {
      real = await realpath(written);
    } catch {
      return null;
    }
    // A link inside the folder that leads out of it is outside too.
    if (!(await realFolders).some((folder) => folder !== null && inside(folder, real))) return outside;
    let read = byFile.get(real);
    if (!read) byFile.set(real, (read = readBounded(real, maxBytes, messages)));
    return read;
  };
}

/** A regular file's bytes, never more than `maxBytes` + 1 read. */
export async function readBounded(path: string, maxBytes: number, messages: Messages = ENGLISH): Promise<ImageRead> {
  const unreadable = (code: string | undefined) => ({
    refused: messages.t('view.image.unreadable', { code: code ?? 'error' }),
  });
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // Non-blocking, so that opening a pipe with no writer does not wait forever.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? null : unreadable(code);
  }
  try {
    if (!(await handle.stat()).isFile()) return { refused: messages.t('view.image.notRegularFile') };
    // What stat says of the size is not trusted (files in /proc say 0): the read itself is bounded.
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, 64 * 1024));
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, maxBytes + 1 - total), null);
      if (bytesRead === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, bytesRead)));
      total += bytesRead;
    }
    if (total > maxBytes)
      return { refused: messages.t('view.image.tooLarge', { size: Math.round(maxBytes / 1048576) }) };
    return new Uint8Array(Buffer.concat(chunks, total));
  } catch (error) {
    return unreadable((error as NodeJS.ErrnoException).code);
  } finally {
    await handle.close();
  }
}
