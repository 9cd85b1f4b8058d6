/**
 * The language server library's values, imported in this one module. The library is CommonJS with
 * some 300 exports, and the bundle copies all of them into each module that imports it: ten copies
 * cost a start-up about 15 ms. (Its types can be imported anywhere: they are gone from the bundle.)
 */
export {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  ResponseError,
  SymbolKind,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
