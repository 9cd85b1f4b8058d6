/**
 * What the server knows: settings, rubrics (built-in and the workspace's), and each open
 * document's latest analysis. Every feature asks `analysisOf`, which re-checks a document at most
 * once per version, reusing the blocks an edit did not touch.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { relative } from 'node:path';
import picomatch from 'picomatch';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyzer, RubricRegistry, type Analysis, type LoadedRubric } from '../core';
import { findRubricFiles, loadRubricFile, RUBRIC_FILE } from './rubricFiles';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { OffsetEdit } from './documents';

interface DocumentState {
  analyzer: DocumentAnalyzer;
  /** The analyzer's text is the document's (kept so edit by edit). */
  synced: boolean;
  version: number;
  analysis: Analysis | null;
}

export class Workspace {
  settings: Settings = DEFAULT_SETTINGS;
  folders: string[] = [];
  registry = new RubricRegistry();
  /** Loaded user rubric files by path: from disk, or from the editor while open. */
  readonly rubricFiles = new Map<string, LoadedRubric & { clash: string | null }>();
  private readonly documents = new Map<string, DocumentState>();
  private associationMatchers: { match: (path: string) => boolean; rubric: string }[] = [];

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.associationMatchers = Object.entries(settings.associations).map(([glob, rubric]) => ({
      match: picomatch(glob, { dot: true, nocase: true, matchBase: !glob.includes('/') }),
      rubric,
    }));
    this.invalidateAll();
  }

  /** Loads every rubric file on disk again; returns the paths it read. */
  reloadRubricFiles(openTexts: ReadonlyMap<string, LoadedRubric>): string[] {
    this.rubricFiles.clear();
    const paths = findRubricFiles(this.folders, this.settings.rubricPaths);
    for (const path of paths) this.rubricFiles.set(path, { ...(openTexts.get(path) ?? loadRubricFile(path)), clash: null });
    for (const [path, loaded] of openTexts) if (!this.rubricFiles.has(path)) this.rubricFiles.set(path, { ...loaded, clash: null });
    this.rebuildRegistry();
    return paths;
  }

  /** A rubric file as the editor has it now. */
  setRubricFile(path: string, loaded: LoadedRubric): void {
    this.rubricFiles.set(path, { ...loaded, clash: null });
    this.rebuildRegistry();
  }

  private rebuildRegistry(): void {
    const registry = new RubricRegistry();
    for (const [path, loaded] of [...this.rubricFiles].sort(([a], [b]) => a.localeCompare(b))) {
      loaded.clash = loaded.rubric ? registry.add(loaded.rubric, path) : null;
    }
    this.registry = registry;
    this.invalidateAll();
  }

  private invalidateAll(): void {
    for (const state of this.documents.values()) state.analysis = null;
  }

  forget(uri: string): void {
    this.documents.delete(uri);
  }

  /** Applies a document's edits to its analyzer (null: the whole text changed). */
  applyEdits(uri: string, edits: readonly OffsetEdit[] | null): void {
    const state = this.documents.get(uri);
    if (!state) return;
    state.analysis = null;
    if (!edits || !state.synced) {
      state.synced = false;
      return;
    }
    for (const edit of edits) state.analyzer.applyEdit(edit.start, edit.end, edit.text);
  }

  /** The document's analysis for its current version. */
  analysisOf(document: TextDocument): Analysis {
    let state = this.documents.get(document.uri);
    if (!state) this.documents.set(document.uri, (state = { analyzer: new DocumentAnalyzer(), synced: false, version: -1, analysis: null }));
    if (state.analysis && state.version === document.version) return state.analysis;
    const text = state.synced ? null : document.getText();
    state.synced = true;
    state.analysis = state.analyzer.analyze(text, {
      registry: this.registry,
      associatedRubricId: this.associatedRubric(document.uri),
      identifyingTerms: this.settings.privacy.identifyingTerms,
    });
    state.version = document.version;
    return state.analysis;
  }

  private associatedRubric(uri: string): string | null {
    if (this.associationMatchers.length === 0) return null;
    const path = uriToPath(uri);
    if (!path) return null;
    const candidates = [path, ...this.folders.map((folder) => relative(folder, path)).filter((p) => !p.startsWith('..'))];
    return this.associationMatchers.find((entry) => candidates.some((candidate) => entry.match(candidate)))?.rubric ?? null;
  }
}

export function uriToPath(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}

export const pathToUri = (path: string) => pathToFileURL(path).toString();
export const isRubricFile = (uri: string) => RUBRIC_FILE.test(uri);
