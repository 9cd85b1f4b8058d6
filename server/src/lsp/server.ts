/** The Rubric Writer language server: connection, documents, and the diagnostics they get. */
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyzer, RubricRegistry, SOURCE, type Analysis, type Diagnostic } from '../core';

const SEVERITY = { error: 1, warning: 2, information: 3 } as const;

export function toLspDiagnostic(diagnostic: Diagnostic): LspDiagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: SOURCE,
    message: diagnostic.message,
    data: { section: diagnostic.section, ...diagnostic.data },
  };
}

export function startServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const registry = new RubricRegistry();
  const analyzers = new Map<string, DocumentAnalyzer>();

  const analyzeDocument = (document: TextDocument): Analysis => {
    let analyzer = analyzers.get(document.uri);
    if (!analyzer) analyzers.set(document.uri, (analyzer = new DocumentAnalyzer()));
    return analyzer.analyze(document.getText(), { registry });
  };

  const publish = (document: TextDocument) => {
    try {
      const analysis = analyzeDocument(document);
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: analysis.diagnostics.map(toLspDiagnostic) });
    } catch (error) {
      connection.console.error(`Rubric Writer could not check ${document.uri}: ${(error as Error).stack ?? error}`);
    }
  };

  connection.onInitialize(() => ({
    capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental },
    serverInfo: { name: 'rubric-writer' },
  }));
  documents.onDidChangeContent((event) => publish(event.document));
  documents.onDidClose((event) => {
    analyzers.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  documents.listen(connection);
  connection.listen();
}

startServer();
