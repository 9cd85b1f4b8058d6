/**
 * The language server in a web worker: no disk. The client reads the rubric files and a
 * submission's images through the editor's file system; no project config is read.
 */
import type { ImageReader } from '../core';
import { NO_PROJECT_CONFIG, type ServerPlatform } from '../lsp/platform';
import { ReadFileRequest } from '../lsp/protocol';
import { editorRubricFiles, fromBase64 } from '../lsp/rubricSource';

/** As large an image as an export embeds when the editor reads it. */
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

export const WEB_PLATFORM: ServerPlatform = {
  rubricFiles: editorRubricFiles,
  projectConfig: NO_PROJECT_CONFIG,
  images:
    (documentUri, connection): ImageReader =>
    async (path) => {
      if (/^[a-z][a-z0-9+.-]+:/i.test(path)) return null; // only images beside the submission
      const uri = new URL(encodeURI(path), documentUri).toString();
      const answer = await connection
        .sendRequest(ReadFileRequest, { uri, maxBytes: MAX_IMAGE_BYTES })
        .catch(() => null);
      return answer?.content ? fromBase64(answer.content) : null;
    },
};
