/** Rubric Writer for VS Code: starts the language server and adds what a writer sees around it. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { CODE_CACHE_ARGUMENT, SERVER_NODE_FLAGS } from '../../server/src/lsp/protocol';
import { clientOptions, startRubricWriter, type RubricWriterApi } from './start';

export type { RubricWriterApi } from './start';

export async function activate(context: vscode.ExtensionContext): Promise<RubricWriterApi> {
  const module = context.asAbsolutePath('dist/server.js');
  // The server keeps its compiled code in the extension's own storage, so the next start compiles nothing.
  const args = [`${CODE_CACHE_ARGUMENT}${context.globalStorageUri.fsPath}`];
  const serverOptions: ServerOptions = {
    run: { module, args, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--enable-source-maps', '--inspect=6010'] },
    },
  };
  const outputChannel = vscode.window.createOutputChannel('Rubric Writer', { log: true });
  // The server reads local folders itself; a virtual workspace (e.g. a GitHub repository) only the editor can.
  const virtual = vscode.workspace.workspaceFolders?.some((folder) => folder.uri.scheme !== 'file') ?? false;
  const client = new LanguageClient(
    'rubricWriter',
    'Rubric Writer',
    serverOptions,
    clientOptions(outputChannel, virtual),
  );
  return startRubricWriter(context, client, outputChannel);
}

export function deactivate(): Thenable<void> | undefined {
  return undefined;
}
