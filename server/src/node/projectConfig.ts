/**
 * The project config on disk, for the CLI and the language server: the nearest
 * `.rubric-writer.yaml` above a file (up to the repository root, or the folder the search is
 * bounded by), and what it says about that file. A config file another user owns is never used:
 * anyone can leave one in a shared folder such as `/tmp`.
 */
import { readFile, stat } from './files';
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  ConfigFinder,
  configAt,
  ENGLISH,
  type Messages,
  MAX_CONFIG_BYTES,
  NOTHING_CONFIGURED,
  type ConfigForFile,
  type LoadedConfig,
} from '../core';

export interface DiskConfigOptions {
  /** Told of each config file left unused, and why (one line). */
  skipped?: (message: string) => void;
  /** The user whose files are used; the process's own unless given. */
  uid?: number;
  /** The language of the configs' problems (English unless given). */
  messages?: Messages;
}

export const diskConfigFinder = ({ skipped, uid = process.getuid?.(), messages = ENGLISH }: DiskConfigOptions = {}) =>
  new ConfigFinder(
    {
      async read(path) {
        const found = await stat(path).catch(() => null);
        if (!found?.isFile()) return null;
        if (uid !== undefined && found.uid !== uid) {
          skipped?.(messages.t('config.otherUsers', { path }));
          return null;
        }
        if (found.size > MAX_CONFIG_BYTES) throw new Error(messages.t('config.tooLarge', { path }));
        return readFile(path, 'utf8');
      },
      isRepositoryRoot: (folder) =>
        stat(join(folder, '.git')).then(
          () => true,
          () => false,
        ),
    },
    messages,
  );

/** What a (valid) config says about the file at `path`. */
export function configForFile(loaded: LoadedConfig | null, path: string): ConfigForFile {
  if (!loaded) return NOTHING_CONFIGURED;
  const inFolder = relative(loaded.folder, resolve(path)).replace(/\\/g, '/');
  return configAt(loaded, inFolder, (folder) => (isAbsolute(folder) ? folder : join(loaded.folder, folder)));
}
