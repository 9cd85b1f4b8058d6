/**
 * The images an export embeds, read from the disk: only from inside the folders it may read (the
 * submission's, the workspace's), never through a link leading out or from a network share; only
 * regular files (not /proc files, pipes or devices), read with a bound whatever their size claims;
 * each file once however it is spelled.
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { type ImageReader, type ImageRefusal, MAX_IMAGE_BYTES } from '../core';

type ImageRead = Uint8Array | ImageRefusal | null;

/** `//host/share`, `\\host\share`, `\\?\UNC\…`: opening one reaches the network, handing it credentials. */
const NETWORK_PATH = /^[\\/]{2}/;

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Reads images named relative to `base`, found inside one of `folders` (`base` among them, as a rule). */
export function diskImageReader(base: string, folders: readonly string[], maxBytes = MAX_IMAGE_BYTES): ImageReader {
  const realFolders = Promise.all(folders.map((folder) => realpath(folder).catch(() => null)));
  const byFile = new Map<string, Promise<ImageRead>>();
  return async (path) => {
    const outside: ImageRefusal = { refused: "it is outside the submission's folder", outside: true };
    if (NETWORK_PATH.test(path)) return { refused: 'it is on a network share', outside: true };
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
    if (!read) byFile.set(real, (read = readBounded(real, maxBytes)));
    return read;
  };
}

/** A regular file's bytes, never more than `maxBytes` + 1 read. */
export async function readBounded(path: string, maxBytes: number): Promise<ImageRead> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // Non-blocking, so that opening a pipe with no writer does not wait forever.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? null : { refused: `it cannot be read (${code ?? 'error'})` };
  }
  try {
    if (!(await handle.stat()).isFile()) return { refused: 'it is not a regular file' };
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
    if (total > maxBytes) return { refused: `it is larger than ${Math.round(maxBytes / 1048576)} MB` };
    return new Uint8Array(Buffer.concat(chunks, total));
  } catch (error) {
    return { refused: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    await handle.close();
  }
}
