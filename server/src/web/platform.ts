/**
 * The language server in a web worker: no disk. The client reads the rubric files, a submission's
 * images and its project config through the editor's file system.
 */
import {
  hasUriScheme,
  htmlToRequirementText,
  type ImageReader,
  importWordDocument,
  isNetworkPath,
  isWindowsDrivePath,
  MAX_IMAGE_BYTES,
} from '../core';
import type { ServerPlatform } from '../lsp/platform';
import { ReadFileRequest } from '../lsp/protocol';
import { editorRubricFiles, fromBase64 } from '../lsp/rubricSource';
import { EDITOR_PROJECT_CONFIG } from '../lsp/editorConfig';
import { sameUri } from '../lsp/uris';
import { isInsideFolders } from '../lsp/uriScope';

export const WEB_PLATFORM: ServerPlatform = {
  rubricSource: editorRubricFiles,
  projectConfig: EDITOR_PROJECT_CONFIG,
  sameFile: sameUri,
  images:
    (documentUri, connection, workspaceFolderUris): ImageReader =>
    async (path) => {
      if (hasUriScheme(path)) return null; // only images beside the submission
      if (isNetworkPath(path)) return { refused: 'it is on a network share', outside: true };
      if (isWindowsDrivePath(path)) return { refused: "it is outside the submission's folder", outside: true };
      const uri = new URL(encodeURI(path), documentUri).toString();
      // Only from the submission's folder or a workspace folder: the client reads nothing else either.
      const folders = [documentUri.replace(/[^/]*$/, ''), ...workspaceFolderUris];
      if (!isInsideFolders(uri, folders)) return { refused: "it is outside the submission's folder", outside: true };
      const answer = await connection
        .sendRequest(ReadFileRequest, { uri, maxBytes: MAX_IMAGE_BYTES })
        .catch(() => null);
      return answer?.content ? fromBase64(answer.content) : null;
    },
  // pdf.js needs Node here; the client says a PDF is read on the desktop only.
  pdfTextRuns: null,
  wordReader: async () => ({ wordToHtml, importWordDocument, htmlToRequirementText }),
};

async function wordToHtml(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return (await mammoth.convertToHtml({ arrayBuffer })).value;
}
