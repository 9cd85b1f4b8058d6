/**
 * Edit → diagnostics in the web worker, beside the desktop figure: the same 20k-word submission and
 * the same 20 single-word edits, sent to `node dist/server.js --stdio` and to dist/server-main.js in
 * a real web worker of Debian's headless chromium (driven by playwright-core; nothing is
 * downloaded). Each edit is sent after the diagnostics of the previous one arrived; the figure is
 * the median of the 20. Run after `npm run build`:
 *   node --import tsx bench/web.ts      (RUBRIC_WRITER_BENCH_CHROMIUM: the browser, default /usr/bin/chromium)
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { LspClient } from '../test/helpers/lspClient';
import { generateSubmission, middleParagraphLine, planWordEdits, type WordEdit } from './generate';

const ROOT = join(__dirname, '..');
const WORDS = 20_000;
const EDITS = 20;
const SEED = 20261123;
const CHROMIUM = process.env.RUBRIC_WRITER_BENCH_CHROMIUM || '/usr/bin/chromium';

interface Workload {
  uri: string;
  text: string;
  line: number;
  edits: WordEdit[];
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function desktop(work: Workload): Promise<number[]> {
  const client = new LspClient({ command: process.execPath, args: [join(ROOT, 'dist/server.js'), '--stdio'] });
  try {
    await client.initialize();
    const opened = client.waitForDiagnostics(work.uri, 1, 60_000);
    await client.open(work.uri, work.text);
    await opened;
    const samples: number[] = [];
    for (const [i, edit] of work.edits.entries()) {
      const version = i + 2;
      const published = client.waitForDiagnostics(work.uri, version, 60_000);
      const range = {
        start: { line: work.line, character: edit.start },
        end: { line: work.line, character: edit.end },
      };
      const sent = performance.now();
      await client.change(work.uri, version, [{ range, text: edit.text }]);
      samples.push((await published).receivedAt - sent);
    }
    return samples;
  } finally {
    await client.shutdown();
  }
}

interface RpcMessage {
  id?: number | string;
  method?: string;
  params?: { items?: unknown[]; uri?: string; version?: number };
  result?: unknown;
}
/** The page's Worker (this file is type-checked without the DOM library). */
declare const Worker: new (
  url: string,
) => { onmessage: ((event: { data: RpcMessage }) => void) | null; postMessage(m: unknown): void; terminate(): void };

/** Runs in the page: the server bundle in a worker, driven over postMessage as the web client drives it. */
async function inWorker(work: Workload): Promise<number[]> {
  const worker = new Worker('/server.js');
  let nextId = 1;
  const waiting = new Map<number | string, (message: RpcMessage) => void>();
  const published = new Map<number, () => void>();
  const answers: Record<string, (params: { items?: unknown[] }) => unknown> = {
    'workspace/configuration': (params) => (params.items ?? []).map(() => ({})),
    'rubricWriter/rubricFiles': () => ({ files: [], stopped: null }),
  };
  worker.onmessage = ({ data }) => {
    if (data.method && data.id !== undefined)
      worker.postMessage({ jsonrpc: '2.0', id: data.id, result: answers[data.method]?.(data.params ?? {}) ?? null });
    else if (data.id !== undefined) waiting.get(data.id)?.(data);
    else if (data.method === 'textDocument/publishDiagnostics' && data.params?.uri === work.uri)
      published.get(data.params.version ?? 0)?.();
  };
  const request = (method: string, params: unknown) =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      worker.postMessage({ jsonrpc: '2.0', id, method, params });
    });
  const notify = (method: string, params: unknown) => worker.postMessage({ jsonrpc: '2.0', method, params });
  const diagnostics = (version: number) => new Promise<void>((resolve) => published.set(version, resolve));

  await request('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
  notify('initialized', {});
  const opened = diagnostics(1);
  notify('textDocument/didOpen', {
    textDocument: { uri: work.uri, languageId: 'markdown', version: 1, text: work.text },
  });
  await opened;
  const samples: number[] = [];
  for (const [i, edit] of work.edits.entries()) {
    const version = i + 2;
    const done = diagnostics(version);
    const range = { start: { line: work.line, character: edit.start }, end: { line: work.line, character: edit.end } };
    const sent = performance.now();
    notify('textDocument/didChange', {
      textDocument: { uri: work.uri, version },
      contentChanges: [{ range, text: edit.text }],
    });
    await done;
    samples.push(performance.now() - sent);
  }
  worker.terminate();
  return samples;
}

async function browser(work: Workload): Promise<number[]> {
  const bundle = readFileSync(join(ROOT, 'dist/server-main.js'));
  const server = createServer((request, response) => {
    const script = request.url === '/server.js';
    response.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html' });
    response.end(script ? bundle : '<!doctype html><title>bench</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    // tsx names functions with a helper of its own; the page that runs `inWorker` needs one too.
    await page.addInitScript('globalThis.__name = (target) => target;');
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return await page.evaluate(inWorker, work);
  } finally {
    await browser.close();
    server.close();
  }
}

async function main(): Promise<void> {
  const doc = generateSubmission({ words: WORDS, seed: SEED });
  const line = middleParagraphLine(doc);
  const { edits } = planWordEdits(doc.text.split('\n')[line], EDITS, SEED + WORDS);
  const work = { uri: 'file:///bench/submission-20k.md', text: doc.text, line, edits };
  const node = await desktop(work);
  const web = await browser(work);
  console.log(`edit → diagnostics, ${doc.words} words, median of ${EDITS} single-word edits:`);
  console.log(`  desktop (node dist/server.js --stdio)           ${median(node).toFixed(1)} ms`);
  console.log(`  web worker (dist/server-main.js, chromium)       ${median(web).toFixed(1)} ms`);
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exit(1);
});
