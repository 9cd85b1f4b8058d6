/** `check` and the project config: each file's nearest `.rubric-writer.yaml`, and what it adds. */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { MAX_CONFIG_BYTES, parseConfig, type LoadedConfig } from '../core';
import { configForFile, diskConfigFinder } from '../node/projectConfig';
import { STDIN } from './files';
import { cliMessages } from './locale';
import { UsageError } from './rubrics';

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
  /** Lines to print that do not fail the run (a config file another user owns, left unused). */
  warnings: string[];
}

/** Where the config comes from: searched for (the default), the one `--config` names, or none (`--no-config`). */
export interface ConfigChoice {
  /** `--config FILE`; commander sets it to false for `--no-config`. */
  config?: string | false;
}

/** The options every command that reads the project config takes. */
export const configOptions = () =>
  [
    ['--config <file>', cliMessages().t('cli.help.config')],
    ['--no-config', cliMessages().t('cli.help.noConfig')],
  ] as const;

/** The config named by `--config`, read once for every file; a missing or unreadable one is a usage error. */
function namedConfig(file: string): LoadedConfig {
  const path = resolve(file);
  let text: string;
  try {
    const found = statSync(path);
    if (!found.isFile()) throw new Error(cliMessages().t('cli.config.notFile'));
    if (found.size > MAX_CONFIG_BYTES) throw new Error(cliMessages().t('cli.config.tooLarge'));
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? cliMessages().t('cli.read.noSuchFile') : (error as Error).message;
    throw new UsageError(cliMessages().t('cli.config.cannotRead', { file, reason }));
  }
  return { path, folder: dirname(path), ...parseConfig(text, cliMessages()) };
}

type ConfigSource = { forFile: (path: string, boundaries: readonly string[]) => Promise<LoadedConfig | null> };

function configSource(choice: ConfigChoice, warnings: string[]): ConfigSource {
  if (choice.config === false) return { forFile: async () => null };
  if (choice.config !== undefined) {
    const loaded = namedConfig(choice.config);
    return { forFile: async () => loaded };
  }
  return diskConfigFinder({ skipped: (message) => warnings.push(`warning: ${message}`), messages: cliMessages() });
}

/**
 * Where the search for a file's config stops when no repository holds it: the working folder when
 * the file is in it, else the folder named on the command line that holds it (else its own folder).
 */
function boundariesOf(path: string, namedFolders: readonly string[]): readonly string[] {
  const cwd = process.cwd();
  const inside = (folder: string) => !relative(folder, path).startsWith('..') && !isAbsolute(relative(folder, path));
  return inside(cwd) ? [cwd] : namedFolders;
}

/**
 * Each file's config. `namedFolders` are the folders the command line names (a folder, a glob's
 * fixed start, a file's folder), absolute. Warnings (a config left unused) are added to `problems`
 * only as lines to print: they do not fail the run.
 */
export async function configure(
  files: readonly string[],
  stdinName: string | undefined,
  choice: ConfigChoice = {},
  namedFolders: readonly string[] = [],
  named: ReadonlySet<string> = new Set(),
): Promise<Configured> {
  const warnings: string[] = [];
  const finder = configSource(choice, warnings);
  const targets: Target[] = [];
  const rubricPaths = new Set<string>();
  const seen = new Set<LoadedConfig>();
  const problems: string[] = [];
  for (const file of files) {
    // Standard input is placed where --stdin-name says, else in the working folder.
    const path = resolve(file === STDIN ? (stdinName ?? 'stdin.md') : file);
    let loaded: LoadedConfig | null;
    try {
      loaded = await finder.forFile(path, boundariesOf(path, namedFolders));
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
    if (config.ignored && file !== STDIN) {
      // A file named by its path is not left out silently.
      const shown = relative(process.cwd(), loaded!.path) || loaded!.path;
      if (named.has(file))
        problems.push(cliMessages().t('cli.config.ignores', { file, config: shown, pattern: config.ignored }));
      continue;
    }
    for (const folder of config.rubricPaths) {
      if (rubricPaths.has(folder)) continue;
      rubricPaths.add(folder);
      if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory())
        problems.push(
          cliMessages().t('cli.config.notFolder', { config: relative(process.cwd(), loaded!.path), folder }),
        );
    }
    targets.push({ file, associatedRubricId: config.associatedRubricId, identifyingTerms: config.identifyingTerms });
  }
  const folders = [...rubricPaths].filter((folder) => statSync(folder, { throwIfNoEntry: false })?.isDirectory());
  return { targets, rubricPaths: folders, problems, warnings: [...new Set(warnings)] };
}

/**
 * The config that applies in `folder` (for `new` and `rubrics`, which check no file): its rubric
 * folders, and its problems and warnings as `check` gives them.
 */
export const configInFolder = (folder: string, choice: ConfigChoice = {}): Promise<Configured> =>
  configure([join(resolve(folder), 'submission.md')], undefined, choice, [resolve(folder)]);
