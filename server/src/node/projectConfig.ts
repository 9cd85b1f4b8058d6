/**
 * The project config on disk, for the CLI and the language server: the nearest
 * `.rubric-writer.yaml` above a file (up to the repository root), and what it says about that file.
 */
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  ConfigFinder,
  configAt,
  MAX_CONFIG_BYTES,
  NOTHING_CONFIGURED,
  type ConfigForFile,
  type LoadedConfig,
} from '../core';

export const diskConfigFinder = () =>
  new ConfigFinder({
    async read(path) {
      const found = await stat(path).catch(() => null);
      if (!found?.isFile()) return null;
      if (found.size > MAX_CONFIG_BYTES) throw new Error(`${path}: too large for a configuration file`);
      return readFile(path, 'utf8');
    },
    isRepositoryRoot: (folder) =>
      stat(join(folder, '.git')).then(
        () => true,
        () => false,
      ),
  });

/** What a (valid) config says about the file at `path`. */
export function configForFile(loaded: LoadedConfig | null, path: string): ConfigForFile {
  if (!loaded) return NOTHING_CONFIGURED;
  const inFolder = relative(loaded.folder, resolve(path)).replace(/\\/g, '/');
  return configAt(loaded, inFolder, (folder) => (isAbsolute(folder) ? folder : join(loaded.folder, folder)));
}
