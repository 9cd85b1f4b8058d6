/**
 * `npm run bench`: drives the built language server over stdio as an editor does, beside the peers,
 * prints one table to stdout and writes every raw number to bench/results.json. Progress goes to
 * stderr. See bench/README.md for what each line means.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { arch, cpus, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { lint as markdownlintSync } from 'markdownlint/sync';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  generateSubmission,
  middleParagraphLine,
  planWordEdits,
  type GeneratedSubmission,
  type WordEdit,
} from './generate';
import { LspClient, type LspServerCommand } from '../test/helpers/lspClient';

const ROOT = join(__dirname, '..');
const SEED = 20261123;
const SIZES = [1000, 20000, 100000] as const;
type Size = (typeof SIZES)[number];
const EDITS = 50;
/** In-process runs of markdownlint's lint and of the remark parse, per size. */
const RUNS: Record<Size, number> = { 1000: 15, 20000: 7, 100000: 3 };
const THROUGHPUT_FILES = 1000;
const EXTENSION_RUNS = 5;
/** Per-wait limit for one version's diagnostics; a server that misses it loses its remaining edits. */
const WAIT_MS = 30_000;
/** Limit for the answer to `initialize`, and how many times a server is started before giving up. */
const INIT_MS = 10_000;
const INIT_ATTEMPTS = 3;
/** The whole run is stopped (children killed, exit 2) past this. */
const DEADLINE_MS = 9 * 60_000;
/**
 * `RUBRIC_WRITER_BENCH_BASELINE=DIR npm run bench` also drives DIR/dist (an earlier build, e.g. a
 * `git worktree` of the commit before a change) at 20k words and over the throughput files, so a
 * before/after pair comes from one run on one machine state.
 */
const BASELINE_DIR = process.env.RUBRIC_WRITER_BENCH_BASELINE || null;
const BASELINE_SIZE: Size = 20000;
/** Fresh servers of each build, alternating; their edit latencies are pooled. */
const BASELINE_ROUNDS = 4;

interface BaselineComparison {
  baseline: ServerRun[];
  ours: ServerRun[];
}
const pooled = (runs: readonly ServerRun[]) => summary(runs.flatMap((r) => r.latenciesMs));

const started = performance.now();
let activeWorkDir: string | null = null;
const children = new Set<{ kill(): void }>();
const log = (message: string) =>
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

function sorted(xs: number[]): number[] {
  return [...xs].sort((a, b) => a - b);
}
function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
/** Nearest-rank percentile (p95 of 50 samples is the 48th smallest). */
function percentile(xs: number[], p: number): number | null {
  if (xs.length === 0) return null;
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}
function summary(xs: number[]) {
  return {
    n: xs.length,
    median: median(xs),
    p95: percentile(xs, 95),
    min: xs.length ? Math.min(...xs) : null,
    max: xs.length ? Math.max(...xs) : null,
  };
}

