/**
 * The workspace's rubric files: found on disk (off the request path: the server answers while it
 * walks), or read from the editor while open, with their problems published as diagnostics.
 */
import type { FileEvent } from 'vscode-languageserver';
import { loadRubricText } from '../core';
import { loadRubricFiles } from '../node/rubricFiles';
import type { Checker } from './checking';
import type { ServerContext } from './context';
import { rubricFileDiagnostics } from './diagnostics';
import { pathToUri, uriToPath } from './workspace';

export class RubricSync {
  /** Each reload gets a number; a slower, older walk never overwrites a newer one. */
  private generation = 0;

  constructor(
    private readonly context: ServerContext,
    private readonly checker: Checker,
  ) {}

  /** Watched rubric files changed. */
  filesChanged(changes: readonly FileEvent[]): void {
    // Rubric files open in the editor are read from the editor; any other change reloads from disk.
    const open = this.context.workspace.openRubricPaths();
    if (changes.some((event) => !open.has(uriToPath(event.uri) ?? event.uri))) void this.reload();
  }

  async reload(): Promise<void> {
    const generation = ++this.generation;
    const { workspace } = this.context;
    const { files, stopped } = await loadRubricFiles({
      workspaceFolders: workspace.folders,
      rubricPaths: workspace.settings.rubricPaths,
    });
    if (generation !== this.generation) return;
    if (stopped) this.context.log(`the search for rubric files ${stopped}; the rest were not read`);
    this.publish(workspace.setDiskRubricFiles(files));
    this.checker.recheckAll();
  }

  /** A rubric file as the editor has it now (opened or changed), or null when the editor closed it. */
  edited(uri: string, text: string | null): void {
    const path = uriToPath(uri) ?? uri;
    if (text === null) {
      this.context.workspace.setOpenRubricFile(path, null);
      void this.reload();
      return;
    }
    this.context.workspace.setOpenRubricFile(path, loadRubricText(text));
    this.publish([path]);
    this.checker.recheckAll();
  }

  private publish(paths: Iterable<string>): void {
    for (const path of paths) {
      const loaded = this.context.workspace.rubricFiles.get(path);
      void this.context.connection.sendDiagnostics({
        uri: pathToUri(path),
        diagnostics: loaded ? rubricFileDiagnostics(loaded) : [],
      });
    }
  }
}
