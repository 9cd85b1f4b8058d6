/**
 * Linked files: the time and memory to read the length of a 2 GB MP4 whose index (moov) is at its
 * end (a sparse file: the gap takes no disk), and edit → diagnostics at 20k words in a submission
 * that links 20 media files.   npm run bench (after npm run build)
 */
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { readEvidenceFile } from '../server/src/node/evidenceReader';
import { LspClient } from '../test/helpers/lspClient';
import { generateSubmission, middleParagraphLine, planWordEdits } from './generate';

const ROOT = join(__dirname, '..');
const MEDIA = join(ROOT, 'test/fixtures/media');
const GIB2 = 2 * 1024 ** 3;

/** practice-run.mp4 with its mdat grown to 2 GB by a hole after the samples: the sample offsets still hold. */
function sparseMp4(path: string): void {
  const small = readFileSync(join(MEDIA, 'practice-run.mp4'));
  let offset = 0;
  let mdat = -1;
  let moov = -1;
  while (offset < small.length) {
    const size = small.readUInt32BE(offset);
    const type = small.toString('latin1', offset + 4, offset + 8);
    if (type === 'mdat') mdat = offset;
    if (type === 'moov') moov = offset;
    offset += size;
  }
  if (mdat === -1 || moov < mdat) throw new Error('practice-run.mp4 is not laid out with its moov after its mdat');
  const moovBox = small.subarray(moov);
  const head = Buffer.from(small.subarray(0, moov));
  head.writeUInt32BE(GIB2 - mdat, mdat); // the mdat now reaches 2 GB
  const fd = openSync(path, 'w');
  writeSync(fd, head, 0, head.length, 0);
  writeSync(fd, moovBox, 0, moovBox.length, GIB2);
  closeSync(fd);
}

async function lengthOfLargeFile(folder: string): Promise<void> {
  const path = join(folder, 'large.mp4');
  sparseMp4(path);
  const reader = require(join(ROOT, 'dist/media-reader.js')) as typeof import('../server/src/node/mediaReader');
  const size = statSync(path).size;
  global.gc?.();
  const before = process.memoryUsage();
  const start = performance.now();
  const read = await readEvidenceFile(path, size, reader);
  const ms = performance.now() - start;
  const after = process.memoryUsage();
  const again = performance.now();
  await readEvidenceFile(path, size, reader);
  const warmMs = performance.now() - again;
  const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
  const heap = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;
  console.log(
    `length of a 2 GB MP4, moov at the end: ${read.durationSeconds} s in ${ms.toFixed(1)} ms the first time, ` +
      `${warmMs.toFixed(1)} ms the next (target < 100 ms); ` +
      `memory +${mb(after.rss - before.rss)} RSS, +${mb(heap)} ` +
      'heap and buffers (target < 20 MB)',
  );
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.ceil((p / 100) * xs.length) - 1];

async function editLatency(folder: string, root = ROOT, label = 'this build'): Promise<void> {
  const names = ['practice-run.mp4', 'fragmented.mp4', 'iphone.mov', 'recorded.webm', 'voice-memo.mp3'];
  const links: string[] = [];
  for (let i = 0; i < 20; i++) {
    const name = `clip-${i}-${names[i % names.length]}`;
    copyFileSync(join(MEDIA, names[i % names.length]), join(folder, name));
    links.push(`[Clip ${i}](${name}) (3:45)`, '');
  }
  const doc = generateSubmission({ words: 20000, seed: 7 });
  const lines = doc.text.split('\n');
  const editLine = middleParagraphLine(doc);
  const plan = planWordEdits(lines[editLine], 40, 11);
  const text = [...lines, '', ...links].join('\n');
  const uri = pathToFileURL(join(folder, 'submission.md')).href;
  const client = new LspClient({ command: process.execPath, args: [join(root, 'dist/server.js'), '--stdio'] });
  await client.initialize({ rootUri: pathToFileURL(folder).href });
  const first = client.waitForDiagnostics(uri, 1, 60000);
  await client.open(uri, text, 1);
  await first;
  await new Promise((resolve) => setTimeout(resolve, 1500)); // the files' facts come in
  const latencies: number[] = [];
  for (let i = 0; i < plan.edits.length; i++) {
    const edit = plan.edits[i];
    const waiting = client.waitForDiagnostics(uri, i + 2, 60000);
    const range = { start: { line: editLine, character: edit.start }, end: { line: editLine, character: edit.end } };
    const sentAt = await client.change(uri, i + 2, [{ range, text: edit.text }]);
    latencies.push((await waiting).receivedAt - sentAt);
  }
  const published = client.published.filter((p) => p.params.uri === uri).at(-1)!.params.diagnostics;
  const mismatches = published.filter((d) => d.code === 'duration-mismatch').length;
  await client.shutdown();
  console.log(
    `${label}: edit → diagnostics at 20k words linking 20 media files: ` +
      `p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
      `p95 ${percentile(latencies, 95).toFixed(1)} ms (${latencies.length} edits; ${mismatches} duration-mismatch ` +
      'from the files)',
  );
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'rw-bench-files-'));
  try {
    await lengthOfLargeFile(folder);
    await editLatency(folder);
    // The build before this round (npm run bench with RUBRIC_WRITER_BENCH_BASELINE=<its root>), same document.
    const baseline = process.env.RUBRIC_WRITER_BENCH_BASELINE;
    if (baseline) await editLatency(folder, baseline, 'baseline');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
