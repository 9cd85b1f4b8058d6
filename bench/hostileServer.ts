/** bench:hostile's timings of a case in the editor: the built server opening it, and a keystroke in it. */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(__dirname, '..');

/**
 * The built server's time from the open message written (the test client's own work before is left
 * out) to its answer to the section table request about the document, over stdio.
 */
export async function openInServer(text: string): Promise<number> {
  const { LspClient } = await import('../test/helpers/lspClient');
  const client = new LspClient({ command: process.execPath, args: [join(ROOT, 'dist/server.js'), '--stdio'] });
  try {
    await client.initialize();
    const uri = 'file:///tmp/bench-readme.md';
    await client.open(uri, text);
    const started = performance.now();
    await client.request('rubricWriter/sections', { textDocument: { uri } });
    return performance.now() - started;
  } finally {
    await client.shutdown();
  }
}

/** The median time of a keystroke in the middle of `text` (the edit and the analysis after it). */
export async function medianKeystrokeOf(text: string): Promise<number> {
  const { DocumentAnalyzer, RubricRegistry } = await import('../server/src/core');
  const registry = new RubricRegistry();
  const analyzer = new DocumentAnalyzer();
  analyzer.analyze(text, { registry });
  let at = text.indexOf('\n\n', text.length >> 1) + 2;
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    analyzer.applyEdit(at, at, 'x');
    analyzer.analyze(null, { registry });
    times.push(performance.now() - started);
    at++;
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}