function ms(x: number | null | undefined): string {
  if (x === null || x === undefined) return '—';
  if (x >= 10_000) return `${(x / 1000).toFixed(1)} s`;
  if (x >= 100) return `${Math.round(x).toLocaleString('en-US')} ms`;
  if (x >= 10) return `${x.toFixed(1)} ms`;
  return `${x.toFixed(2)} ms`;
}
function mb(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined ? '—' : `${Math.round(bytes / 1024 / 1024)} MB`;
}
function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${Math.round(bytes / 1024)} KB`;
}
function int(x: number): string {
  return x.toLocaleString('en-US');
}
function ratio(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  return numerator === null ||
    numerator === undefined ||
    denominator === null ||
    denominator === undefined ||
    denominator <= 0
    ? null
    : numerator / denominator;
}
function times(x: number | null): string {
  if (x === null) return '—';
  return x >= 100 ? `${Math.round(x)}×` : x >= 10 ? `${x.toFixed(1)}×` : `${x.toFixed(2)}×`;
}

// ---------------------------------------------------------------------------------------------
// Child processes

interface Exec {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(command: string, args: string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<Exec> {
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

interface CliDiagnostic {
  code: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
interface CliFile {
  file: string;
  rubric: string | null;
  diagnostics: CliDiagnostic[];
  sections: { id: string; words: number | null }[];
}

async function cliCheck(files: string[]): Promise<CliFile[]> {
  const result = await run(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', ...files]);
  if (result.code !== 0 && result.code !== 1)
    throw new Error(`dist/cli.js check failed (exit ${result.code}): ${result.stderr.slice(0, 500)}`);
  return (JSON.parse(result.stdout) as { files: CliFile[] }).files;
}

const diagnosticKey = (d: CliDiagnostic) =>
  `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ` +
  `${d.message}`;

// ---------------------------------------------------------------------------------------------
// Driving a language server

interface ServerRun {
  server: string;
  size: Size;
  ok: boolean;
  error: string | null;
  /** spawn → initialize result (of the attempt that answered). */
  initializeMs: number | null;
  initializeAttempts: number;
  /** didOpen → first publishDiagnostics for version 1. */
  firstDiagnosticsMs: number | null;
  firstDiagnosticsCount: number | null;
  /** After the first diagnostics, how long until the server published nothing for 300 ms. */
  settleMs: number | null;
  editLine: number;
  edits: (WordEdit & { version: number; latencyMs: number | null; diagnostics: number | null })[];
  latenciesMs: number[];
  latency: ReturnType<typeof summary>;
  peakRssBytes: number | null;
  /** Whether the diagnostics after the last edit equal the CLI's on the same text (our server only). */
  finalMatchesCli: boolean | null;
  finalMismatch?: { serverOnly: string[]; cliOnly: string[] };
}

async function quiet(client: LspClient, quietMs: number, maxMs: number): Promise<number> {
  const start = performance.now();
  let count = client.published.length;
  let since = performance.now();
  while (performance.now() - start < maxMs) {
    await new Promise((r) => setTimeout(r, 25));
    if (client.published.length !== count) {
      count = client.published.length;
      since = performance.now();
    } else if (performance.now() - since >= quietMs) break;
  }
  return since - start;
}

async function driveServer(
  name: string,
  command: LspServerCommand,
  doc: GeneratedSubmission,
  size: Size,
  workDir: string,
  compareWithCli: boolean,
): Promise<ServerRun> {
  const path = join(workDir, `submission-${size}.md`);
  const uri = pathToFileURL(path).href;
  const editLine = middleParagraphLine(doc);
  const line = doc.text.split('\n')[editLine]!;
  const plan = planWordEdits(line, EDITS, SEED + size);
  const result: ServerRun = {
    server: name,
    size,
    ok: false,
    error: null,
    initializeMs: null,
    firstDiagnosticsMs: null,
    firstDiagnosticsCount: null,
    settleMs: null,
    editLine,
    edits: [],
    latenciesMs: [],
    latency: summary([]),
    peakRssBytes: null,
    finalMatchesCli: null,
    initializeAttempts: 0,
  };
  // A server that does not answer `initialize` within INIT_MS is killed and started again (rumdl
  // 0.2.75 sometimes never answers it); the attempts are recorded.
  let client: LspClient | undefined;
  for (let attempt = 1; attempt <= INIT_ATTEMPTS && !client; attempt++) {
    const spawnedAt = performance.now();
    const candidate = new LspClient({ ...command, cwd: workDir });
    children.add(candidate);
    result.initializeAttempts = attempt;
    try {
      await candidate.initialize({ rootUri: pathToFileURL(workDir).href, timeoutMs: INIT_MS });
      result.initializeMs = performance.now() - spawnedAt;
      client = candidate;
    } catch (error) {
      log(`${name} at ${int(size)} words: initialize attempt ${attempt} failed: ${(error as Error).message}`);
      candidate.kill();
      children.delete(candidate);
    }
  }
  if (!client) {
    result.error = `no answer to initialize in ${INIT_ATTEMPTS} attempts of ${INIT_MS / 1000} s`;
    return result;
  }
  try {
    const first = client.waitForDiagnostics(uri, 1, Math.max(WAIT_MS, 120_000));
    const openedAt = await client.open(uri, doc.text, 1);
    const firstReceived = await first;
    result.firstDiagnosticsMs = firstReceived.receivedAt - openedAt;
    result.firstDiagnosticsCount = firstReceived.params.diagnostics.length;
    result.settleMs = await quiet(client, 300, 15_000);

    for (let i = 0; i < plan.edits.length; i++) {
      const edit = plan.edits[i]!;
      const version = i + 2;
      const waiting = client.waitForDiagnostics(uri, version, WAIT_MS);
      const sentAt = await client.change(uri, version, [
        {
          range: { start: { line: editLine, character: edit.start }, end: { line: editLine, character: edit.end } },
          text: edit.text,
        },
      ]);
      try {
        const received = await waiting;
        const latencyMs = received.receivedAt - sentAt;
        result.latenciesMs.push(latencyMs);
        result.edits.push({ ...edit, version, latencyMs, diagnostics: received.params.diagnostics.length });
      } catch (error) {
        result.edits.push({ ...edit, version, latencyMs: null, diagnostics: null });
        throw error;
      }
    }
    result.peakRssBytes = client.peakRssBytes();

    if (compareWithCli) {
      const last = client.published.filter((p) => p.params.uri === uri).at(-1)!.params;
      const finalPath = join(workDir, `final-${size}.md`);
      writeFileSync(finalPath, client.textOf(uri)!);
      const [cli] = await cliCheck([finalPath]);
      const serverKeys = last.diagnostics.map((d) =>
        diagnosticKey({ code: String(d.code), message: d.message, range: d.range }),
      );
      const cliKeys = cli!.diagnostics.map(diagnosticKey);
      const serverOnly = serverKeys.filter((k) => !cliKeys.includes(k));
      const cliOnly = cliKeys.filter((k) => !serverKeys.includes(k));
      result.finalMatchesCli = serverOnly.length === 0 && cliOnly.length === 0 && serverKeys.length === cliKeys.length;
      if (!result.finalMatchesCli) result.finalMismatch = { serverOnly, cliOnly };
    }
    result.ok = true;
  } catch (error) {
    result.error = (error as Error).message;
    result.peakRssBytes ??= client.peakRssBytes();
    const tail = client.stderr.trim().split('\n').slice(-5).join(' | ');
    log(`${name} at ${int(size)} words: ${result.error}${tail ? ` (stderr: ${tail})` : ''}`);
  } finally {
    result.latency = summary(result.latenciesMs);
    await client.shutdown(3000);
    children.delete(client);
  }
  return result;
}

/**
 * rumdl is installed on demand into .bench-tools/ (gitignored), not as a dev dependency: npm does
 * not record its other platforms' optional binary packages in the lock file, so `npm ci` would
 * refuse the lock. Its binary comes inside a registry package; nothing is downloaded from elsewhere.
 */
const RUMDL_VERSION = '0.2.75';

function findRumdl(): { command: string; version: string; package: string } | { reason: string } {
  const tools = join(ROOT, '.bench-tools');
  const wrapper = join(tools, 'node_modules/rumdl/package.json');
  if (!existsSync(wrapper)) {
    log(`installing rumdl@${RUMDL_VERSION} into .bench-tools/ for the comparison`);
    const install = spawnSync(
      'npm',
      [
        'install',
        '--prefix',
        tools,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        `rumdl@${RUMDL_VERSION}`,
      ],
      { encoding: 'utf8', timeout: 180_000 },
    );
    if (install.status !== 0 || !existsSync(wrapper))
      return {
        reason:
          `npm install rumdl failed: ` + `${(install.stderr || install.error?.message || '').trim().split('\n').pop()}`,
      };
  }
  const version = (JSON.parse(readFileSync(wrapper, 'utf8')) as { version: string }).version;
  const candidates = [`@rumdl/cli-${platform()}-${arch()}`, `@rumdl/cli-${platform()}-${arch()}-musl`];
  for (const name of candidates) {
    const binary = join(tools, 'node_modules', name, platform() === 'win32' ? 'rumdl.exe' : 'rumdl');
    if (existsSync(binary)) return { command: binary, version, package: name };
  }
  return { reason: `no binary package for ${platform()}-${arch()} (${candidates.join(', ')})` };
}

// ---------------------------------------------------------------------------------------------
// In-process timings

function timeRuns(runs: number, fn: () => unknown): { samplesMs: number[]; last: unknown } {
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

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    log(`stopped: the run passed ${DEADLINE_MS / 60_000} minutes`);
    for (const child of children) child.kill();
    if (activeWorkDir) rmSync(activeWorkDir, { recursive: true, force: true });
    process.exit(2);
  }, DEADLINE_MS);
  watchdog.unref();

  for (const file of ['dist/server.js', 'dist/cli.js']) {
    if (!existsSync(join(ROOT, file)))
      throw new Error(`${file} is missing: run npm run build first (npm run bench does)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'rubric-writer-bench-'));
  activeWorkDir = dir;
  try {
    await benchmark(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    activeWorkDir = null;
  }
}

