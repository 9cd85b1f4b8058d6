/**
 * What the server knows: settings, rubrics (built-in and the workspace's), and each open
 * document's latest analysis. Every feature asks `analysisOf`, which re-checks a document at most
 * once per version, reusing the blocks an edit did not touch.
 */
import { URI } from 'vscode-uri';
import {
  compileGlob,
  messagesFor,
  NOTHING_CONFIGURED,
  registryFrom,
  RUBRIC_FILE,
  RubricRegistry,
  type Analysis,
  type ConfigForFile,
  type LoadedConfig,
  type LoadedRubric,
  type Locale,
} from '../core';
import { uriToPath } from './uris';
import { NO_PROJECT_CONFIG, type ProjectConfigReader } from './platform';
import type { RubricFile } from './rubricSource';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { SubmissionDocument } from './documents';
import type { LinkedFiles } from './linkedFiles';

interface DocumentState {
  document: SubmissionDocument;
  changes: number;
  /** The version of its linked files' facts the analysis used. */
  facts: number;
  analysis: Analysis;
}

/** The whole server state: settings, rubrics, project configs, workspace folders and each open document's analysis. */
export class ServerState {
  settings: Settings = DEFAULT_SETTINGS;
  /** The writer's language (the client's `locale` at initialize): every message the server sends is in it. */
  locale: Locale = 'en';
  /** The workspace folders as the client named them. */
  folderUris: string[] = [];
  /** Those of them on the local disk, as paths. */
  folders: string[] = [];
  registry = new RubricRegistry();
  /** Loaded user rubric files by path: from disk, or from the editor while open. */
  readonly loadedRubricFiles = new Map<string, LoadedRubric & { rank?: number; clash: string | null }>();
  private diskRubrics = new Map<string, LoadedRubric & { rank?: number }>();
  private readonly openRubrics = new Map<string, LoadedRubric>();
  private readonly documents = new Map<string, DocumentState>();
  private associationMatchers: { match: (path: string) => boolean; rubric: string }[] = [];
  /** Each open document's rubric by `rubricWriter.associations`: matched once, not on every keystroke. */
  private readonly associations = new Map<string, string | null>();
  /** Each open submission's project config (`.rubric-writer.yaml`), once read, and what it says about it. */
  private readonly configs = new Map<string, { loaded: LoadedConfig | null; says: ConfigForFile }>();
  /** The project config of each workspace folder (the nearest at or above it), once read. */
  private folderConfigs = new Map<string, LoadedConfig | null>();

  /** What was read from each open submission's linked files (set by the server where files are read). */
  linkedFiles: Pick<LinkedFiles, 'lookup' | 'version'> | null = null;

  /** How project configs are found: where the server runs, or through the client when it reads the files. */
  constructor(public projectConfig: ProjectConfigReader = NO_PROJECT_CONFIG) {}

  /** The workspace folders changed: documents are matched against the association globs again. */
  setFolders(uris: readonly string[]): void {
    this.folderUris = [...new Set(uris)];
    this.folders = this.folderUris.map(uriToPath).filter((p): p is string => p !== null);
    this.associations.clear();
    this.invalidateAll();
  }

  /** Returns one message per glob of `rubricWriter.associations` that is refused (the others apply). */
  setSettings(settings: Settings): string[] {
    this.settings = settings;
    const messages = messagesFor(this.locale);
    const problems: string[] = [];
    this.associationMatchers = [];
    for (const [glob, rubric] of Object.entries(settings.associations)) {
      const compiled = compileGlob(glob, messages);
      if ('match' in compiled) this.associationMatchers.push({ match: compiled.match, rubric });
      else
        problems.push(
          messages.t('view.settings.refusedGlob', { glob, position: compiled.offset + 1, reason: compiled.error }),
        );
    }
    this.associations.clear();
    this.invalidateAll();
    return problems;
  }

  /** The rubric files found on disk; returns the paths whose diagnostics may have changed. */
  setDiskRubricFiles(files: readonly RubricFile[]): string[] {
    const before = [...this.diskRubrics.keys()];
    this.diskRubrics = new Map(files.map(({ path, loaded, rank }) => [path, { ...loaded, rank }]));
    this.rebuildRegistry();
    return [...new Set([...before, ...this.diskRubrics.keys(), ...this.openRubrics.keys()])];
  }

  /** A rubric file as the editor has it now; null when the editor closed it. */
  setOpenRubricFile(path: string, loaded: LoadedRubric | null): void {
    if (loaded) this.openRubrics.set(path, loaded);
    else this.openRubrics.delete(path);
    this.rebuildRegistry();
  }

  openRubricPaths(): ReadonlySet<string> {
    return new Set(this.openRubrics.keys());
  }

