/**
 * The language server in a web worker of its own, made from the bundle's text through a Blob URL.
 * A worker from the extension's own URL is refused where the extension is served by a remote
 * (code-server: "Creating workers from remote extensions is currently not supported"), while VS Code
 * itself starts every extension worker from a Blob URL, so this way works on vscode.dev, github.dev
 * and code-server alike. The server keeps off the extension host's thread, which every web
 * extension shares, and a restart terminates the old worker and starts a new one.
 */
import * as vscode from 'vscode';
import { BaseLanguageClient, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient';
import { BrowserMessageReader, BrowserMessageWriter } from 'vscode-languageclient/browser';

/** The worker API this file uses (the project is type-checked without the DOM library). */
type ServerWorker = ConstructorParameters<typeof BrowserMessageReader>[0] & { terminate(): void };
declare const Worker: new (url: string, options?: { name?: string }) => ServerWorker;

/**
 * A URL the worker can be started from: a Blob URL of the bundle read through the editor's file
 * system; where that file system cannot read the extension's location (an extension served over
 * HTTP, as vscode.dev serves gallery extensions), the location itself, which the editor lets a
 * worker load from anywhere but a remote.
 */
async function scriptUrl(uri: vscode.Uri): Promise<{ url: string; blob: boolean }> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { url: URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })), blob: true };
  } catch (error) {
    if (uri.scheme === 'vscode-remote') throw error;
    return { url: uri.toString(true), blob: false };
  }
}

export class WorkerLanguageClient extends BaseLanguageClient {
  private worker: { worker: ServerWorker; url: string; blob: boolean } | null = null;

  constructor(
    id: string,
    name: string,
    clientOptions: LanguageClientOptions,
    private readonly serverScript: vscode.Uri,
  ) {
    super(id, name, clientOptions);
  }

  protected async createMessageTransports(): Promise<MessageTransports> {
    this.terminateWorker();
    const script = await scriptUrl(this.serverScript);
    const worker = new Worker(script.url, { name: 'Rubric Writer language server' });
    this.worker = { worker, ...script };
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  override async stop(timeout?: number): Promise<void> {
    try {
      await super.stop(timeout);
    } finally {
      this.terminateWorker();
    }
  }

  private terminateWorker(): void {
    if (!this.worker) return;
    this.worker.worker.terminate();
    // The editor loads the script after the worker starts: the Blob URL lives as long as the worker.
    if (this.worker.blob) URL.revokeObjectURL(this.worker.url);
    this.worker = null;
  }
}
