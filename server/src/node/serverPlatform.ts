/** The language server on Node: rubric files, project configs and images read from the disk. */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ImageReader } from '../core';
import type { ServerPlatform } from '../lsp/platform';
import { uriToPath } from '../lsp/workspace';
import { configForFile, diskConfigFinder } from './projectConfig';
import { loadRubricFiles } from './rubricFiles';

/** Images named relative to the submission, read from disk for a file: document; none for other schemes. */
function imagesBeside(uri: string): ImageReader {
  if (!uri.startsWith('file:')) return async () => null;
  return async (path) => {
    try {
      const file = fileURLToPath(new URL(encodeURI(path), uri));
      if (!(await stat(file)).isFile()) return null;
      return await readFile(file);
    } catch {
      return null;
    }
  };
}

export const NODE_PLATFORM: ServerPlatform = {
  rubricFiles: (search) => loadRubricFiles(search),
  projectConfig: {
    finder: (connection) =>
      diskConfigFinder({ skipped: (message) => connection.console.error(`[rubric-writer] ${message}`) }),
    locate: uriToPath,
    forFile: configForFile,
  },
  images: imagesBeside,
};
