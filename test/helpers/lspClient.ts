/**
 * A minimal stdio LSP client, as an editor drives a language server: spawn the server, initialize,
 * `initialized`, didOpen, incremental didChange, wait for the pushed diagnostics of a version,
 * shutdown and exit. Built on vscode-languageserver-protocol / vscode-jsonrpc (the client side of
 * the library the server uses). Used by the benchmark and, through test/lsp/client.ts, by the
 * protocol tests. The server is a process over stdio, or runs in this process over a pair of
 * in-memory streams (`InProcessServer`), for fast tests of the features.
 *
 * It declares no pull-diagnostics capability, so servers push `textDocument/publishDiagnostics`.
 * It keeps each open document's text and honours the server's `textDocumentSync.change`: a
 * server that asks for full sync gets the whole text on each change, as an editor would send it.
 * It answers `workspace/configuration` with `settings` (empty unless set) and every other server request with
 * `null`, as a plain editor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import {
  TextDocumentSyncKind,
  type ClientCapabilities,
  type InitializeParams,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface LspServerCommand {
  command: string;
  args?: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** A server started in this process on the two streams it is given. */
export interface InProcessServer {
  inProcess: (input: Readable, output: Writable) => void;
}

/** A publishDiagnostics notification with the moment (performance.now()) it was read. */
export interface ReceivedDiagnostics {
  params: PublishDiagnosticsParams;
  receivedAt: number;
}

interface Waiter {
  uri: string;
  version: number | undefined;
  resolve: (received: ReceivedDiagnostics) => void;
}

export class LspClient {
  /** The server process; null for a server in this process. */
  readonly process: ChildProcess | null;
  readonly connection: MessageConnection;
  /** Every publishDiagnostics received, in order. */
  readonly published: ReceivedDiagnostics[] = [];
  /** The lines the server logged (window/logMessage), in order. */
  readonly logs: string[] = [];
  /** The server's stderr (its last 64 KB), for error reports. */
  stderr = '';
  /** Settings returned for each `workspace/configuration` item. */
  settings: unknown = {};
  /** The server's text sync kind for changes, from its initialize result. */
  syncKind: TextDocumentSyncKind = TextDocumentSyncKind.Incremental;
  private readonly documents = new Map<string, TextDocument>();
  private waiters: Waiter[] = [];
  private exited: Promise<number | null>;
  private exitCode: number | null | undefined;

