import type { BaseLanguageClient } from 'vscode-languageclient';

/** A language client that can restart its server (Node's and the web worker's both can). */
export type RubricClient = BaseLanguageClient & { restart(): Promise<void> };
