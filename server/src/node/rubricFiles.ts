/**
 * Finding and reading user rubric files on disk, the same way for the CLI (`--rubrics`) and the
 * language server (workspace folders, `rubricWriter.rubricPaths`): the same limits, messages and
 * precedence. The walk never follows a symlinked folder, visits each folder once, stops at a fixed
 * number of folders and files, and awaits every read so that a server stays responsive while it walks.
 */
import { readdir, readFile, realpath, stat } from './files';
import { join, sep } from 'node:path';
import {
  CONFIG_FILE_NAMES,
  fileProblem,
  ENGLISH,
  loadRubricBytes,
  type Locale,
  type Messages,
  messagesFor,
  MAX_RUBRIC_BYTES,
  RUBRIC_FILE,
  rubricTooLarge,
  type LoadedRubric,
  type RubricProblem,
} from '../core';

export { RUBRIC_FILE };
const YAML_FILE = /\.ya?ml$/i;
const HEAVY_FOLDERS = new Set(['node_modules', 'dist', 'out', 'build', 'coverage', 'target', 'vendor']);

export const SEARCH_LIMITS = { depth: 8, folders: 2000, files: 500 } as const;

export interface RubricSearch {
  /** Searched for `*.rubric.yaml` files. */
  workspaceFolders: readonly string[];
  /** Folders the user named: every YAML file in them is a rubric file. */
  rubricPaths: readonly string[];
  /** Folders a project config names: read the same way, but their rubrics yield to the others' (rank 1). */
  configRubricPaths?: readonly string[];
  /** The language of the files' problems (English when not given). */
  locale?: Locale;
}

export interface FoundRubricFiles {
  paths: string[];
  /** The rank of each path (1 when found only through a config's folder). */
  ranks: Map<string, number>;
  /** Set when a limit stopped the search, saying which. */
  stopped: string | null;
}

interface Visit {
  dir: string;
  real: string;
  depth: number;
  all: boolean;
  rank: number;
}

export async function findRubricFiles(search: RubricSearch): Promise<FoundRubricFiles> {
  const roots: Visit[] = [];
  for (const [dirs, all, rank] of [
    [search.workspaceFolders, false, 0],
    [search.rubricPaths, true, 0],
    [search.configRubricPaths ?? [], true, 1],
  ] as const) {
    for (const dir of dirs) {
      const real = await realpath(dir).catch(() => null);
      if (real) roots.push({ dir, real, depth: 0, all, rank });
    }
  }
  const realRoots = roots.map((root) => root.real);
  const found = new Map<string, number>();
  const messages = messagesFor(search.locale);
  const stop = (stopped: string) => ({ paths: [...found.keys()], ranks: found, stopped });
  const visited = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const visit = queue.shift() as Visit;
    if (visited.has(visit.real)) continue;
    if (visited.size >= SEARCH_LIMITS.folders)
      return stop(messages.t('rubric-search.stoppedFolders', { count: SEARCH_LIMITS.folders }));
    visited.add(visit.real);
    const entries = await readdir(visit.dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(visit.dir, entry.name);
      // A project config in a rubric folder is no rubric file.
      const wanted =
        RUBRIC_FILE.test(entry.name) ||
        (visit.all && YAML_FILE.test(entry.name) && !(CONFIG_FILE_NAMES as readonly string[]).includes(entry.name));
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || HEAVY_FOLDERS.has(entry.name) || visit.depth >= SEARCH_LIMITS.depth) continue;
        queue.push({ ...visit, dir: path, real: join(visit.real, entry.name), depth: visit.depth + 1 });
      } else if (wanted && (entry.isFile() || (entry.isSymbolicLink() && (await linksInside(path, realRoots))))) {
        found.set(path, visit.rank);
        if (found.size >= SEARCH_LIMITS.files)
          return stop(messages.t('rubric-search.stoppedFiles', { count: SEARCH_LIMITS.files }));
      }
    }
  }
  return { paths: [...found.keys()], ranks: found, stopped: null };
}

/** A symlinked file is read only when it points to a file inside one of the searched folders. */
async function linksInside(path: string, realRoots: readonly string[]): Promise<boolean> {
  const target = await realpath(path).catch(() => null);
  if (!target || !(await stat(target).catch(() => null))?.isFile()) return false;
  return realRoots.some((root) => target === root || target.startsWith(root.endsWith(sep) ? root : root + sep));
}

export async function readRubricFile(path: string, messages: Messages = ENGLISH): Promise<LoadedRubric> {
  try {
    const size = (await stat(path)).size;
    if (size > MAX_RUBRIC_BYTES) return fileProblem(rubricTooLarge(size, messages));
    return loadRubricBytes(await readFile(path), messages);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? messages.t('rubric-file.noSuchFile') : (error as Error).message;
    return fileProblem(messages.t('rubric-file.unreadableWhy', { detail }));
  }
}

export interface RubricFile {
  path: string;
  loaded: LoadedRubric;
  /** 1 for a file found only through a project config's folder: its rubric yields to the others' on a clash. */
  rank?: number;
}

/** Every rubric file the search finds, read; one broken file never stops the others. */
export async function loadRubricFiles(search: RubricSearch): Promise<{ files: RubricFile[]; stopped: string | null }> {
  const { paths, ranks, stopped } = await findRubricFiles(search);
  const files: RubricFile[] = [];
  const messages = messagesFor(search.locale);
  for (const path of paths)
    files.push({ path, loaded: await readRubricFile(path, messages), rank: ranks.get(path) ?? 0 });
  return { files, stopped };
}

/** One line per problem, as compilers print them: `path:line:column: severity: message`. */
export const rubricProblemLine = (path: string, problem: RubricProblem) =>
  `${path}:${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${problem.severity}: ` +
  `${problem.message}`;