  constructor(server: LspServerCommand | InProcessServer) {
    if ('inProcess' in server) {
      const toServer = new PassThrough();
      const fromServer = new PassThrough();
      server.inProcess(toServer, fromServer);
      this.process = null;
      this.exited = new Promise(() => undefined);
      this.connection = createMessageConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
    } else {
      this.process = this.spawnServer(server);
      this.exited = new Promise((resolve) => {
        this.process!.on('exit', (code) => {
          this.exitCode = code;
          resolve(code);
        });
        this.process!.on('error', (error) => {
          this.stderr += `\n[spawn error] ${error.message}`;
          this.exitCode = null;
          resolve(null);
        });
      });
      this.connection = createMessageConnection(
        new StreamMessageReader(this.process.stdout!),
        new StreamMessageWriter(this.process.stdin!),
      );
      this.process.stdin!.on('error', () => undefined);
    }
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const received = { params, receivedAt: performance.now() };
      this.published.push(received);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== params.uri) return true;
        // A versioned publish must reach the awaited version; an unversioned one (some servers
        // send none) answers the oldest waiter for its document.
        if (
          w.version !== undefined &&
          params.version !== undefined &&
          params.version !== null &&
          params.version < w.version
        )
          return true;
        w.resolve(received);
        return false;
      });
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => this.settings),
    );
    // Every other request (client/registerCapability, window/workDoneProgress/create, refreshes...)
    // gets a null result; every other notification (logs, progress, telemetry) is ignored.
    this.connection.onRequest(() => null);
    this.connection.onNotification('window/logMessage', (params: { message: string }) =>
      this.logs.push(params.message),
    );
    this.connection.onNotification(() => undefined);
    // A server that dies closes the stream; keep the error for the report instead of throwing.
    this.connection.onError(([error]) => {
      this.stderr += `\n[connection error] ${error.message}`;
    });
    this.connection.listen();
  }

  private spawnServer(server: LspServerCommand): ChildProcess {
    const child = spawn(server.command, server.args ?? [], {
      cwd: server.cwd,
      env: server.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-65536);
    });
    return child;
  }

  get pid(): number | undefined {
    return this.process?.pid;
  }

  /** `initialize` then `initialized`; rejects when the server has not answered within `timeoutMs`. */
  async initialize(
    options: {
      rootUri?: string | null;
      capabilities?: ClientCapabilities;
      initializationOptions?: unknown;
      /** The editor's display language (`es`): the server's messages are in it. */
      locale?: string;
      timeoutMs?: number;
    } = {},
  ): Promise<InitializeResult> {
    const rootUri = options.rootUri ?? null;
    const params: InitializeParams = {
      // A server in this process must not watch its parent's pid: the watch timer would keep the tests alive.
      processId: this.process ? process.pid : null,
      clientInfo: { name: 'rubric-writer-bench', version: '1' },
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
      capabilities: options.capabilities ?? {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          publishDiagnostics: {
            relatedInformation: true,
            versionSupport: true,
            codeDescriptionSupport: true,
            dataSupport: true,
          },
        },
      },
      initializationOptions: options.initializationOptions,
      ...(options.locale ? { locale: options.locale } : {}),
    };
    const result = await withTimeout(
      this.connection.sendRequest<InitializeResult>('initialize', params),
      options.timeoutMs ?? 30000,
    );
    const sync = result.capabilities.textDocumentSync;
    this.syncKind = (typeof sync === 'number' ? sync : sync?.change) ?? TextDocumentSyncKind.None;
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /**
   * A promise for the diagnostics of `uri` at `version` (or, from a server that sends no version,
   * the next ones for `uri`). Call it before sending the change, so a fast answer is not missed.
   */
  waitForDiagnostics(uri: string, version?: number, timeoutMs = 30000): Promise<ReceivedDiagnostics> {
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { uri, version, resolve: () => undefined };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const died = this.exitCode !== undefined ? ` (the server exited with ${this.exitCode})` : '';
        reject(
          new Error(
            `no diagnostics for ${uri}${version === undefined ? '' : ` version ${version}`} within ${timeoutMs} ` +
              `ms${died}`,
          ),
        );
      }, timeoutMs);
      waiter.resolve = (received) => {
        clearTimeout(timer);
        resolve(received);
      };
      this.waiters.push(waiter);
    });
  }

  /** didOpen; resolves to the moment (performance.now()) just before the message was written. */
  async open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<number> {
    this.documents.set(uri, TextDocument.create(uri, languageId, version, text));
    const sentAt = performance.now();
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
    return sentAt;
  }

  /**
   * didChange with incremental content changes (ranges in UTF-16 code units, as LSP positions are
   * by default); sent as the whole new text to a server that asked for full sync. Resolves to the
   * moment just before the message was written.
   */
  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<number> {
    const document = this.documents.get(uri);
    if (!document) throw new Error(`change: ${uri} is not open`);
    if (this.syncKind === TextDocumentSyncKind.Full) {
      const text = TextDocument.update(document, contentChanges, version).getText();
      const sentAt = performance.now();
      await this.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
      return sentAt;
    }
    // As in an editor, the buffer changes first and the notification follows: the local copy's
    // update is not part of the server's latency.
    TextDocument.update(document, contentChanges, version);
    const sentAt = performance.now();
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges,
    });
    return sentAt;
  }

  /** The client's copy of an open document's text. */
  textOf(uri: string): string | undefined {
    return this.documents.get(uri)?.getText();
  }

  close(uri: string): Promise<void> {
    this.documents.delete(uri);
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params?: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  notify(method: string, params?: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** The server's peak resident set size in bytes (VmHWM from /proc), or null where unreadable. */
  peakRssBytes(): number | null {
    return readProcStatusKb(this.process?.pid, 'VmHWM');
  }

  /** Current resident set size in bytes (VmRSS), or null. */
  rssBytes(): number | null {
    return readProcStatusKb(this.process?.pid, 'VmRSS');
  }

  /** `shutdown`, `exit`, then wait for the process to end (killing it after `timeoutMs`). */
  async shutdown(timeoutMs = 5000): Promise<number | null> {
    if (!this.process) {
      // In this process, `exit` would end the test runner too: the server is only shut down.
      await withTimeout(this.connection.sendRequest('shutdown'), timeoutMs).catch(() => undefined);
      this.connection.dispose();
      return 0;
    }
    const child = this.process;
    if (this.exitCode === undefined) {
      try {
        await withTimeout(this.connection.sendRequest('shutdown'), timeoutMs);
        await this.connection.sendNotification('exit');
        // Some servers (rumdl) only leave once their input closes.
        child.stdin!.end();
      } catch {
        // The server is gone or stuck; it is killed below.
      }
    }
    const code = await withTimeout(this.exited, timeoutMs).catch(() => {
      child.kill('SIGKILL');
      return this.exited;
    });
    this.connection.dispose();
    return code;
  }

  /** Kill the server now (for error paths). */
  kill(): void {
    if (this.exitCode === undefined) this.process?.kill('SIGKILL');
    this.connection.dispose();
  }
}

function readProcStatusKb(pid: number | undefined, field: string): number | null {
  if (pid === undefined) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
