/**
 * Open documents, kept in sync from the client's incremental changes.
 *
 * A submission's text lives only in its analyzer's blocks: a change becomes an offset edit that
 * re-splits what it touched, and no copy of the whole text is made per keystroke (the library's
 * TextDocument rebuilds the whole string on every change, which at 100,000 words is a megabyte of
 * garbage per key). Rubric files are small and use the library's TextDocument.
 */
import type { Connection, Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyzer, mayNameRubric } from '../core';

/** What the features read of an open document (the library's TextDocument has the same shape). */
export interface EditorDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  getText(range?: Range): string;
  offsetAt(position: Position): number;
  positionAt(offset: number): Position;
}

/**
 * A Markdown document. Until it is known to be a submission (`wake`), its text is kept as the
 * library's TextDocument and never parsed: a large README costs no more than in any editor.
 */
export class SubmissionDocument implements EditorDocument {
  /** Made when the document wakes, from its text: a document never known to be a submission has none. */
  #analyzer: DocumentAnalyzer | null = null;
  /** Changes applied so far: what an analysis is cached by (a client may repeat a version number). */
  changes = 0;
  /** The text while the document is not yet known to be a submission; null once it is analysed. */
  private dormant: TextDocument | null;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.dormant = TextDocument.create(uri, languageId, version, text);
  }

  get awake(): boolean {
    return this.dormant === null;
  }

  /** The document's analyzer (asking for it wakes the document). */
  get analyzer(): DocumentAnalyzer {
    this.wake();
    return this.#analyzer!;
  }

  /** `namesRubric`'s answer and the change count it was read at: every request of a keystroke asks. */
  private named: { changes: number; names: boolean } | null = null;

  /** Whether the front matter may name a rubric (read from the text's start only, once per change). */
  namesRubric(): boolean {
    if (this.named?.changes === this.changes) return this.named.names;
    const { dormant } = this;
    const names = dormant
      ? mayNameRubric((length) => dormant.getText().slice(0, length), dormant.getText().length)
      : mayNameRubric((length) => this.analyzer.textIn(0, length), this.analyzer.length);
    this.named = { changes: this.changes, names };
    return names;
  }

  /** From now on the document is analysed: its text is split into blocks and parsed. */
  wake(): void {
    if (!this.dormant) return;
    this.#analyzer = new DocumentAnalyzer(this.dormant.getText());
    this.dormant = null;
  }

  getText(range?: Range): string {
    if (this.dormant) return this.dormant.getText(range);
    return range ? this.analyzer.textIn(this.offsetAt(range.start), this.offsetAt(range.end)) : this.analyzer.text;
  }

  offsetAt(position: Position): number {
    return this.dormant ? this.dormant.offsetAt(position) : this.analyzer.offsetAt(position);
  }

  positionAt(offset: number): Position {
    return this.dormant ? this.dormant.positionAt(offset) : this.analyzer.positionAt(offset);
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    if (this.dormant) TextDocument.update(this.dormant, [...changes], version);
    else {
      for (const change of changes) {
        if ('range' in change) {
          // A range whose end comes before its start is read the other way round, as the LSP libraries do.
          const [start, end] = [this.offsetAt(change.range.start), this.offsetAt(change.range.end)].sort(
            (a, b) => a - b,
          );
          this.analyzer.applyEdit(start, end, change.text);
        } else this.analyzer.setText(change.text);
      }
    }
    this.version = version;
    this.changes++;
  }
}

export type OpenDocument = SubmissionDocument | TextDocument;

export interface DocumentEvents {
  opened(document: OpenDocument): void;
  changed(document: OpenDocument): void;
  saved(document: OpenDocument): void;
  closed(uri: string): void;
}

export class OpenDocuments {
  private readonly documents = new Map<string, OpenDocument>();

  /** `isSubmission` says which documents are analysed; the others are kept as plain text. */
  constructor(private readonly isSubmission: (uri: string) => boolean) {}

  get(uri: string): OpenDocument | undefined {
    return this.documents.get(uri);
  }

  all(): OpenDocument[] {
    return [...this.documents.values()];
  }

  listen(connection: Connection, events: DocumentEvents): void {
    connection.onDidOpenTextDocument(({ textDocument: t }) => {
      const document = this.isSubmission(t.uri)
        ? new SubmissionDocument(t.uri, t.languageId, t.version, t.text)
        : TextDocument.create(t.uri, t.languageId, t.version, t.text);
      this.documents.set(t.uri, document);
      events.opened(document);
    });
    connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      const document = this.documents.get(textDocument.uri);
      if (!document) return;
      if (document instanceof SubmissionDocument) document.update(contentChanges, textDocument.version);
      else TextDocument.update(document, contentChanges, textDocument.version);
      events.changed(document);
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
