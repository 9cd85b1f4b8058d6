/**
 * The server's one bundle (dist/server-main.js) for both hosts, so the VSIX carries the engine once:
 * on Node, dist/server.js runs it through V8's code cache; in the browser, the client starts the web
 * worker from it. Each host's main is required where it runs only: a worker never evaluates the Node
 * transport or anything reading the disk, and Node never the worker's.
 */

// The worker's global scope (the project is type-checked without the webworker library).
declare const importScripts: unknown;

if (typeof importScripts === 'function') require('./web/main');
else require('./lsp/main');
