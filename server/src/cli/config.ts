/** `check` and the project config: each file's nearest `.rubric-writer.yaml`, and what it adds. */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { LoadedConfig } from '../core';
import { configForFile, diskConfigFinder } from '../node/projectConfig';
import { STDIN } from './files';

/** A file to check, with what its config says. */
export interface Target {
  file: string;
  associatedRubricId: string | null;
  identifyingTerms: string[];
}

export interface Configured {
  targets: Target[];
  /** The configs' rubric folders, absolute, once each. */
  rubricPaths: string[];
  /** One positioned line per problem of a config file; any of them fails the run. */
  problems: string[];
}

export async function configure(files: readonly string[], stdinName: string | undefined): Promise<Configured> {
  const finder = diskConfigFinder();
  const targets: Target[] = [];
  const rubricPaths = new Set<string>();
  const seen = new Set<LoadedConfig>();
  const problems: string[] = [];
  for (const file of files) {
    // Standard input is placed where --stdin-name says, else in the working folder.
    const path = resolve(file === STDIN ? (stdinName ?? 'stdin.md') : file);
    let loaded: LoadedConfig | null;
    try {
      loaded = await finder.forFile(path);
    } catch (error) {
      problems.push((error as Error).message);
      loaded = null;
    }
    if (loaded && !seen.has(loaded)) {
      seen.add(loaded);
      const shown = relative(process.cwd(), loaded.path) || loaded.path;
      for (const { message, range } of loaded.problems)
        problems.push(`${shown}:${range.start.line + 1}:${range.start.character + 1}: error: ${message}`);
    }
    const config = configForFile(loaded, path);
    if (config.ignored && file !== STDIN) continue;
    for (const folder of config.rubricPaths) {
      if (rubricPaths.has(folder)) continue;
      rubricPaths.add(folder);
      if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory())
        problems.push(`${relative(process.cwd(), loaded!.path)}: error: rubricPaths: ${folder} is no folder`);
    }
    targets.push({ file, associatedRubricId: config.associatedRubricId, identifyingTerms: config.identifyingTerms });
  }
  const folders = [...rubricPaths].filter((folder) => statSync(folder, { throwIfNoEntry: false })?.isDirectory());
  return { targets, rubricPaths: folders, problems };
}
