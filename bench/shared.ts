/**
 * What the benchmark's parts share: its settings, progress log, statistics and formatting, child
 * processes, and the CLI's JSON report.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const ROOT = join(__dirname, '..');
export const SEED = 20261123;
export const SIZES = [1000, 20000, 100000] as const;
export type Size = (typeof SIZES)[number];
export const EDITS = 50;
/** In-process runs of markdownlint's lint and of the remark parse, per size. */
export const RUNS: Record<Size, number> = { 1000: 15, 20000: 7, 100000: 3 };
export const THROUGHPUT_FILES = 1000;
export const EXTENSION_RUNS = 5;
/** Per-wait limit for one version's diagnostics; a server that misses it loses its remaining edits. */
export const WAIT_MS = 30_000;
/** Limit for the answer to `initialize`, and how many times a server is started before giving up. */
export const INIT_MS = 10_000;
export const INIT_ATTEMPTS = 3;
/** The whole run is stopped (children killed, exit 2) past this. */
export const DEADLINE_MS = 9 * 60_000;
/**
 * `RUBRIC_WRITER_BENCH_BASELINE=DIR npm run bench` also drives DIR/dist (an earlier build, e.g. a
 * `git worktree` of the commit before a change) at 20k words and over the throughput files, so a
 * before/after pair comes from one run on one machine state.
 */
export const BASELINE_DIR = process.env.RUBRIC_WRITER_BENCH_BASELINE || null;
export const BASELINE_SIZE: Size = 20000;
/**
 * Fresh servers of each build, alternating; their edit latencies are pooled. A p95 over 4 × 50 edits
 * of each moved by up to a fifth between runs of the same two builds; over 8 × 50, by less.
 */
export const BASELINE_ROUNDS = 8;

export const started = performance.now();
export const children = new Set<{ kill(): void }>();
export const log = (message: string) =>
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

export function sorted(xs: number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}
export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
/** Nearest-rank percentile (p95 of 50 samples is the 48th smallest). */
export function percentile(xs: number[], p: number): number | null {
  if (xs.length === 0) return null;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}
export function summary(xs: number[]) {
  return {
    n: xs.length,
    median: median(xs),
    p95: percentile(xs, 95),
    min: xs.length ? Math.min(...xs) : null,
    max: xs.length ? Math.max(...xs) : null,
  };
}

export function ms(x: number | null | undefined): string {
  if (x === null || x === undefined) return '—';
  if (x >= 10_000) return `${(x / 1000).toFixed(1)} s`;
  if (x >= 100) return `${Math.round(x).toLocaleString('en-US')} ms`;
  if (x >= 10) return `${x.toFixed(1)} ms`;
  return `${x.toFixed(2)} ms`;
}
export function mb(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined ? '—' : `${Math.round(bytes / 1024 / 1024)} MB`;
}
export function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${Math.round(bytes / 1024)} KB`;
}
export function int(x: number): string {
  return x.toLocaleString('en-US');
}
export function ratio(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  return numerator === null ||
    numerator === undefined ||
    denominator === null ||
    denominator === undefined ||
    denominator <= 0
    ? null
    : numerator / denominator;
}
export function times(x: number | null): string {
  if (x === null) return '—';
  return x >= 100 ? `${Math.round(x)}×` : x >= 10 ? `${x.toFixed(1)}×` : `${x.toFixed(2)}×`;
}

// ---------------------------------------------------------------------------------------------
// Child processes

export interface Exec {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function run(
  command: string,
  args: string[],
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<Exec> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const handle = { kill: () => child.kill('SIGKILL') };
    children.add(handle);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    const done = (code: number | null) => {
      const end = performance.now();
      clearTimeout(timer);
      children.delete(handle);
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: end - start,
      });
    };
    child.on('error', (error) => {
      err.push(Buffer.from(String(error)));
      done(null);
    });
    child.on('close', done);
  });
}

export interface CliDiagnostic {
  code: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
export interface CliFile {
  file: string;
  rubric: string | null;
  diagnostics: CliDiagnostic[];
  sections: { id: string; words: number | null }[];
}

export async function cliCheck(files: string[]): Promise<CliFile[]> {
  const result = await run(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', ...files]);
  if (result.code !== 0 && result.code !== 1)
    throw new Error(`dist/cli.js check failed (exit ${result.code}): ${result.stderr.slice(0, 500)}`);
  return (JSON.parse(result.stdout) as { files: CliFile[] }).files;
}

export const diagnosticKey = (d: CliDiagnostic) =>
  `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ` +
  `${d.message}`;

// ---------------------------------------------------------------------------------------------
// Driving a language server

export function timeRuns(runs: number, fn: () => unknown): { samplesMs: number[]; last: unknown } {
  const samplesMs: number[] = [];
  let last: unknown;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = fn();
    samplesMs.push(performance.now() - start);
  }
  return { samplesMs, last };
}

// ---------------------------------------------------------------------------------------------
