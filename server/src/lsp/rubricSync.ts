/**
 * The workspace's rubric files: found by the rubric source (off the request path: the server answers
 * while it looks), or read from the editor while open, with their problems published as diagnostics.
 */
import type { FileEvent } from 'vscode-languageserver';
import { loadRubricText, messagesFor } from '../core';
import type { Checker } from './checking';
import type { ServerContext } from './context';
import { rubricFileDiagnostics } from './diagnostics';
import { editorRubricFiles, type RubricSource } from './rubricSource';
import { keyToUri, rubricKey } from './uris';

export class RubricSync {
  /** Each reload gets a number; a slower, older walk never overwrites a newer one. */
  private generation = 0;
  /** At most one walk runs and one waits: a storm of file changes is one more walk, not one each. */
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(
    private readonly context: ServerContext,
    private readonly checker: Checker,
    private readonly source: RubricSource,
  ) {}

  /** Watched rubric files changed. */
  filesChanged(changes: readonly FileEvent[]): void {
    // Rubric files open in the editor are read from the editor; any other change reloads them all.
    const open = this.context.workspace.openRubricPaths();
    if (changes.some((event) => !open.has(rubricKey(event.uri)))) void this.reload();
  }

  /** Looks for the rubric files again; resolves once a walk that started after this call is done. */
  reload(): Promise<void> {
    if (!this.running) {
      this.running = this.walk().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = null;
      return this.reload();
    });
    return this.queued;
  }

  private async walk(): Promise<void> {
    const generation = ++this.generation;
    const { workspace } = this.context;
    const source = this.context.client.readsRubricFiles ? editorRubricFiles : this.source;
    const found = await source(
      {
        workspaceFolders: workspace.folders,
        rubricPaths: workspace.settings.rubricPaths,
        configRubricPaths: workspace.configRubricPaths(),
        locale: workspace.locale,
      },
      this.context.connection,
    ).catch((error: Error) => {
      this.context.log(`could not look for rubric files: ${error.message}`);
      return null;
    });
    if (generation !== this.generation || !found) return;
    const { files, stopped } = found;
    if (stopped) this.context.log(`the search for rubric files ${stopped}; the rest were not read`);
    this.publish(workspace.setDiskRubricFiles(files));
    this.checker.recheckAll();
  }

  /** A rubric file as the editor has it now (opened or changed), or null when the editor closed it. */
  edited(uri: string, text: string | null): void {
    const path = rubricKey(uri);
    if (text === null) {
      this.context.workspace.setOpenRubricFile(path, null);
      void this.reload();
      return;
    }
    this.context.workspace.setOpenRubricFile(path, loadRubricText(text, messagesFor(this.context.workspace.locale)));
    this.publish([path]);
    this.checker.recheckAll();
  }

  private publish(paths: Iterable<string>): void {
    for (const path of paths) {
      const loaded = this.context.workspace.loadedRubricFiles.get(path);
      void this.context.connection.sendDiagnostics({
        uri: keyToUri(path),
        diagnostics: loaded ? rubricFileDiagnostics(loaded) : [],
      });
    }
  }
}
