/**
 * Where the server's user rubric files come from: the disk (the Node server walks the workspace
 * folders itself) or the editor (a server in a browser asks its client, which reads them through
 * the editor's file system). Either way the same loader checks them.
 */
import type { Connection } from 'vscode-languageserver';
import {
  fileProblem,
  loadRubricBytes,
  type Locale,
  MAX_RUBRIC_BYTES,
  type Messages,
  messagesFor,
  rubricTooLarge,
  type LoadedRubric,
} from '../core';
import { type EditorRubricFile, RubricFilesRequest } from './protocol';
import { rubricKey } from './uris';

export interface RubricFile {
  /** A local path, or the file's URI when it is not on the local disk. */
  path: string;
  loaded: LoadedRubric;
  /** 1 for a file found only through a project config's `rubricPaths`: it yields to the others on a clash. */
  rank?: number;
}

export interface RubricSearch {
  /** The workspace folders on the local disk, as paths. */
  workspaceFolders: readonly string[];
  /** The `rubricWriter.rubricPaths` setting. */
  rubricPaths: readonly string[];
  /** The `rubricPaths` of the project configs read, absolute (none where no config is read). */
  configRubricPaths: readonly string[];
  /** The writer's language: the files' problems are said in it. */
  locale: Locale;
}

export interface FoundRubrics {
  files: RubricFile[];
  /** Set when a limit stopped the search, saying which. */
  stopped: string | null;
}

export type RubricSource = (search: RubricSearch, connection: Connection) => Promise<FoundRubrics>;

/** As many rubric files as the disk walk reads at most. */
export const MAX_EDITOR_RUBRIC_FILES = 500;

/** Rubric files found and read by the client (`rubricWriter/rubricFiles`). */
export const editorRubricFiles: RubricSource = async (search, connection) => {
  const answer = await connection.sendRequest(RubricFilesRequest, {
    rubricPaths: [...search.rubricPaths],
    configRubricPaths: [...search.configRubricPaths],
    maxFiles: MAX_EDITOR_RUBRIC_FILES,
    maxBytes: MAX_RUBRIC_BYTES,
  });
  if (!answer || !Array.isArray(answer.files)) return { files: [], stopped: null };
  return {
    // Known by the same key as the editor's open rubric files and watched-file events.
    files: answer.files.map((file) => ({
      path: rubricKey(file.uri),
      loaded: loadEditorFile(file, messagesFor(search.locale)),
      ...(file.fromConfig ? { rank: 1 } : {}),
    })),
    stopped: typeof answer.stopped === 'string' ? answer.stopped : null,
  };
};

function loadEditorFile(file: EditorRubricFile, messages: Messages): LoadedRubric {
  if (file.error) return fileProblem(messages.t('rubric-file.unreadableWhy', { detail: file.error }));
  if (file.content === null) return fileProblem(rubricTooLarge(file.size, messages));
  return loadRubricBytes(fromBase64(file.content), messages);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
