/**
 * The language server in a web worker: no disk. The client reads the rubric files, a submission's
 * images and its project config through the editor's file system.
 */
import type { Connection } from 'vscode-languageserver';
import { URI, Utils } from 'vscode-uri';
import {
  type FileFacts,
  hasUriScheme,
  type ImageReader,
  isNetworkPath,
  isWindowsDrivePath,
  MAX_IMAGE_BYTES,
} from '../core';
import type { LinkedFileReader } from '../lsp/linkedFiles';
import type { ServerPlatform } from '../lsp/platform';
import { ReadFileRequest } from '../lsp/protocol';
import { editorRubricFiles, fromBase64 } from '../lsp/rubricSource';
import { EDITOR_PROJECT_CONFIG } from '../lsp/editorConfig';
import { sameUri } from '../lsp/uris';
import { isInsideFolders } from '../lsp/uriScope';
import { type BundleLoader, webBundleLoader } from './bundles';

const WEB_PLATFORM = {
  rubricSource: editorRubricFiles,
  projectConfig: EDITOR_PROJECT_CONFIG,
  sameFile: sameUri,
  images:
    (documentUri, connection, workspaceFolderUris, messages): ImageReader =>
    async (path) => {
      const outside = { refused: messages.t('view.image.outside'), outside: true };
      if (hasUriScheme(path)) return null; // only images beside the submission
      if (isNetworkPath(path)) return { refused: messages.t('view.image.networkShare'), outside: true };
      if (isWindowsDrivePath(path)) return outside;
      const uri = new URL(encodeURI(path), documentUri).toString();
      // Only from the submission's folder or a workspace folder: the client reads nothing else either.
      const folders = [documentUri.replace(/[^/]*$/, ''), ...workspaceFolderUris];
      if (!isInsideFolders(uri, folders)) return outside;
      const answer = await connection
        .sendRequest(ReadFileRequest, { uri, maxBytes: MAX_IMAGE_BYTES })
        .catch(() => null);
      return answer?.content ? fromBase64(answer.content) : null;
    },
} satisfies Omit<ServerPlatform, 'wordReader' | 'exporter' | 'importer' | 'linkedFiles' | 'pdfText'>;

/** The platform of the server on `connection`, which loads its bundles through that connection's client. */
export function webPlatform(connection: Connection): ServerPlatform {
  const bundle = webBundleLoader(connection);
  return {
    ...WEB_PLATFORM,
    wordReader: () => bundle('word-reader'),
    exporter: () => bundle('exporter'),
    importer: () => bundle('importer'),
    // In the worker itself, as the Word reader is: without the time limit of Node's reader thread.
    pdfText: async (bytes) => (await bundle('pdf-reader')).pdfRequirementText(bytes),
    linkedFiles: (linked) => editorLinkedFiles(linked, bundle),
  };
}

/** Files the client hands the worker whole (it cannot read a range): a larger recording keeps its written length. */
const MAX_WEB_EVIDENCE_BYTES = 64 * 1024 * 1024;

/** A submission's linked files, read through the client, from its folder or a workspace folder only. */
function editorLinkedFiles(connection: Connection, bundle: BundleLoader): LinkedFileReader {
  return async (documentUri, paths, workspaceFolderUris, log) => {
    const found = new Map<string, FileFacts>();
    const folders = [documentUri.replace(/[^/]*$/, ''), ...workspaceFolderUris];
    for (const path of paths) {
      if (/^[\\/]/.test(path) || /^[a-z]:[\\/]/i.test(path)) continue; // absolute: only beside the submission
      const uri = Utils.joinPath(Utils.dirname(URI.parse(documentUri)), path).toString();
      if (!isInsideFolders(uri, folders)) continue;
      const answer = await connection
        .sendRequest(ReadFileRequest, { uri, maxBytes: MAX_WEB_EVIDENCE_BYTES })
        .catch(() => null);
      if (!answer) continue;
      if (answer.exists === false) found.set(path, { exists: false });
      else if (answer.content === null) {
        const size = answer.size === undefined ? '' : ` (${Math.round(answer.size / 1048576)} MB)`;
        log(`${path} is not read in the browser${size}: files over 64 MB keep their written facts.`);
        found.set(path, { exists: true });
      } else {
        const name = path.slice(path.lastIndexOf('/') + 1);
        const { readEvidence, bytesSource } = await bundle('media-reader');
        const read = await readEvidence(bytesSource(fromBase64(answer.content)), name).catch((error: Error) => {
          log(`${path} could not be read (${error.message}); its written facts stand.`);
          return {};
        });
        found.set(path, { exists: true, ...read });
      }
    }
    return found;
  };
}
