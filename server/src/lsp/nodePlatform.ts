/** The language server on Node: rubric files, project configs and images read from the disk. */
import { dirname } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import type { ImageReader, Messages } from '../core';
import { diskImageReader } from '../node/imageFiles';
import { codeCacheReady } from '../node/codeCacheReady';
import { loadBundle } from '../node/lazyBundles';
import { DiskFileFacts } from '../node/linkedFileFacts';
import { documentReader } from '../node/readerThread';
import { configForFile, diskConfigFinder } from '../node/projectConfig';
import { loadRubricFiles } from '../node/rubricFiles';
import { isSameFile } from '../node/sameFile';
import type { ServerPlatform } from './platform';
import { sameUri, uriToPath } from './uris';

/**
 * Images named relative to the submission, read from the disk for a file: document, from inside its
 * folder or a workspace folder only; none for other schemes.
 */
function imagesBeside(
  uri: string,
  _connection: Connection,
  workspaceFolderUris: readonly string[],
  messages: Messages,
): ImageReader {
  const path = uriToPath(uri);
  if (path === null) return async () => null;
  const folder = dirname(path);
  const workspaceFolders = workspaceFolderUris.map(uriToPath).filter((p): p is string => p !== null);
  return diskImageReader(folder, [folder, ...workspaceFolders], undefined, messages);
}

export const NODE_PLATFORM: ServerPlatform = {
  rubricSource: (search) => loadRubricFiles(search),
  projectConfig: {
    finder: (connection, messages) =>
      diskConfigFinder({ skipped: (message) => connection.console.error(`[rubric-writer] ${message}`), messages }),
    locate: uriToPath,
    forFile: configForFile,
  },
  sameFile: (a, b) => {
    const [first, second] = [uriToPath(a), uriToPath(b)];
    return first !== null && second !== null ? isSameFile(first, second) : sameUri(a, b);
  },
  images: imagesBeside,
  // Documents are read in the reading thread, within a time limit: a damaged one cannot freeze the server.
  pdfText: (bytes) => documentReader().pdfRequirementText(bytes),
  wordReader: async () => ({
    ...loadBundle('word-reader'),
    importWordDocument: (data, options) => documentReader().importWordDocument(data, options),
    wordToHtml: (bytes) => documentReader().wordToHtml(bytes),
    htmlToRequirementText: (html) => documentReader().pageText(html),
  }),
  exporter: async () => loadBundle('exporter'),
  importer: async () => loadBundle('importer'),
  linkedFiles: () => {
    // One cache per server: files are read again only when their size or modification time changes.
    let log: (line: string) => void = () => undefined;
    const disk = new DiskFileFacts((line) => log(line));
    return async (documentUri, paths, workspaceFolderUris, logTo) => {
      const path = uriToPath(documentUri);
      if (path === null) return new Map();
      log = logTo;
      const folders = workspaceFolderUris.map(uriToPath).filter((p): p is string => p !== null);
      return disk.factsFor(path, paths, folders);
    };
  },
  // After the diagnostics went out (or as the server exits, if sooner): saving takes a few milliseconds, once.
  firstChecked: () => {
    setTimeout(codeCacheReady, 50).unref();
    process.once('exit', codeCacheReady);
  },
};
