/**
 * The project config for open submissions: each document's nearest `.rubric-writer.yaml`, read
 * before the document is first checked and again when a config file changes, and each workspace
 * folder's; a broken config's problems are published on the config file. When the rubric folders
 * the configs name change, the rubric files are loaded again before the submissions are checked.
 */
import type { FileEvent } from 'vscode-languageserver';
import { DiagnosticSeverity } from './languageServer';
import { SOURCE, type ConfigFinder, type LoadedConfig, messagesFor } from '../core';
import type { Checker } from './checking';
import type { ServerContext } from './context';
import type { ProjectConfigReader } from './platform';
import { keyToUri } from './uris';
import { isRubricFile } from './workspace';

export const CONFIG_FILE = /(^|[\\/])\.rubric-writer\.(ya?ml|json)$/;

/** A file in `folder`: the finder looks from a file's folder upward, so any name will do. */
const inFolder = (folder: string) => `${folder.replace(/[\\/]$/, '')}/.rubric-writer.yaml`;

export class ConfigSync {
  private readonly published = new Set<string>();
  private finderOf: { reader: ProjectConfigReader; finder: ConfigFinder | null } | null = null;

  constructor(
    private readonly context: ServerContext,
    private readonly checker: Checker,
    /** Loads the rubric files again (and re-checks every submission) when the configs' rubric folders changed. */
    private readonly rubricPathsChanged: () => Promise<void>,
  ) {}

  /** The writer's language, which the configs' problems are written in. */
  private get messages() {
    return messagesFor(this.context.workspace.locale);
  }

  private get reader(): ProjectConfigReader {
    return this.context.workspace.projectConfig;
  }

  /** The finder for the reader in use (it is the client's once `initialize` says the client reads the files). */
  private get finder(): ConfigFinder | null {
    if (this.finderOf?.reader !== this.reader)
      this.finderOf = {
        reader: this.reader,
        finder: this.reader.finder?.(this.context.connection, this.messages) ?? null,
      };
    return this.finderOf.finder;
  }

  /** A submission opened: its config is read, then it is checked. */
  async opened(uri: string): Promise<void> {
    const before = this.context.workspace.configRubricPaths().join('\n');
    await this.resolve(uri);
    if (this.context.workspace.configRubricPaths().join('\n') !== before) await this.rubricPathsChanged();
    this.checker.schedule(uri);
  }

  /** The workspace folders' configs, read (again); before the rubric files are first loaded. */
  async readFolders(): Promise<void> {
    const configs = new Map<string, LoadedConfig | null>();
    for (const folder of this.folderPaths()) configs.set(folder, await this.find(inFolder(folder)));
    this.context.workspace.setFolderConfigs(configs);
  }

  /**
   * Starts looking for the workspace folders' configs while `initialize` is answered: a submission
   * opened right after finds its folders' part of the search done (the finder keeps each folder's
   * answer). Nothing is sent before the answer: problems are published by `readFolders`, and a
   * client that reads the configs for the server is not asked.
   */
  prefetchFolders(): void {
    if (this.reader.asksClient) return;
    const { finder } = this;
    if (!finder) return;
    const folders = this.folderPaths();
    for (const folder of folders) finder.forFile(inFolder(folder), folders).catch(() => {});
  }

  /** Where the workspace folders are; outside a repository the search stops at the one that holds the file. */
  private folderPaths(): string[] {
    return this.context.workspace.folderUris
      .map((uri) => this.reader.locate(uri))
      .filter((folder): folder is string => folder !== null);
  }

  /** Watched files changed: when a config file is among them, every config is read again. */
  filesChanged(changes: readonly FileEvent[]): void {
    if (!changes.some((change) => CONFIG_FILE.test(change.uri))) return;
    this.finder?.clear();
    const { workspace } = this.context;
    const before = workspace.configRubricPaths().join('\n');
    const uris = this.context.documents
      .all()
      .map((document) => document.uri)
      .filter((uri) => !isRubricFile(uri));
    void Promise.all([this.readFolders(), ...uris.map((uri) => this.resolve(uri))]).then(() =>
      workspace.configRubricPaths().join('\n') !== before ? this.rubricPathsChanged() : this.checker.recheckAll(),
    );
  }

  private async resolve(uri: string): Promise<void> {
    const location = this.reader.locate(uri);
    this.context.workspace.setConfig(uri, location ? await this.find(location) : null);
  }

  /** The nearest config of the file at `location`, its problems published. */
  private async find(location: string): Promise<LoadedConfig | null> {
    if (!this.finder) return null;
    try {
      const loaded = await this.finder.forFile(location, this.folderPaths());
      if (loaded) this.publish(loaded);
      return loaded;
    } catch (error) {
      this.context.log(`could not read the configuration for ${location}: ${(error as Error).message}`);
      return null;
    }
  }

  private publish(loaded: LoadedConfig): void {
    const uri = keyToUri(loaded.path);
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
