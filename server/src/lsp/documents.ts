/**
 * Open documents, kept in sync from the client's incremental changes. Unlike the library's
 * TextDocuments, it hands each change on as an offset edit, so a document's analysis can re-split
 * only what the change touched.
 */
import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

export interface DocumentEvents {
  opened(document: TextDocument): void;
  /** `edits` are in order, each in offsets of the text the previous one left; null for a full replacement. */
  changed(document: TextDocument, edits: OffsetEdit[] | null): void;
  saved(document: TextDocument): void;
  closed(uri: string): void;
}

export class OpenDocuments {
  private readonly documents = new Map<string, TextDocument>();

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return [...this.documents.values()];
  }

  listen(connection: Connection, events: DocumentEvents): void {
    connection.onDidOpenTextDocument(({ textDocument: t }) => {
      const document = TextDocument.create(t.uri, t.languageId, t.version, t.text);
      this.documents.set(t.uri, document);
      events.opened(document);
    });
    connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      const document = this.documents.get(textDocument.uri);
      if (!document) return;
      let edits: OffsetEdit[] | null = [];
      for (const change of contentChanges as TextDocumentContentChangeEvent[]) {
        if ('range' in change) {
          const start = document.offsetAt(change.range.start);
          const end = document.offsetAt(change.range.end);
          edits?.push({ start, end: Math.max(start, end), text: change.text });
        } else edits = null;
        TextDocument.update(document, [change], textDocument.version);
      }
      events.changed(document, edits);
    });
    connection.onDidSaveTextDocument(({ textDocument }) => {
      const document = this.documents.get(textDocument.uri);
      if (document) events.saved(document);
    });
    connection.onDidCloseTextDocument(({ textDocument }) => {
      this.documents.delete(textDocument.uri);
      events.closed(textDocument.uri);
    });
  }
}
