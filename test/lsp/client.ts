/**
 * The LSP client the tests use (test/helpers/lspClient.ts, shared with the benchmark), started on the
 * built server over stdio, or on the server's source in this process, with the published diagnostics
 * typed as the tests read them.
 */
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { startServer } from '../../server/src/lsp/server';
import { NODE_PLATFORM } from '../../server/src/lsp/nodePlatform';
import type { ServerPlatform } from '../../server/src/lsp/platform';
import { LspClient, type InProcessServer } from '../helpers/lspClient';

export const ROOT = join(__dirname, '../..');

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: {
    code: string;
    message: string;
    severity: number;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    source: string;
    data?: Record<string, unknown>;
  }[];
}

/** The server's source in this process, on Node's platform or the one given. */
const inProcess = (platform: ServerPlatform): InProcessServer => ({
  inProcess: (input: Readable, output: Writable) =>
    startServer(
      createConnection(ProposedFeatures.all, new StreamMessageReader(input), new StreamMessageWriter(output)),
      platform,
    ),
});

export class TestClient extends LspClient {
  constructor(
    command: string[] | 'in process' = ['node', join(ROOT, 'dist/server.js'), '--stdio'],
    platform: ServerPlatform = NODE_PLATFORM,
  ) {
    super(command === 'in process' ? inProcess(platform) : { command: command[0], args: command.slice(1), cwd: ROOT });
  }

  /** Every publishDiagnostics so far, in order. */
  allPublished(): PublishedDiagnostics[] {
    return this.published.map((received) => received.params as PublishedDiagnostics);
  }

  /** The next diagnostics published for `uri` (at `version` or later, when given). */
  async diagnosticsFor(uri: string, version?: number, timeoutMs = 10000): Promise<PublishedDiagnostics> {
    return (await this.waitForDiagnostics(uri, version, timeoutMs)).params as PublishedDiagnostics;
  }
}

/** Applies LSP text edits to a text (edits in one list never overlap). */
export function applyEdits(
  text: string,
  edits: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    newText: string;
  }[],
): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (lineStarts[p.line] ?? text.length) + p.character;
  return [...edits]
    .map((e, i) => ({ e, i, start: offset(e.range.start), end: offset(e.range.end) }))
    .sort((a, b) => b.start - a.start || b.i - a.i)
    .reduce((acc, { e, start, end }) => acc.slice(0, start) + e.newText + acc.slice(end), text);
}