async function benchmark(workDir: string): Promise<void> {
  const markdownlintVersion = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules/markdownlint/package.json'), 'utf8')) as { version: string }
  ).version;
  const rumdl = findRumdl();

  // Documents
  log('generating documents');
  const docs = new Map<Size, GeneratedSubmission>();
  for (const size of SIZES) {
    const doc = generateSubmission({ words: size, seed: SEED });
    docs.set(size, doc);
    writeFileSync(join(workDir, `submission-${size}.md`), doc.text);
  }
  const checked = await cliCheck(SIZES.map((size) => join(workDir, `submission-${size}.md`)));
  const documents = SIZES.map((size, i) => {
    const doc = docs.get(size)!;
    const file = checked[i]!;
    const counted = file.sections.filter((s) => /^part-\d+$/.test(s.id)).reduce((sum, s) => sum + (s.words ?? 0), 0);
    return {
      size,
      seed: SEED,
      generatorWords: doc.words,
      rubricWriterWords: counted,
      bytes: Buffer.byteLength(doc.text),
      lines: doc.text.split('\n').length - 1,
      editLine: middleParagraphLine(doc),
      rubric: file.rubric,
      diagnostics: file.diagnostics.map((d) => d.code),
    };
  });

  // Language servers
  const ours: ServerRun[] = [];
  const theirs: ServerRun[] = [];
  const ourCommand: LspServerCommand = { command: process.execPath, args: [join(ROOT, 'dist/server.js'), '--stdio'] };
  for (const size of SIZES) {
    log(`rubric-writer server: ${int(size)} words`);
    ours.push(await driveServer('rubric-writer', ourCommand, docs.get(size)!, size, workDir, true));
  }
  let comparison: BaselineComparison | null = null;
  if (BASELINE_DIR) {
    const baselineCommand: LspServerCommand = {
      command: process.execPath,
      args: [join(BASELINE_DIR, 'dist/server.js'), '--stdio'],
    };
    comparison = { baseline: [], ours: [] };
    // Alternating, in the order ABBA..., so neither build always runs on the warmer or the quieter machine.
    for (let round = 0; round < BASELINE_ROUNDS; round++) {
      const order = round % 2 === 0 ? (['baseline', 'ours'] as const) : (['ours', 'baseline'] as const);
      for (const which of order) {
        const name = which === 'ours' ? 'this build' : `baseline (${BASELINE_DIR})`;
        log(`${name}: ${int(BASELINE_SIZE)} words, round ${round + 1}`);
        const command = which === 'ours' ? ourCommand : baselineCommand;
        const doc = docs.get(BASELINE_SIZE)!;
        comparison[which].push(await driveServer(which, command, doc, BASELINE_SIZE, workDir, false));
      }
    }
  }
  if ('command' in rumdl) {
    for (const size of SIZES) {
      log(`rumdl server: ${int(size)} words`);
      theirs.push(
        await driveServer(
          'rumdl',
          { command: rumdl.command, args: ['server', '--no-config'] },
          docs.get(size)!,
          size,
          workDir,
          false,
        ),
      );
    }
  } else {
    log(`rumdl: not available (${rumdl.reason})`);
  }

  // markdownlint and remark, in this process (warmed up on the 1k document first)
  log('markdownlint and remark timings');
  const lintOnce = (text: string) => markdownlintSync({ strings: { submission: text } }).submission?.length ?? 0;
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
  const parseOnce = (text: string) => processor.parse(text).children.length;
  lintOnce(docs.get(1000)!.text);
  parseOnce(docs.get(1000)!.text);
  const markdownlint: Record<string, { runs: number; samplesMs: number[]; median: number | null; issues: number }> = {};
  const remark: Record<string, { runs: number; samplesMs: number[]; median: number | null; topLevelNodes: number }> =
    {};
  for (const size of SIZES) {
    const text = docs.get(size)!.text;
    const lint = timeRuns(RUNS[size], () => lintOnce(text));
    markdownlint[size] = {
      runs: RUNS[size],
      samplesMs: lint.samplesMs,
      median: median(lint.samplesMs),
      issues: lint.last as number,
    };
    const parse = timeRuns(RUNS[size], () => parseOnce(text));
    remark[size] = {
      runs: RUNS[size],
      samplesMs: parse.samplesMs,
      median: median(parse.samplesMs),
      topLevelNodes: parse.last as number,
    };
  }

  // CLI throughput
  log(`generating ${int(THROUGHPUT_FILES)} submissions for the throughput runs`);
  const manyDir = join(workDir, 'many');
  mkdirSync(manyDir);
  let manyBytes = 0;
  let manyWords = 0;
  for (let i = 0; i < THROUGHPUT_FILES; i++) {
    const doc = generateSubmission({ words: 1000, seed: SEED + 1 + i });
    manyBytes += Buffer.byteLength(doc.text);
    manyWords += doc.words;
    writeFileSync(join(manyDir, `submission-${String(i + 1).padStart(4, '0')}.md`), doc.text);
  }
  log('rubric-writer CLI over the files');
  // The glob is one argument (no shell): the CLI expands it itself, as with "DIR/*.md" quoted.
  const cliRun = await run(
    process.execPath,
    [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', `${manyDir}/*.md`],
    { timeoutMs: 240_000 },
  );
  let cliFiles: number | null = null;
  let cliDiagnostics: number | null = null;
  try {
    const files = (JSON.parse(cliRun.stdout) as { files: CliFile[] }).files;
    cliFiles = files.length;
    cliDiagnostics = files.reduce((sum, f) => sum + f.diagnostics.length, 0);
  } catch {
    log(`CLI output was not JSON (exit ${cliRun.code}): ${cliRun.stderr.slice(0, 300)}`);
  }
  let baselineCli: Exec | null = null;
  if (BASELINE_DIR) {
    log('baseline CLI over the files');
    baselineCli = await run(
      process.execPath,
      [join(BASELINE_DIR, 'dist/cli.js'), 'check', '--format', 'json', `${manyDir}/*.md`],
      { timeoutMs: 240_000 },
    );
  }
  log('markdownlint over the files');
  const mdlRun = await run(process.execPath, [join(ROOT, 'bench/markdownlintFiles.mjs'), manyDir], {
    timeoutMs: 240_000,
  });
  let mdlFiles: number | null = null;
  let mdlIssues: number | null = null;
  try {
    const parsed = JSON.parse(mdlRun.stdout) as { files: number; issues: number };
    mdlFiles = parsed.files;
    mdlIssues = parsed.issues;
  } catch {
    log(`markdownlint run failed (exit ${mdlRun.code}): ${mdlRun.stderr.slice(0, 300)}`);
  }
  const cliOk = (cliRun.code === 0 || cliRun.code === 1) && cliFiles === THROUGHPUT_FILES;
  const mdlOk = mdlRun.code === 0 && mdlFiles === THROUGHPUT_FILES;
  const throughput = {
    files: THROUGHPUT_FILES,
    totalBytes: manyBytes,
    generatorWords: manyWords,
    rubricWriter: {
      command: `node dist/cli.js check --format json "DIR/*.md"`,
      ok: cliOk,
      exitCode: cliRun.code,
      wallMs: cliRun.ms,
      filesReported: cliFiles,
      diagnostics: cliDiagnostics,
      filesPerSecond: cliOk ? THROUGHPUT_FILES / (cliRun.ms / 1000) : null,
    },
    markdownlint: {
      command: 'node bench/markdownlintFiles.mjs DIR (lint({ files }), markdownlint reads the files)',
      ok: mdlOk,
      exitCode: mdlRun.code,
      wallMs: mdlRun.ms,
      filesReported: mdlFiles,
      issues: mdlIssues,
      filesPerSecond: mdlOk ? THROUGHPUT_FILES / (mdlRun.ms / 1000) : null,
    },
  };

  // VSIX and extension
  const vsixName = readdirSync(ROOT).find((name) => name.endsWith('.vsix'));
  const vsix = vsixName ? { file: vsixName, bytes: statSync(join(ROOT, vsixName)).size } : null;
  let extension: { requireMs: number[]; median: number | null; exports: string[] } | { error: string } | null = null;
  if (existsSync(join(ROOT, 'dist/extension.js'))) {
    log('extension require time');
    const samples: number[] = [];
    let exports: string[] = [];
    let error: string | null = null;
    for (let i = 0; i < EXTENSION_RUNS; i++) {
      const r = await run(process.execPath, [
        join(ROOT, 'bench/requireExtension.cjs'),
        join(ROOT, 'dist/extension.js'),
      ]);
      try {
        const parsed = JSON.parse(r.stdout) as { ms: number; exports: string[] };
        samples.push(parsed.ms);
        exports = parsed.exports;
      } catch {
        error = r.stderr.trim().split('\n').slice(0, 3).join(' | ') || `exit ${r.code}`;
        break;
      }
    }
    extension = error ? { error } : { requireMs: samples, median: median(samples), exports };
  }

  // Ratios and targets
  const at = (runs: ServerRun[], size: Size) => runs.find((r) => r.size === size);
  const ratios = SIZES.map((size) => {
    const our = at(ours, size);
    const their = at(theirs, size);
    const lint = markdownlint[size]!.median;
    const p95 = our?.ok ? our.latency.p95 : null;
    const med = our?.ok ? our.latency.median : null;
    const theirMedian = their?.ok ? their.latency.median : null;
    return {
      size,
      markdownlintOverOurP95: ratio(lint, p95),
      markdownlintOverOurMedian: ratio(lint, med),
      rumdlMedianOverOurP95: ratio(theirMedian, p95),
      rumdlMedianOverOurMedian: ratio(theirMedian, med),
      remarkParseOverOurP95: ratio(remark[size]!.median, p95),
      markdownlintOverOurFirstDiagnostics: ratio(lint, our?.firstDiagnosticsMs),
      ourP95OverOur1kP95: ratio(p95, at(ours, 1000)?.ok ? at(ours, 1000)!.latency.p95 : null),
    };
  });
  const r20 = ratios[1]!;
  const r100 = ratios[2]!;
  const our100 = at(ours, 100000);
  const targets = [
    {
      target: 'edit p95 at 20k at least 30x faster than markdownlint lint',
      value: r20.markdownlintOverOurP95,
      pass: r20.markdownlintOverOurP95 === null ? null : r20.markdownlintOverOurP95 >= 30,
      shown: times(r20.markdownlintOverOurP95),
    },
    {
      target: 'edit p95 at 20k at least 3x faster than rumdl median',
      value: r20.rumdlMedianOverOurP95,
      pass: r20.rumdlMedianOverOurP95 === null ? null : r20.rumdlMedianOverOurP95 >= 3,
      shown: times(r20.rumdlMedianOverOurP95),
    },
    {
      target: 'edit p95 at 100k no more than 2x the 1k p95',
      value: r100.ourP95OverOur1kP95,
      pass: r100.ourP95OverOur1kP95 === null ? null : r100.ourP95OverOur1kP95 <= 2,
      shown: times(r100.ourP95OverOur1kP95),
    },
    {
      target: 'time to first diagnostics at 100k no more than markdownlint lint',
      value: r100.markdownlintOverOurFirstDiagnostics,
      pass: r100.markdownlintOverOurFirstDiagnostics === null ? null : r100.markdownlintOverOurFirstDiagnostics >= 1,
      shown: `${ms(our100?.firstDiagnosticsMs)} vs ${ms(markdownlint[100000]!.median)}`,
    },
    {
      target: 'CLI throughput at least markdownlint on the same files',
      value: ratio(throughput.rubricWriter.filesPerSecond, throughput.markdownlint.filesPerSecond),
      pass:
        throughput.rubricWriter.filesPerSecond === null || throughput.markdownlint.filesPerSecond === null
          ? null
          : throughput.rubricWriter.filesPerSecond >= throughput.markdownlint.filesPerSecond,
      shown: times(ratio(throughput.rubricWriter.filesPerSecond, throughput.markdownlint.filesPerSecond)),
    },
    {
      target: 'server peak RSS with 100k open at most 150 MB',
      value: our100?.peakRssBytes ?? null,
      pass: our100?.peakRssBytes ? our100.peakRssBytes <= 150 * 1024 * 1024 : null,
      shown: mb(our100?.peakRssBytes),
    },
    {
      target: 'VSIX at most 1 MB',
      value: vsix?.bytes ?? null,
      pass: vsix ? vsix.bytes <= 1024 * 1024 : null,
      shown: vsix ? kb(vsix.bytes) : 'not built',
    },
  ];

  const totalMs = performance.now() - started;

  // The table
  const cols = SIZES.map((s) => `${s / 1000}k words`);
  const rows: (string[] | string)[] = [];
  const row = (label: string, values: string[]) => rows.push([`  ${label}`, ...values]);
  const section = (title: string) => rows.push(title);
  const per = <T>(f: (size: Size) => T) => SIZES.map(f);
  const ourAt = (size: Size) => at(ours, size);
  const theirAt = (size: Size) => at(theirs, size);
  const failed = (r: ServerRun | undefined, value: string) =>
    r && !r.ok ? `failed${value === '—' ? '' : ` (${value})`}` : value;

  section('Documents (generated, seed ' + SEED + ')');
  row(
    'words (rubric-writer count)',
    documents.map((d) => int(d.rubricWriterWords)),
  );
  row(
    'size / lines',
    documents.map((d) => `${kb(d.bytes)} / ${int(d.lines)}`),
  );
  row(
    'diagnostics in the document',
    documents.map((d) => String(d.diagnostics.length)),
  );
  section('rubric-writer server (node dist/server.js --stdio, incremental sync)');
  row(
    'initialize (spawn → result)',
    per((s) => ms(ourAt(s)?.initializeMs)),
  );
  row(
    'time to first diagnostics',
    per((s) => ms(ourAt(s)?.firstDiagnosticsMs)),
  );
  row(
    `edit → diagnostics median (${EDITS} edits)`,
    per((s) => failed(ourAt(s), ms(ourAt(s)?.latency.median))),
  );
  row(
    'edit → diagnostics p95',
    per((s) => failed(ourAt(s), ms(ourAt(s)?.latency.p95))),
  );
  row(
    'edit → diagnostics max',
    per((s) => failed(ourAt(s), ms(ourAt(s)?.latency.max))),
  );
  row(
    'peak RSS (VmHWM)',
    per((s) => mb(ourAt(s)?.peakRssBytes)),
  );
  row(
    'final diagnostics = CLI on same text',
    per((s) => {
      const r = ourAt(s);
      return r?.finalMatchesCli === null || r?.finalMatchesCli === undefined ? '—' : r.finalMatchesCli ? 'yes' : 'NO';
    }),
  );
  if ('command' in rumdl) {
    section(`rumdl ${rumdl.version} server (native; rumdl server --no-config; it asks for full sync)`);
    row(
      'time to first diagnostics',
      per((s) => ms(theirAt(s)?.firstDiagnosticsMs)),
    );
    row(
      `edit → diagnostics median (${EDITS} edits)`,
      per((s) => failed(theirAt(s), ms(theirAt(s)?.latency.median))),
    );
    row(
      'edit → diagnostics p95',
      per((s) => failed(theirAt(s), ms(theirAt(s)?.latency.p95))),
    );
    row(
      'peak RSS (VmHWM)',
      per((s) => mb(theirAt(s)?.peakRssBytes)),
    );
    row(
      'diagnostics (default rules)',
      per((s) => {
        const n = theirAt(s)?.firstDiagnosticsCount;
        return n === null || n === undefined ? '—' : int(n);
      }),
    );
  } else {
    section(`rumdl server: not available (${rumdl.reason})`);
  }
  section(`markdownlint ${markdownlintVersion} full lint (lint from markdownlint/sync, one string, default config)`);
  row(
    `median (of ${SIZES.map((s) => RUNS[s]).join(' / ')} runs)`,
    per((s) => ms(markdownlint[s]!.median)),
  );
  row(
    'issues reported',
    per((s) => int(markdownlint[s]!.issues)),
  );
  section('remark whole-document parse (unified + remark-parse + remark-gfm + remark-frontmatter)');
  row(
    `median (of ${SIZES.map((s) => RUNS[s]).join(' / ')} runs)`,
    per((s) => ms(remark[s]!.median)),
  );
  section('Ratios (how many times faster rubric-writer is; above 1 = faster)');
  row(
    'markdownlint lint ÷ our edit p95',
    ratios.map((r) => times(r.markdownlintOverOurP95)),
  );
  row(
    'markdownlint lint ÷ our edit median',
    ratios.map((r) => times(r.markdownlintOverOurMedian)),
  );
  row(
    'rumdl edit median ÷ our edit p95',
    ratios.map((r) => ('command' in rumdl ? times(r.rumdlMedianOverOurP95) : 'not available')),
  );
  row(
    'rumdl edit median ÷ our edit median',
    ratios.map((r) => ('command' in rumdl ? times(r.rumdlMedianOverOurMedian) : 'not available')),
  );
  row(
    'remark parse ÷ our edit p95',
    ratios.map((r) => times(r.remarkParseOverOurP95)),
  );
  row(
    'markdownlint lint ÷ our first diagnostics',
    ratios.map((r) => times(r.markdownlintOverOurFirstDiagnostics)),
  );
  row(
    'our edit p95 ÷ our 1k edit p95 (growth)',
    ratios.map((r) => times(r.ourP95OverOur1kP95)),
  );

  const width0 = Math.max(...rows.map((r) => (typeof r === 'string' ? 0 : r[0]!.length)), 10);
  const widths = cols.map((c, i) =>
    Math.max(c.length, ...rows.map((r) => (typeof r === 'string' ? 0 : r[i + 1]!.length))),
  );
  const lines: string[] = [];
  const header =
    `Rubric Writer benchmark · Node ${process.version} · ${platform()} ${arch()} · ${cpus().length} × ` +
    `${cpus()[0]?.model.trim() ?? 'CPU'}`;
  lines.push(header, '');
  lines.push(`${''.padEnd(width0)}  ${cols.map((c, i) => c.padStart(widths[i]!)).join('  ')}`);
  for (const r of rows) {
    if (typeof r === 'string') lines.push(r);
    else
      lines.push(
        `${r[0]!.padEnd(width0)}  ${r
          .slice(1)
          .map((v, i) => v.padStart(widths[i]!))
          .join('  ')}`,
      );
  }
  lines.push('');
  lines.push(
    `Throughput: ${int(THROUGHPUT_FILES)} distinct generated 1k-word submissions (${kb(manyBytes)}), one process ` +
      `each, wall time including Node start-up`,
  );
  const tput = (
    label: string,
    t: { ok: boolean; wallMs: number; filesPerSecond: number | null; exitCode: number | null },
  ) =>
    `  ${label.padEnd(76)} ` +
    (t.ok
      ? `${ms(t.wallMs).padStart(9)}  ${t.filesPerSecond!.toFixed(0).padStart(5)} files/s`
      : `failed (exit ${t.exitCode})`);
  lines.push(tput('rubric-writer: node dist/cli.js check --format json "DIR/*.md"', throughput.rubricWriter));
  lines.push(
    tput(
      `markdownlint ${markdownlintVersion}: lint({ files }) in one node process (it reads them)`,
      throughput.markdownlint,
    ),
  );
  lines.push(
    `  ${'ratio (rubric-writer files/s ÷ markdownlint files/s)'.padEnd(76)} ` +
      `${times(ratio(throughput.rubricWriter.filesPerSecond, throughput.markdownlint.filesPerSecond)).padStart(9)}`,
  );
  if (BASELINE_DIR && comparison && baselineCli) {
    const before = pooled(comparison.baseline);
    const after = pooled(comparison.ours);
    const baselineOk = baselineCli.code === 0 || baselineCli.code === 1;
    lines.push(
      '',
      `Before / after (baseline: ${BASELINE_DIR}/dist, same run; ${BASELINE_ROUNDS} fresh servers of each, ` +
        `alternating, ${before.n} / ${after.n} edits pooled)`,
    );
    lines.push(
      `  ${`edit → diagnostics p95 at ${int(BASELINE_SIZE)} words: baseline / this build`.padEnd(76)} ` +
        `${ms(before.p95)} / ${ms(after.p95)}`,
    );
    lines.push(
      `  ${`edit → diagnostics median at ${int(BASELINE_SIZE)} words: baseline / this build`.padEnd(76)} ` +
        `${ms(before.median)} / ${ms(after.median)}`,
    );
    const baselineFilesPerSecond = baselineOk
      ? (THROUGHPUT_FILES / (baselineCli.ms / 1000)).toFixed(0)
      : `failed (exit ${baselineCli.code})`;
    lines.push(
      `  ${'CLI throughput files/s: baseline / this build'.padEnd(76)} ` +
        `${baselineFilesPerSecond} / ${throughput.rubricWriter.filesPerSecond?.toFixed(0) ?? 'failed'}`,
    );
  }
  lines.push(`VSIX: ${vsix ? `${vsix.file} ${kb(vsix.bytes)}` : 'not built'}`);
  lines.push(
    `Extension activation: ${
      extension === null
        ? 'not built (no dist/extension.js)'
        : 'error' in extension
          ? `require(dist/extension.js) failed with a stub vscode: ${extension.error}`
          : `require(dist/extension.js) with a stub vscode module: median ${ms(extension.median)} of ` +
            `${EXTENSION_RUNS} fresh processes (starting the client needs VS Code: not measured)`
    }`,
  );
  lines.push('');
  lines.push('Targets (issue 7):');
  for (const t of targets)
    lines.push(`  [${t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'FAIL'}] ${t.target}: ${t.shown}`);
  const failures = [...ours, ...theirs].filter((r) => !r.ok);
  for (const r of failures) lines.push(`  note: ${r.server} at ${int(r.size)} words did not finish: ${r.error}`);
  for (const r of ours.filter((r) => r.finalMatchesCli === false)) {
    lines.push(
      `  note: at ${int(r.size)} words the server's final diagnostics differ from the CLI's: ` +
        `${r.finalMismatch!.serverOnly.length} only in the server, ${r.finalMismatch!.cliOnly.length} only in the CLI`,
    );
  }
  lines.push(`Bench run time: ${(totalMs / 1000).toFixed(1)} s (after the build)`);
  process.stdout.write(`${lines.join('\n')}\n`);

  const results = {
    generatedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: platform(),
      arch: arch(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? null,
    },
    settings: { seed: SEED, sizes: SIZES, edits: EDITS, runs: RUNS, waitMs: WAIT_MS },
    documents,
    servers: {
      'rubric-writer': ours,
      rumdl:
        'command' in rumdl
          ? { available: true, version: rumdl.version, package: rumdl.package, runs: theirs }
          : { available: false, reason: rumdl.reason },
    },
    markdownlint: {
      version: markdownlintVersion,
      api: "lint({ strings }) from 'markdownlint/sync', default config",
      bySize: markdownlint,
    },
    remark: {
      pipeline: 'unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]).parse(text)',
      bySize: remark,
    },
    ratios,
    throughput,
    vsix,
    extension,
    targets,
    baseline: BASELINE_DIR
      ? {
          dir: BASELINE_DIR,
          rounds: comparison,
          pooled: comparison ? { baseline: pooled(comparison.baseline), ours: pooled(comparison.ours) } : null,
          cliWallMs: baselineCli?.ms ?? null,
          cliExitCode: baselineCli?.code ?? null,
        }
      : null,
    totalMs,
  };
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log('wrote bench/results.json');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    for (const child of children) child.kill();
    process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
