/**
 * The project config where the client reads the files (in a web worker; in a virtual workspace): a
 * submission's nearest `.rubric-writer.yaml`, read by the client through the editor's file system.
 * Locations are URIs; the search goes up their paths and stops at a folder holding `.git`, or at
 * the root of the URI's file system.
 */
import type { Connection } from 'vscode-languageserver';
import { URI, Utils } from 'vscode-uri';
import {
  ConfigFinder,
  configAt,
  MAX_CONFIG_BYTES,
  type Messages,
  NOTHING_CONFIGURED,
  type LoadedConfig,
} from '../core';
import type { ProjectConfigReader } from './platform';
import { ReadFileRequest } from './protocol';
import { fromBase64 } from './rubricSource';

/** Documents without a file system behind them have no folder to look in. */
const NO_FOLDER = new Set(['untitled', 'vscode-notebook-cell', 'output', 'git']);

function editorConfigFinder(connection: Connection, messages: Messages): ConfigFinder {
  const ask = (uri: string, maxBytes: number) =>
    connection.sendRequest(ReadFileRequest, { uri, maxBytes }).catch(() => ({ content: null, exists: false, size: 0 }));
  return new ConfigFinder(
    {
      async read(uri) {
        const answer = await ask(uri, MAX_CONFIG_BYTES);
        if (answer.content !== null) return new TextDecoder().decode(fromBase64(answer.content));
        if (answer.exists && (answer.size ?? 0) > MAX_CONFIG_BYTES)
          throw new Error(messages.t('config.tooLarge', { path: uri }));
        return null;
      },
      async isRepositoryRoot(folder) {
        const path = URI.parse(folder).path;
        if (path === '' || path === '/') return true;
        return (await ask(`${folder}/.git`, 0)).exists === true;
      },
    },
    messages,
  );
}

export const EDITOR_PROJECT_CONFIG: ProjectConfigReader = {
  finder: editorConfigFinder,
  asksClient: true,
  locate: (uri) => {
    try {
      const parsed = URI.parse(uri, true);
      return NO_FOLDER.has(parsed.scheme) ? null : parsed.toString();
    } catch {
      return null;
    }
  },
  forFile(loaded: LoadedConfig | null, location: string) {
    if (!loaded) return NOTHING_CONFIGURED;
    const folder = URI.parse(loaded.folder);
    const prefix = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
    const path = URI.parse(location).path;
    const inFolder = path.startsWith(prefix) ? path.slice(prefix.length) : path;
    // A rubric folder as the client's rubric search takes it: a path on the workspace's file system.
    return configAt(loaded, inFolder, (rubricFolder) =>
      rubricFolder.startsWith('/') ? rubricFolder : Utils.joinPath(folder, rubricFolder).path,
    );
  },
};
