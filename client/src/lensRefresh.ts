/**
 * The lenses follow the newest analysis: after each check of a submission that is shown (a rubric
 * or settings change re-checks it without an edit), and when it is shown again after checks made
 * while it was hidden, VS Code is asked for its lenses again. The server's own refresh request
 * comes before its re-checks; this one comes after, so a lens is never a rubric change behind.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Sections } from './sections';

/** How long after an editor is shown again its lenses are asked for a second time. */
const SETTLE_MS = 750;

export function refreshLensesAfterChecks(client: BaseLanguageClient, sections: Sections): vscode.Disposable {
  const checkedWhileHidden = new Set<string>();
  const shown = (uri: string) =>
    vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri)?.document;
  const refresh = (document: vscode.TextDocument) =>
    client.getFeature('textDocument/codeLens').getProvider(document)?.onDidChangeCodeLensEmitter.fire();
  return vscode.Disposable.from(
    sections.onDidChange((uri) => {
      const document = shown(uri);
      if (document) refresh(document);
      else checkedWhileHidden.add(uri);
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const { document } of editors) {
        if (!checkedWhileHidden.delete(document.uri.toString())) continue;
        refresh(document);
        // The lenses VS Code fetches as an editor is shown are dropped when the focus moves on at once
        // (to the checklist, say), leaving the cached ones: ask again once the editor has settled.
        setTimeout(() => {
          const stillShown = shown(document.uri.toString());
          if (stillShown) refresh(stillShown);
        }, SETTLE_MS);
      }
    }),
    vscode.workspace.onDidCloseTextDocument((document) => checkedWhileHidden.delete(document.uri.toString())),
  );
}
