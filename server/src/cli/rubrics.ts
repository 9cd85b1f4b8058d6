/** The rubrics a CLI command can name: the built-ins and those in the `--rubrics` folders. */
import { stat } from '../node/files';
import { registryFrom, type RubricRegistry } from '../core';
import { loadRubricFiles, rubricProblemLine } from '../node/rubricFiles';
import { cliLocale, cliMessages } from './locale';

/** A usage or read error: one line on stderr, exit 2. */
export class UsageError extends Error {}

export interface LoadedRegistry {
  registry: RubricRegistry;
  /** One line each, for stderr. */
  problems: string[];
  /** True when a rubric file has an error (warnings alone do not fail a run). */
  failed: boolean;
}

/** The registry with the `--rubrics` folders and those the project configs name (checked when read; theirs yield). */
export async function registryFor(
  folders: readonly string[] = [],
  configFolders: readonly string[] = [],
): Promise<LoadedRegistry> {
  for (const folder of folders) {
    const found = await stat(folder).catch((error: NodeJS.ErrnoException) => error);
    if (found instanceof Error) {
      const reason = found.code === 'ENOENT' ? cliMessages().t('cli.rubricsFolder.noSuchFolder') : found.message;
      throw new UsageError(cliMessages().t('cli.rubricsFolder.cannotRead', { folder, reason }));
    }
    if (!found.isDirectory()) throw new UsageError(cliMessages().t('cli.rubricsFolder.notFolder', { folder }));
  }
  const { files, stopped } = await loadRubricFiles({
    workspaceFolders: [],
    rubricPaths: folders,
    configRubricPaths: configFolders,
    locale: cliLocale(),
  });
  const { registry, clashes } = registryFrom(
    files.map(({ path, loaded, rank }) => ({ path, rubric: loaded.rubric, rank })),
    cliMessages(),
  );
  const problems: string[] = [];
  let failed = false;
  for (const { path, loaded } of files.sort((a, b) => a.path.localeCompare(b.path))) {
    for (const problem of loaded.problems) problems.push(rubricProblemLine(path, problem));
    failed ||= loaded.problems.some((problem) => problem.severity === 'error');
    const clash = clashes.get(path);
    if (clash) problems.push(`${path}: warning: ${clash}`);
  }
  if (stopped) problems.push(cliMessages().t('cli.rubricsFolder.searchStopped', { stopped }));
  return { registry, problems, failed };
}

/** The `--rubrics` option, the same on every command that reads submissions. */
export const rubricsOption = () =>
  [
    '--rubrics <folder>',
    cliMessages().t('cli.help.rubricsOption'),
    (v: string, prev: string[] = []) => [...prev, v],
  ] as const;

export function unknownRubric(registry: RubricRegistry, id: string): UsageError {
  const suggestion = registry.suggest(id);
  return new UsageError(
    suggestion
      ? cliMessages().t('cli.unknownRubricSuggest', { id, suggestion })
      : cliMessages().t('cli.unknownRubric', { id }),
  );
}