  /** The editor's text of a rubric file wins over the disk's; one precedence rule, shared with the CLI. */
  private rebuildRegistry(): void {
    this.loadedRubricFiles.clear();
    for (const [path, loaded] of [...this.diskRubrics, ...this.openRubrics])
      this.loadedRubricFiles.set(path, { ...loaded, rank: this.diskRubrics.get(path)?.rank, clash: null });
    const { registry, clashes } = registryFrom(
      [...this.loadedRubricFiles].map(([path, loaded]) => ({ path, rubric: loaded.rubric, rank: loaded.rank })),
      messagesFor(this.locale),
    );
    for (const [path, clash] of clashes) (this.loadedRubricFiles.get(path) as { clash: string | null }).clash = clash;
    this.registry = registry;
    this.invalidateAll();
  }

  private invalidateAll(): void {
    this.documents.clear();
  }

  forget(uri: string): void {
    this.documents.delete(uri);
    this.configs.delete(uri);
    this.associations.delete(uri);
  }

  setConfig(uri: string, loaded: LoadedConfig | null): void {
    const location = this.projectConfig.locate(uri);
    this.configs.set(uri, {
      loaded,
      says: loaded && location ? this.projectConfig.forFile(loaded, location) : NOTHING_CONFIGURED,
    });
    this.documents.delete(uri);
  }

  setFolderConfigs(configs: ReadonlyMap<string, LoadedConfig | null>): void {
    this.folderConfigs = new Map(configs);
  }

  /** The rubric folders (absolute) named by the project configs read: the workspace folders' and open submissions'. */
  configRubricPaths(): string[] {
    const folders = new Set<string>();
    const submissions = [...this.configs.values()].map((config) => config.loaded);
    for (const loaded of [...this.folderConfigs.values(), ...submissions])
      if (loaded) for (const folder of this.projectConfig.forFile(loaded, loaded.path).rubricPaths) folders.add(folder);
    return [...folders].sort();
  }

  /** The project config whose `ignores` match this open submission, and the matching glob; null when none does. */
  ignoredBy(uri: string): { config: string; glob: string } | null {
    const config = this.configs.get(uri);
    const glob = config?.says.ignored;
    return config?.loaded && glob ? { config: config.loaded.path, glob } : null;
  }

  /** The document's analysis as it is now (checked at most once per change). */
  analysisOf(document: SubmissionDocument): Analysis {
    const state = this.documents.get(document.uri);
    const facts = this.linkedFiles?.version(document.uri) ?? 0;
    if (state && state.document === document && state.changes === document.changes && state.facts === facts)
      return state.analysis;
    // Editor settings override the project config: a matching association, and identifying terms when set.
    const config = this.configs.get(document.uri)?.says ?? NOTHING_CONFIGURED;
    const terms = this.settings.privacy.identifyingTerms;
    const checked = document.analyzer.analyze(null, {
      registry: this.registry,
      associatedRubricId: this.associatedRubric(document.uri) ?? config.associatedRubricId,
      identifyingTerms: terms.length > 0 ? terms : config.identifyingTerms,
      locale: this.locale,
      files: this.linkedFiles?.lookup(document.uri),
    });
    // A file the config ignores is read as no submission: no rubric, no diagnostics, nothing to show.
    const analysis = config.ignored ? { ...checked, rubric: null, sections: [], diagnostics: [], states: [] } : checked;
    this.documents.set(document.uri, { document, changes: document.changes, facts, analysis });
    return analysis;
  }

  /** Whether a setting or the document's project config gives it a rubric. */
  associates(uri: string): boolean {
    return this.associatedRubric(uri) !== null || Boolean(this.configs.get(uri)?.says.associatedRubricId);
  }

  private associatedRubric(uri: string): string | null {
    let rubric = this.associations.get(uri);
    if (rubric === undefined) this.associations.set(uri, (rubric = this.matchAssociation(uri)));
    return rubric;
  }

  private matchAssociation(uri: string): string | null {
    if (this.associationMatchers.length === 0) return null;
    const candidates = [uriToPath(uri) ?? URI.parse(uri).path];
    for (const folder of this.folderUris) {
      const inside = pathInside(folder, uri);
      if (inside !== null) candidates.push(inside);
    }
    return (
      this.associationMatchers.find((entry) => candidates.some((candidate) => entry.match(candidate)))?.rubric ?? null
    );
  }
}

/** The `/`-separated path of `uri` below the folder `folderUri`, or null when it is not inside it. */
function pathInside(folderUri: string, uri: string): string | null {
  const folder = URI.parse(folderUri);
  const file = URI.parse(uri);
  if (folder.scheme !== file.scheme || folder.authority !== file.authority) return null;
  const prefix = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return file.path.startsWith(prefix) ? file.path.slice(prefix.length) : null;
}

export const isRubricFile = (uri: string) => RUBRIC_FILE.test(uri);
