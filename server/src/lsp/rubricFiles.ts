/** User rubric files: found in the workspace and in `rubricWriter.rubricPaths`, loaded as data, never run. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadRubricText, type LoadedRubric } from '../core';

export const RUBRIC_FILE = /\.rubric\.ya?ml$/i;
const SKIPPED = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);
const MAX_FILES = 500;
const MAX_BYTES = 1024 * 1024;

/** `*.rubric.yaml` files under the workspace folders, and every YAML file in the rubric paths. */
export function findRubricFiles(folders: readonly string[], rubricPaths: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number, all: boolean) => {
    if (depth > 8 || found.length >= MAX_FILES) return;
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (SKIPPED.has(name) || name.startsWith('.')) continue;
      const path = join(dir, name);
      let isDirectory = false;
      try {
        isDirectory = statSync(path).isDirectory();
      } catch {
        continue;
      }
      if (isDirectory) walk(path, depth + 1, all);
      else if (RUBRIC_FILE.test(name) || (all && /\.ya?ml$/i.test(name))) found.push(path);
    }
  };
  for (const folder of folders) walk(folder, 0, false);
  for (const folder of rubricPaths) walk(folder, 0, true);
  return [...new Set(found)];
}

export function loadRubricFile(path: string): LoadedRubric {
  try {
    const size = statSync(path).size;
    if (size > MAX_BYTES) return problem(`This rubric file is too large (${size} bytes; the limit is 1 MB).`);
    return loadRubricText(readFileSync(path, 'utf8'));
  } catch (error) {
    return problem(`Cannot read this rubric file: ${(error as Error).message}`);
  }
}

const problem = (message: string): LoadedRubric => ({
  rubric: null,
  problems: [
    { message, severity: 'error', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
  ],
});
