/**
 * The Rubric Writer language server: connection, documents and settings, wired to one small
 * module per feature. Transport from argv: --stdio, --node-ipc or --socket=PORT.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { loadRubricText, type LoadedRubric } from '../core';
import { codeActions, INSERT_ALL_KIND, insertSectionEdit } from './codeActions';
import { codeLenses } from './codeLens';
import { completions } from './completion';
import { rubricFileDiagnostics, submissionDiagnostics } from './diagnostics';
import { hover } from './hover';
import {
  AnalyzedNotification,
  InsertSectionRequest,
  PlainTextRequest,
  RubricMarkdownRequest,
  RubricsRequest,
  SectionsRequest,
  TemplateRequest,
} from './protocol';
import { markdownFor, plainText, rubricInfos, sectionsResult, templateFor } from './requests';
import { readSettings } from './settings';
import { OpenDocuments, SubmissionDocument } from './documents';
import { documentSymbols, foldingRanges } from './symbols';
import { isRubricFile, pathToUri, uriToPath, Workspace } from './workspace';

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new OpenDocuments((uri) => !isRubricFile(uri));
  const workspace = new Workspace();
  const openRubrics = new Map<string, LoadedRubric>();
  const published = new Set<string>();
  let pullDiagnostics = false;
  let clientConfiguration = false;
  let clientWatchesFiles = false;
  let lensRefresh = false;
  let diagnosticRefresh = false;
  let analyzedNotifications = false;

  const log = (message: string) => connection.console.error(`[rubric-writer] ${message}`);

  /** Runs a handler so that a failure is logged and answered with an error, and the server lives on. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  function guard<P, R>(name: string, handler: (params: P) => R): (params: P) => R | ResponseError<any> {
    return (params) => {
      try {
        return handler(params);
      } catch (error) {
        log(`${name} failed: ${(error as Error).stack ?? error}`);
        return new ResponseError(
          ErrorCodes.InternalError,
          `Rubric Writer: ${name} failed: ${(error as Error).message}`,
        );
      }
    };
  }

  const submission = (uri: string) => {
    const document = documents.get(uri);
    return document instanceof SubmissionDocument ? { document, analysis: workspace.analysisOf(document) } : null;
  };

  /** A guarded handler for requests about one document: `none` when it is no open submission. */
  function onSubmission<P extends { textDocument: { uri: string } }, R>(
    name: string,
    none: R,
    handler: (found: NonNullable<ReturnType<typeof submission>>, params: P) => R,
  ) {
    return guard(name, (params: P) => {
      const found = submission(params.textDocument.uri);
      return found ? handler(found, params) : none;
    });
  }

  // Checking: a burst of changes queues each document once; the check reads its newest version.
  const queued = new Set<string>();
  let flushScheduled = false;
  function schedule(uri: string): void {
    queued.add(uri);
    if (flushScheduled) return;
    flushScheduled = true;
    setImmediate(flush);
  }
  function flush(): void {
    flushScheduled = false;
    const uris = [...queued];
    queued.clear();
    for (const uri of uris) {
      try {
        const found = submission(uri);
        if (!found) continue;
        const { document, analysis } = found;
        if (!pullDiagnostics && (analysis.rubric || analysis.diagnostics.length > 0 || published.has(uri))) {
          void connection.sendDiagnostics({
            uri,
            version: document.version,
            diagnostics: submissionDiagnostics(analysis),
          });
          published.add(uri);
        }
        if (analyzedNotifications)
          void connection.sendNotification(AnalyzedNotification, { uri, version: document.version });
      } catch (error) {
        log(`could not check ${uri}: ${(error as Error).stack ?? error}`);
      }
    }
  }

  function recheckAll(): void {
    for (const document of documents.all()) if (!isRubricFile(document.uri)) schedule(document.uri);
    if (pullDiagnostics && diagnosticRefresh) void connection.languages.diagnostics.refresh();
    if (lensRefresh) void connection.sendRequest('workspace/codeLens/refresh');
  }

  function publishRubricFiles(paths: Iterable<string>): void {
    for (const path of paths) {
      const loaded = workspace.rubricFiles.get(path);
      void connection.sendDiagnostics({
        uri: pathToUri(path),
        diagnostics: loaded ? rubricFileDiagnostics(loaded) : [],
      });
    }
  }

  function reloadRubrics(): void {
    const paths = workspace.reloadRubricFiles(openRubrics);
    publishRubricFiles(new Set([...paths, ...openRubrics.keys()]));
    recheckAll();
  }

  async function readConfiguration(fallback?: unknown): Promise<void> {
    let raw: unknown = fallback;
    if (clientConfiguration) {
      try {
        raw = await connection.workspace.getConfiguration('rubricWriter');
      } catch (error) {
        log(`could not read settings: ${(error as Error).message}`);
      }
    }
    workspace.setSettings(readSettings(raw));
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    const options = (params.initializationOptions ?? {}) as {
      diagnosticMode?: 'push' | 'pull';
      analyzedNotifications?: boolean;
      settings?: unknown;
    };
    analyzedNotifications = options.analyzedNotifications === true;
    pullDiagnostics = options.diagnosticMode
      ? options.diagnosticMode === 'pull'
      : Boolean(capabilities.textDocument?.diagnostic);
    clientConfiguration = Boolean(capabilities.workspace?.configuration);
    clientWatchesFiles = Boolean(capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    lensRefresh = Boolean(capabilities.workspace?.codeLens?.refreshSupport);
    diagnosticRefresh = Boolean(capabilities.workspace?.diagnostics?.refreshSupport);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace.folders = folders.map(uriToPath).filter((p): p is string => p !== null);
    if (options.settings !== undefined) workspace.setSettings(readSettings(options.settings));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ' ', '#'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, INSERT_ALL_KIND] },
        codeLensProvider: { resolveProvider: false },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        ...(pullDiagnostics
          ? {
              diagnosticProvider: {
                identifier: 'rubric-writer',
                interFileDependencies: false,
                workspaceDiagnostics: false,
              },
            }
          : {}),
      },
      serverInfo: { name: 'rubric-writer', version: typeof __VERSION__ === 'string' ? __VERSION__ : undefined },
    };
  });

  connection.onInitialized(async () => {
    if (clientConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    if (clientWatchesFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/*.rubric.{yaml,yml}' },
          ...workspace.settings.rubricPaths.map((p) => ({ globPattern: `${p}/**/*.{yaml,yml}` })),
        ],
      });
    }
    await readConfiguration();
    reloadRubrics();
  });

  connection.onDidChangeConfiguration(async (change) => {
    const settings = (change.settings as { rubricWriter?: unknown } | null)?.rubricWriter;
    await readConfiguration(settings);
    reloadRubrics();
  });

  connection.onDidChangeWatchedFiles((change) => {
    // Rubric files open in the editor are read from the editor; any other change reloads from disk.
    if (change.changes.some((event) => !openRubrics.has(uriToPath(event.uri) ?? event.uri))) reloadRubrics();
  });

  function rubricFileChanged(uri: string, text: string): void {
    const path = uriToPath(uri) ?? uri;
    const loaded = loadRubricText(text);
    openRubrics.set(path, loaded);
    workspace.setRubricFile(path, loaded);
    publishRubricFiles([path]);
    recheckAll();
  }

  documents.listen(connection, {
    opened(document) {
      if (isRubricFile(document.uri)) rubricFileChanged(document.uri, document.getText());
      else schedule(document.uri);
    },
    changed(document) {
      if (isRubricFile(document.uri)) return rubricFileChanged(document.uri, document.getText());
      if (workspace.settings.validate.run === 'onType') schedule(document.uri);
    },
    saved(document) {
      if (!isRubricFile(document.uri)) schedule(document.uri);
    },
    closed(uri) {
      if (isRubricFile(uri)) {
        openRubrics.delete(uriToPath(uri) ?? uri);
        reloadRubrics();
        return;
      }
      workspace.forget(uri);
      queued.delete(uri);
      if (published.delete(uri) || !pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
    },
  });

  connection.languages.diagnostics.on(
    guard('diagnostics', (params) => {
      const found = submission(params.textDocument.uri);
      return { kind: DocumentDiagnosticReportKind.Full, items: found ? submissionDiagnostics(found.analysis) : [] };
    }),
  );

  connection.onHover(onSubmission('hover', null, (found, params) => hover(found.analysis, params.position)));

  connection.onCompletion(
    onSubmission('completion', [], (found, params) => {
      const line = found.document.getText({
        start: { line: params.position.line, character: 0 },
        end: params.position,
      });
      return completions(found.analysis, workspace.registry, line, params.position);
    }),
  );

  connection.onCodeAction(
    onSubmission('code actions', [], (found, params) =>
      codeActions(found.document, found.analysis, params.context.diagnostics, params.context.only),
    ),
  );

  connection.onCodeLens(
    onSubmission('code lens', [], (found, params) =>
      workspace.settings.codeLens.enable ? codeLenses(params.textDocument.uri, found.analysis) : [],
    ),
  );

  connection.onDocumentSymbol(onSubmission('document symbols', [], (found) => documentSymbols(found.analysis)));

  connection.onFoldingRanges(onSubmission('folding ranges', [], (found) => foldingRanges(found.analysis)));

  connection.onRequest(
    SectionsRequest,
    onSubmission('sections', null, (found) =>
      sectionsResult(found.document.uri, found.document.version, found.analysis),
    ),
  );

  connection.onRequest(
    PlainTextRequest,
    onSubmission('plain text', null, (found, params) =>
      plainText(found.document.getText(), found.analysis, (p) => found.document.offsetAt(p), params),
    ),
  );

  connection.onRequest(
    RubricsRequest,
    guard('rubrics', () => rubricInfos(workspace.registry)),
  );
  connection.onRequest(
    TemplateRequest,
    guard('template', (params) => templateFor(workspace.registry.get(params.rubric))),
  );
  connection.onRequest(
    RubricMarkdownRequest,
    guard('rubric', (params) => markdownFor(workspace.registry.get(params.rubric))),
  );
  connection.onRequest(
    InsertSectionRequest,
    onSubmission('insert section', null, (found, params) =>
      insertSectionEdit(found.document, found.analysis, params.section),
    ),
  );

  connection.listen();
}

declare const __VERSION__: string | undefined;

process.on('uncaughtException', (error) => {
  process.stderr.write(`[rubric-writer] uncaught: ${error.stack ?? error}\n`);
});

startServer();
