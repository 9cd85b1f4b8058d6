/**
 * The project config for open submissions: each document's nearest `.rubric-writer.yaml`, read
 * before the document is first checked and again when a config file changes; a broken config's
 * problems are published on the config file.
 */
import { DiagnosticSeverity, type FileEvent } from 'vscode-languageserver';
import { SOURCE, type ConfigFinder, type LoadedConfig } from '../core';
import type { Checker } from './checking';
import type { ServerContext } from './context';
import { isRubricFile, pathToUri, uriToPath } from './workspace';

export const CONFIG_FILE = /(^|[\\/])\.rubric-writer\.(ya?ml|json)$/;

export class ConfigSync {
  private readonly finder: ConfigFinder | null;
  private readonly published = new Set<string>();

  constructor(
    private readonly context: ServerContext,
    private readonly checker: Checker,
    finder: (() => ConfigFinder) | null,
  ) {
    this.finder = finder?.() ?? null;
  }

  /** A submission opened: its config is read, then it is checked. */
  async opened(uri: string): Promise<void> {
    await this.resolve(uri);
    this.checker.schedule(uri);
  }

  /** Watched files changed: when a config file is among them, every open submission's config is read again. */
  filesChanged(changes: readonly FileEvent[]): void {
    if (!changes.some((change) => CONFIG_FILE.test(uriToPath(change.uri) ?? change.uri))) return;
    this.finder?.clear();
    const uris = this.context.documents
      .all()
      .map((document) => document.uri)
      .filter((uri) => !isRubricFile(uri));
    void Promise.all(uris.map((uri) => this.resolve(uri))).then(() => this.checker.recheckAll());
  }

  private async resolve(uri: string): Promise<void> {
    const path = uriToPath(uri);
    let loaded: LoadedConfig | null = null;
    if (path && this.finder) {
      try {
        loaded = await this.finder.forFile(path);
      } catch (error) {
        this.context.log(`could not read the configuration for ${path}: ${(error as Error).message}`);
      }
    }
    this.context.workspace.setConfig(uri, loaded);
    if (loaded) this.publish(loaded);
  }

  private publish(loaded: LoadedConfig): void {
    const uri = pathToUri(loaded.path);
    if (loaded.problems.length === 0 && !this.published.has(uri)) return;
    void this.context.connection.sendDiagnostics({
      uri,
      diagnostics: loaded.problems.map((problem) => ({
        range: problem.range,
        severity: DiagnosticSeverity.Error,
        code: 'invalid-config',
        source: SOURCE,
        message: problem.message,
      })),
    });
    if (loaded.problems.length > 0) this.published.add(uri);
    else this.published.delete(uri);
  }
}
