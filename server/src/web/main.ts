/**
 * The language server in a web worker (VS Code for the Web, code-server): the same server over the
 * worker's messages; it cannot read the disk, so its client reads the rubric files and images for
 * it (`web/platform.ts`).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server';
import { webPlatform } from './platform';

// The worker's global scope (the project is type-checked without the DOM library).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, webPlatform(connection));
