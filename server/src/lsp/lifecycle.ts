/** `initialize`, `initialized`, settings and `shutdown`: what the server can do and what it is told. */
import type {
  ClientCapabilities,
  InitializeParams,
  InitializeResult,
  WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import { CodeActionKind, DidChangeConfigurationNotification, TextDocumentSyncKind } from './languageServer';
import { localeOf } from '../core';
import type { ClientSupport, ServerContext } from './context';
import { INSERT_ALL_KIND } from './codeActions';
import { afterPendingMessages } from './checking';
import type { ConfigSync } from './configSync';
import { EDITOR_PROJECT_CONFIG } from './editorConfig';
import type { FileWatchers } from './fileWatchers';
import type { RubricSync } from './rubricSync';
import { type InitializationOptions, readInitializationOptions, readSettings, type Settings } from './settings';
import { uriToPath } from './uris';

declare const __VERSION__: string | undefined;

/** What the lifecycle starts and reloads: the rubric files, the project configs, and the watched files. */
export interface Syncs {
  rubrics: RubricSync;
  configs: ConfigSync;
  watchers: FileWatchers;
}

export function registerLifecycle(context: ServerContext, { rubrics, configs, watchers }: Syncs): void {
  const { connection, workspace } = context;
  let shownProblems = new Set<string>();

  /** Applies the settings; a refused association glob is said once (until it changes), the others apply. */
  function applySettings(settings: Settings): void {
    const problems = workspace.setSettings(settings);
    for (const problem of problems) {
      if (shownProblems.has(problem)) continue;
      context.log(problem);
      void connection.window.showWarningMessage(`Rubric Writer: ${problem}`);
    }
    shownProblems = new Set(problems);
  }

  async function readConfiguration(fallback?: unknown): Promise<void> {
    let raw: unknown = fallback;
    if (context.client.configuration) {
      try {
        raw = await connection.workspace.getConfiguration('rubricWriter');
      } catch (error) {
        context.log(`could not read settings: ${(error as Error).message}`);
      }
    }
    applySettings(readSettings(raw));
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = readInitializationOptions(params.initializationOptions);
    context.client = clientSupport(params.capabilities, options);
    foldersChange = Boolean(params.capabilities.workspace?.workspaceFolders);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace.folderUris = folders;
    workspace.locale = localeOf(params.locale);
    // A client that reads the rubric files for the server reads the project configs too.
    if (options.rubricFilesFromClient) workspace.projectConfig = EDITOR_PROJECT_CONFIG;
    workspace.folders = folders.map(uriToPath).filter((p): p is string => p !== null);
    if (options.settings) applySettings(options.settings);
    // Once the answer is on its way: the client's `initialized` and first `didOpen` take a round trip.
    afterPendingMessages(() => configs.prefetchFolders());
    context.lifecycle = 'running';
    return { capabilities: serverCapabilities(context.client.pullDiagnostics), serverInfo: serverInfo() };
  });

  /** Folders added or removed after start: their configs are read and their rubric files searched. */
  async function foldersChanged(event: WorkspaceFoldersChangeEvent): Promise<void> {
    const removed = new Set(event.removed.map((folder) => folder.uri));
    const folders = [...workspace.folderUris.filter((uri) => !removed.has(uri)), ...event.added.map((f) => f.uri)];
    workspace.setFolders(folders);
    await configs.readFolders();
    watchers.update();
    await rubrics.reload();
  }
  let foldersChange = false;

  connection.onInitialized(async () => {
    if (foldersChange) connection.workspace.onDidChangeWorkspaceFolders((event) => void foldersChanged(event));
    if (context.client.configuration)
      void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    await readConfiguration();
    await configs.readFolders();
    watchers.update();
    await rubrics.reload();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const settings = (change.settings as { rubricWriter?: unknown } | null)?.rubricWriter;
    await readConfiguration(settings);
    watchers.update();
    await rubrics.reload();
  });

  connection.onShutdown(() => {
    context.lifecycle = 'shut down';
  });
}

/** What the client can do and asked for, from its capabilities and initialization options. */
function clientSupport(capabilities: ClientCapabilities, options: InitializationOptions): ClientSupport {
  return {
    // Diagnostics change without an edit (a linked file read, a rubric file saved): pulled only by a
    // client the server can ask to pull again. Neovim 0.10 pulls but cannot be asked: it gets them pushed.
    pullDiagnostics: options.diagnosticMode
      ? options.diagnosticMode === 'pull'
      : Boolean(capabilities.textDocument?.diagnostic && capabilities.workspace?.diagnostics?.refreshSupport),
    configuration: Boolean(capabilities.workspace?.configuration),
    watchesFiles: Boolean(capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration),
    lensRefresh: Boolean(capabilities.workspace?.codeLens?.refreshSupport),
    diagnosticRefresh: Boolean(capabilities.workspace?.diagnostics?.refreshSupport),
    analyzedNotifications: options.analyzedNotifications,
    readsRubricFiles: options.rubricFilesFromClient,
  };
}

function serverCapabilities(pullDiagnostics: boolean): InitializeResult['capabilities'] {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    hoverProvider: true,
    completionProvider: { triggerCharacters: [':', ' ', '#', '-'] },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, INSERT_ALL_KIND] },
    codeLensProvider: { resolveProvider: false },
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    ...(pullDiagnostics
      ? {
          diagnosticProvider: {
            identifier: 'rubric-writer',
            interFileDependencies: false,
            workspaceDiagnostics: false,
          },
        }
      : {}),
  };
}

const serverInfo = () => ({
  name: 'rubric-writer',
  version: typeof __VERSION__ === 'string' ? __VERSION__ : undefined,
});
