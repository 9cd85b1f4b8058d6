/**
 * The extension's one bundle (dist/extension.js), for the desktop (a Node extension host) and the
 * browser (a web-worker extension host) alike, so the VSIX carries the language client once. Each
 * entry is required where it runs only: the browser never evaluates the Node language client, which
 * loads Node's built-ins, and the desktop never the worker's.
 */
import type * as vscode from 'vscode';
import type { RubricWriterApi } from './start';

export type { RubricWriterApi } from './start';

/** A web-worker extension host has no `process`. */
const onNode = typeof process === 'object';

export function activate(context: vscode.ExtensionContext): Promise<RubricWriterApi> {
  const entry: typeof import('./extension') = onNode ? require('./extension') : require('./web/extension');
  return entry.activate(context);
}

export function deactivate(): Thenable<void> | undefined {
  return undefined;
}
