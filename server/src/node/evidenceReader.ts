/**
 * What a linked file says, read from the disk through a file handle at the offsets its kind needs
 * (a container's header or index, a photo's or document's metadata). The readers themselves are
 * the media-reader bundle, loaded in the reading thread (readerThread.ts) when a submission first
 * links a local file, so start-up does not pay for them.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { EvidenceRead } from '../core';
import type * as MediaReader from './mediaReader';

/** Reads the facts of the regular file at `path` (`size` bytes) with `reader`; throws when it cannot be read. */
export async function readEvidenceFile(
  path: string,
  size: number,
  { readEvidence }: Pick<typeof MediaReader, 'readEvidence'>,
): Promise<EvidenceRead> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    return await readEvidence(
      {
        size,
        read: async (start, end) => {
          const bytes = new Uint8Array(end - start);
          const { bytesRead } = await handle.read(bytes, 0, bytes.length, start);
          return bytesRead === bytes.length ? bytes : bytes.subarray(0, bytesRead);
        },
      },
      basename(path),
    );
  } finally {
    await handle.close();
  }
}
