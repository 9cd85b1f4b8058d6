import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork, spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  SocketMessageReader,
  SocketMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/protocol';
import { ROOT, TestClient } from './client';

const DOC = '---\nrubric: engaging-stakeholders\n---\n\n## Part 1. Overview questions\n';

/** Initializes, opens a submission and returns the codes of its first diagnostics. */
async function firstDiagnostics(connection: MessageConnection): Promise<string[]> {
  const published = new Promise<string[]>((resolve) =>
    connection.onNotification('textDocument/publishDiagnostics', (p: { diagnostics: { code: string }[] }) =>
      resolve(p.diagnostics.map((d) => d.code)),
    ),
  );
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: 'file:///tmp/t.md', languageId: 'markdown', version: 1, text: DOC },
  });
  return published;
}

test('the server runs over a socket (--socket=PORT)', async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const connected = new Promise<import('node:net').Socket>((resolve) => server.once('connection', resolve));
  const child = spawn('node', [join(ROOT, 'dist/server.js'), `--socket=${port}`], { stdio: 'ignore' });
  try {
    const socket = await connected;
    const connection = createMessageConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket));
    assert.ok((await firstDiagnostics(connection)).includes('missing-section'));
    connection.dispose();
    socket.destroy();
  } finally {
    child.kill();
    server.close();
  }
});

test('the server runs over node IPC (--node-ipc), with the Node flags the editor starts it with', async () => {
  const child = fork(join(ROOT, 'dist/server.js'), ['--node-ipc'], {
    execArgv: SERVER_NODE_FLAGS,
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  try {
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    assert.ok((await firstDiagnostics(connection)).includes('missing-section'));
    connection.dispose();
  } finally {
    child.kill();
  }
});

test('`rubric-writer server --stdio` starts the same server', async () => {
  const client = new TestClient(['node', join(ROOT, 'dist/cli.js'), 'server', '--stdio']);
  try {
    await client.initialize();
    const next = client.diagnosticsFor('file:///tmp/t.md', 1);
    await client.open('file:///tmp/t.md', DOC);
    assert.ok((await next).diagnostics.some((d) => d.code === 'missing-section'));
  } finally {
    await client.shutdown();
  }
});
