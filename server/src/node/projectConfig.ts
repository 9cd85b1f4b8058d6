/**
 * The project config on disk, for the CLI and the language server: the nearest
 * `.rubric-writer.yaml` above a file (up to the repository root), and what it says about that file.
 */
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { ConfigFinder, type LoadedConfig } from '../core';

export const MAX_CONFIG_BYTES = 256 * 1024;

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

/** Globs as `rubricWriter.associations` reads them: a glob with no `/` matches a file name anywhere below. */
export const globMatcher = (glob: string) =>
  picomatch(glob, { dot: true, nocase: true, matchBase: !glob.includes('/') });

export interface ConfigForFile {
  associatedRubricId: string | null;
  identifyingTerms: string[];
  /** The first of the config's `ignores` that matches the file; null when none does. */
  ignored: string | null;
  /** Its rubric folders, absolute. */
  rubricPaths: string[];
}

const matchers = new Map<string, (path: string) => boolean>();
const matches = (glob: string, path: string) => {
  let match = matchers.get(glob);
  if (!match) matchers.set(glob, (match = globMatcher(glob)));
  return match(path);
};

/** What a (valid) config says about the file at `path`. */
export function configForFile(loaded: LoadedConfig | null, path: string): ConfigForFile {
  const config = loaded?.config;
  if (!loaded || !config) return { associatedRubricId: null, identifyingTerms: [], ignored: null, rubricPaths: [] };
  const inFolder = relative(loaded.folder, resolve(path)).replace(/\\/g, '/');
  const association = Object.entries(config.associations).find(([glob]) => matches(glob, inFolder));
  return {
    associatedRubricId: association?.[1] ?? null,
    identifyingTerms: config.identifyingTerms,
    ignored: config.ignores.find((glob) => matches(glob, inFolder)) ?? null,
    rubricPaths: config.rubricPaths.map((folder) => (isAbsolute(folder) ? folder : join(loaded.folder, folder))),
  };
}
