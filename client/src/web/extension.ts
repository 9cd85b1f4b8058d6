/**
 * Rubric Writer in VS Code for the Web (vscode.dev, github.dev) and in browser-served VS Code
 * (code-server): the same extension, its language server in a web worker. The server cannot read
 * the disk there, so the client reads the workspace's rubric files for it through the editor.
 */
import * as vscode from 'vscode';
import { clientOptions, startRubricWriter, type RubricWriterApi } from '../start';
import { answerBundleRequests } from './bundleScripts';
import { WorkerLanguageClient } from './serverWorker';

export type { RubricWriterApi } from '../start';

export async function activate(context: vscode.ExtensionContext): Promise<RubricWriterApi> {
  const outputChannel = vscode.window.createOutputChannel('Rubric Writer', { log: true });
  const server = vscode.Uri.joinPath(context.extensionUri, 'dist/server-main.js');
  const client = new WorkerLanguageClient('rubricWriter', 'Rubric Writer', clientOptions(outputChannel, true), server);
  context.subscriptions.push(answerBundleRequests(client, context.extensionUri));
  return startRubricWriter(context, client, outputChannel);
}

export function deactivate(): Thenable<void> | undefined {
  return undefined;
}
