/**
 * `rubric-writer export` at 1 MB and 10 MB: wall time and peak RSS of the built CLI for each format,
 * medians of a few runs. Each run is a fresh `node dist/cli.js export` child; its peak RSS is read
 * from `process.resourceUsage().maxRSS` by a small wrapper that runs the CLI in the same process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSubmission } from './generate';
import { CASES } from './hostile';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist/cli.js');
const RUNS = Number(process.env.RUBRIC_WRITER_BENCH_RUNS ?? 3);
/** About seven bytes per generated word. */
const SIZES = [
  { label: '1 MB', words: 142_800 },
  { label: '10 MB', words: 1_428_000 },
];
const FORMATS = ['docx', 'html', 'text'] as const;

/** Runs the CLI in this child and prints its peak RSS (KB) on exit, after the CLI's own output. */
const WRAPPER = `process.on('exit', () => process.stderr.write('\\nmaxRSS=' + process.resourceUsage().maxRSS + '\\n'));
require(process.argv[1]);`;

interface Sample {
  seconds: number;
  rssMB: number;
}

function runOnce(input: string, output: string, format: string): Sample {
  const start = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    ['-e', WRAPPER, CLI, 'export', '-f', format, '--force', '-o', output, input],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /maxRSS=(\d+)/.exec(child.stderr ?? '');
  if (child.status !== 0 || !rss) throw new Error(`export -f ${format} failed (${child.status}):\n${child.stderr}`);
  return { seconds, rssMB: Number(rss[1]) / 1024 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

function main(): void {
  const folder = mkdtempSync(join(tmpdir(), 'rubric-writer-export-bench-'));
  try {
    const rows: string[] = [];
    for (const size of SIZES) {
      const input = join(folder, `${size.words}.md`);
      const text = generateSubmission({ words: size.words, seed: 1 }).text;
      writeFileSync(input, text);
      const bytes = Buffer.byteLength(text);
      for (const format of FORMATS) {
        const samples: Sample[] = [];
        for (let run = 0; run < RUNS; run++) {
          process.stderr.write(`export ${format} ${size.label} run ${run + 1}/${RUNS}\n`);
          samples.push(runOnce(input, join(folder, `out.${format}`), format));
        }
        const seconds = median(samples.map((s) => s.seconds)).toFixed(2);
        const rss = median(samples.map((s) => s.rssMB)).toFixed(0);
        rows.push(`| ${size.label} (${(bytes / 1e6).toFixed(1)} MB) | ${format} | ${seconds} s | ${rss} MB |`);
      }
    }
    console.log(`| submission | format | time (median of ${RUNS}) | peak RSS (median) |`);
    console.log('| --- | --- | --- | --- |');
    for (const row of rows) console.log(row);
    // Text made to slow a Markdown parser: an export reads it through the same guard as a check.
    const hostile: string[] = [];
    for (const { name, n, unit, document } of CASES) {
      if (!document) continue;
      const input = join(folder, 'hostile.md');
      writeFileSync(input, document(n));
      process.stderr.write(`export docx: ${name}\n`);
      const { seconds, rssMB } = runOnce(input, join(folder, 'hostile.docx'), 'docx');
      hostile.push(
        `| ${name} (${n.toLocaleString('en-US')} ${unit}) | ${seconds.toFixed(2)} s | ${rssMB.toFixed(0)} MB |`,
      );
    }
    console.log('\n| hostile submission | docx export, one run | peak RSS |');
    console.log('| --- | --- | --- |');
    for (const row of hostile) console.log(row);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main();
