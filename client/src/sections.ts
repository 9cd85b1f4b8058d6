/** The section tables of open submissions, fetched from the server and refreshed after each check. */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { AnalyzedNotification, SectionsRequest, type SectionsResult } from '../../server/src/lsp/protocol';

export class Sections implements vscode.Disposable {
  private readonly tables = new Map<string, SectionsResult | null>();
  private readonly changed = new vscode.EventEmitter<string>();
  /** Fires with a document URI when its table may have changed. */
  readonly onDidChange = this.changed.event;
  private readonly busy = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly client: BaseLanguageClient) {
    this.disposables.push(
      client.onNotification(AnalyzedNotification, ({ uri }) => {
        this.tables.delete(uri);
        this.changed.fire(uri);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.busy.add(event.document.uri.toString());
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.tables.delete(document.uri.toString())),
    );
  }

  /** Is a check of this document under way (edited since its last table)? */
  isBusy(uri: string): boolean {
    return this.busy.has(uri);
  }

  async get(uri: string): Promise<SectionsResult | null> {
    if (this.tables.has(uri)) return this.tables.get(uri) ?? null;
    try {
      const table = await this.client.sendRequest(SectionsRequest, { textDocument: { uri } });
      this.tables.set(uri, table);
      this.busy.delete(uri);
      return table;
    } catch {
      return null;
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
