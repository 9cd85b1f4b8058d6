/** A small LSP client over stdio for tests: spawns the built server and speaks the real protocol. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const ROOT = join(__dirname, '../..');

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { code: string; message: string; severity: number; range: { start: { line: number; character: number }; end: { line: number; character: number } }; source: string; data?: Record<string, unknown> }[];
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  readonly published: PublishedDiagnostics[] = [];
  readonly stderr: string[] = [];
  settings: Record<string, unknown> = {};
  private waiters: { test: (p: PublishedDiagnostics) => boolean; resolve: (p: PublishedDiagnostics) => void }[] = [];

  constructor(command: string[] = ['node', join(ROOT, 'dist/server.js'), '--stdio']) {
    this.process = spawn(command[0], command.slice(1), { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk) => this.stderr.push(String(chunk)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      this.published.push(params);
      this.waiters = this.waiters.filter((w) => (w.test(params) ? (w.resolve(params), false) : true));
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize(options: { rootUri?: string | null; capabilities?: Record<string, unknown>; initializationOptions?: unknown } = {}) {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      capabilities: options.capabilities ?? { workspace: { configuration: true } },
      initializationOptions: options.initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  /** The next diagnostics published for `uri` (at `version`, when given). */
  diagnosticsFor(uri: string, version?: number, timeoutMs = 10000): Promise<PublishedDiagnostics> {
    const test = (p: PublishedDiagnostics) => p.uri === uri && (version === undefined || p.version === version);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), timeoutMs);
      this.waiters.push({ test, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown') {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]) {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string) {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R = any>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}

/** Applies LSP text edits to a text (edits in one list never overlap). */
export function applyEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (lineStarts[p.line] ?? text.length) + p.character;
  return [...edits]
    .map((e, i) => ({ e, i, start: offset(e.range.start), end: offset(e.range.end) }))
    .sort((a, b) => b.start - a.start || b.i - a.i)
    .reduce((acc, { e, start, end }) => acc.slice(0, start) + e.newText + acc.slice(end), text);
}
