/**
 * `import` and `check` of long Word drafts, end to end as a writer runs them (node dist/cli.js, a
 * new process each time): a draft written as Word writes its XML, near the longest body the import
 * takes (5 MB of XML, about 95,000 words), and one of 9,500 short paragraphs. Wall and CPU time
 * (the child's user + system, which a busy machine moves less), medians of a few runs. Target: a
 * few seconds. Run `npm run build` first (`npm run bench` does).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateWordDraft } from './wordDraft';

const RUNS = Number(process.env.RUBRIC_WRITER_BENCH_RUNS ?? 3);
const CLI = join(__dirname, '../dist/cli.js');
const DRAFTS = [
  { name: 'long', label: 'a 95,000-word Word draft (5 MB of XML)', words: 95_000, paragraphWords: 60 },
  { name: 'short', label: 'a draft of 9,500 short paragraphs', words: 38_000, paragraphWords: 4 },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Wall and CPU milliseconds of one CLI run. The CLI runs in a child that reports its own CPU time
 * (user + system, `process.cpuUsage()`) on exit through file descriptor 3.
 */
function timed(args: string[], cwd: string): { wall: number; cpu: number } {
  const script =
    `process.argv = [process.argv[0], ${JSON.stringify(CLI)}, ...${JSON.stringify(args)}];` +
    'process.on("exit", () => { const u = process.cpuUsage();' +
    ' require("node:fs").writeSync(3, String((u.user + u.system) / 1000)); });' +
    `require(${JSON.stringify(CLI)});`;
  const start = performance.now();
  const done = spawnSync(process.execPath, ['-e', script], { cwd, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const wall = performance.now() - start;
  if (done.status === 2) throw new Error(`${args.join(' ')} failed: ${done.stderr}`);
  return { wall, cpu: Number(done.output[3]?.toString() || Number.NaN) };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-word-import-'));
  try {
    for (const draft of DRAFTS) {
      const { bytes, words } = await generateWordDraft(draft);
      const file = `${draft.name}.docx`;
      writeFileSync(join(dir, file), bytes);
      const rows: string[] = [];
      for (const command of ['import', 'check']) {
        const samples = Array.from({ length: RUNS }, (_, run) =>
          timed(command === 'import' ? ['import', file, '-o', `${draft.name}-${run}.md`] : ['check', file], dir),
        );
        const wall = median(samples.map((s) => s.wall));
        const cpu = median(samples.map((s) => s.cpu));
        rows.push(`${command} ${(wall / 1000).toFixed(2)} s (CPU ${(cpu / 1000).toFixed(2)} s)`);
      }
      process.stdout.write(
        `Word draft: ${draft.label}, ${words.toLocaleString('en')} words, ${(bytes.length / 1048576).toFixed(1)} MB: ` +
          `${rows.join(', ')}; median of ${RUNS} (target a few seconds; load average ${loadavg()[0].toFixed(1)})\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
