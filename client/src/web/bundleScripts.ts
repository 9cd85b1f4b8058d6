/**
 * The bundles the web worker's server loads on first use (the Word reader, the export writers, the
 * media reader): the client reads the named bundle from the extension's dist/ folder and hands over
 * its text, as it does the server's own script; where the editor cannot read that folder (an
 * extension served over HTTP), it hands over the URL, which a worker may load from.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { BundleScriptRequest, WEB_BUNDLES } from '../../../server/src/lsp/protocol';

export function answerBundleRequests(client: BaseLanguageClient, extensionUri: vscode.Uri): vscode.Disposable {
  return client.onRequest(BundleScriptRequest, async ({ name }) => {
    // Only the bundles the server may load: the request names no path.
    if (!WEB_BUNDLES.includes(name)) throw new Error(`no bundle is named ${name}`);
    const uri = vscode.Uri.joinPath(extensionUri, 'dist', `${name}.js`);
    try {
      return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
    } catch (error) {
      if (uri.scheme === 'vscode-remote') throw error;
      return { url: uri.toString(true) };
    }
  });
}
