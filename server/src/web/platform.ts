/**
 * The language server in a web worker: no disk. The client reads the rubric files, a submission's
 * images and its project config through the editor's file system.
 */
import type { ImageReader } from '../core';
import type { ServerPlatform } from '../lsp/platform';
import { ReadFileRequest } from '../lsp/protocol';
import { editorRubricFiles, fromBase64 } from '../lsp/rubricSource';
import { EDITOR_PROJECT_CONFIG } from '../lsp/editorConfig';
import { sameUri } from '../lsp/workspace';

/** As large an image as an export embeds when the editor reads it. */
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

export const WEB_PLATFORM: ServerPlatform = {
  rubricFiles: editorRubricFiles,
  projectConfig: EDITOR_PROJECT_CONFIG,
  sameFile: sameUri,
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
