/**
 * The benchmark's measurements, one function per figure: the documents, our server at each size,
 * the baseline build, rumdl, markdownlint and remark in this process, the CLI's throughput, the
 * extension's require time and the VSIX. Start-up figures are in startup.ts.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint as markdownlintSync } from 'markdownlint/sync';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { generateSubmission, middleParagraphLine, type GeneratedSubmission } from './generate';
import type { LspServerCommand } from '../test/helpers/lspClient';
import { SERVER_NODE_FLAGS } from '../server/src/lsp/protocol';
import { type BaselineComparison, driveServer, findRumdl, type ServerRun } from './servers';
import {
  BASELINE_DIR,
  BASELINE_ROUNDS,
  BASELINE_SIZE,
  type CliFile,
  cliCheck,
  EXTENSION_RUNS,
  type Exec,
  int,
  log,
  median,
  ROOT,
  run,
  RUNS,
  SEED,
  type Size,
  SIZES,
  THROUGHPUT_FILES,
  timeRuns,
} from './shared';

export type Docs = Map<Size, GeneratedSubmission>;
/** Our server, started with the flags the editor gives it. */
export const OUR_SERVER: LspServerCommand = {
  command: process.execPath,
  args: [...SERVER_NODE_FLAGS, join(ROOT, 'dist/server.js'), '--stdio'],
};

/** The generated submissions at each size, written to workDir, and what the CLI counts in them. */
export async function documentsFigure(workDir: string) {
  log('generating documents');
  const docs: Docs = new Map();
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

  return { docs, documents };
}

/** Our server at each size: initialize, first diagnostics, 50 edits, peak RSS. */
export async function ourServerFigures(docs: Docs, workDir: string): Promise<ServerRun[]> {
  const ours: ServerRun[] = [];
  for (const size of SIZES) {
    log(`rubric-writer server: ${int(size)} words`);
    ours.push(await driveServer('rubric-writer', OUR_SERVER, docs.get(size)!, size, workDir, true));
  }
  return ours;
}

/** The baseline build beside this one at 20k words, alternating, when RUBRIC_WRITER_BENCH_BASELINE is set. */
export async function baselineFigure(docs: Docs, workDir: string): Promise<BaselineComparison | null> {
  if (!BASELINE_DIR) return null;
  const comparison: BaselineComparison = { baseline: [], ours: [] };
  {
    // With the Node flags this build's server is given, so the two servers differ only in their code.
    const baselineCommand: LspServerCommand = {
      command: process.execPath,
      args: [...SERVER_NODE_FLAGS, join(BASELINE_DIR, 'dist/server.js'), '--stdio'],
    };
    // Alternating, in the order ABBA..., so neither build always runs on the warmer or the quieter machine.
    for (let round = 0; round < BASELINE_ROUNDS; round++) {
      const order = round % 2 === 0 ? (['baseline', 'ours'] as const) : (['ours', 'baseline'] as const);
      for (const which of order) {
        const name = which === 'ours' ? 'this build' : `baseline (${BASELINE_DIR})`;
        log(`${name}: ${int(BASELINE_SIZE)} words, round ${round + 1}`);
        const command = which === 'ours' ? OUR_SERVER : baselineCommand;
        const doc = docs.get(BASELINE_SIZE)!;
        comparison[which].push(await driveServer(which, command, doc, BASELINE_SIZE, workDir, false));
      }
    }
  }
  return comparison;
}

/** rumdl's server at each size, driven the same way; the reason when it is not available. */
export async function rumdlFigures(docs: Docs, workDir: string) {
  const rumdl = findRumdl();
  const theirs: ServerRun[] = [];
  if (!('command' in rumdl)) {
    log(`rumdl: not available (${rumdl.reason})`);
    return { rumdl, theirs };
  }
  const command = { command: rumdl.command, args: ['server', '--no-config'] };
  for (const size of SIZES) {
    log(`rumdl server: ${int(size)} words`);
    theirs.push(await driveServer('rumdl', command, docs.get(size)!, size, workDir, false));
  }
  return { rumdl, theirs };
}

/** markdownlint's full lint and a whole-document remark parse, in this process, after a warm-up. */
export function inProcessPeerFigures(docs: Docs) {
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
  return { markdownlint, remark };
}

/** 1,000 files checked by one CLI process, beside markdownlint over the same files (and the baseline CLI). */
export async function throughputFigure(workDir: string) {
  const { manyDir, manyBytes, manyWords } = writeManyFiles(workDir);
  log('rubric-writer CLI over the files');
  // The glob is one argument (no shell): the CLI expands it itself, as with "DIR/*.md" quoted.
  const cliRun = await run(
    process.execPath,
    [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', `${manyDir}/*.md`],
    { timeoutMs: 240_000 },
  );
  const { cliFiles, cliDiagnostics } = readCliReport(cliRun);
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
  return { throughput, baselineCli };
}

/** The throughput run's files: distinct generated ~1k-word submissions. */
function writeManyFiles(workDir: string) {
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
  return { manyDir, manyBytes, manyWords };
}

function readCliReport(cliRun: Exec): { cliFiles: number | null; cliDiagnostics: number | null } {
  try {
    const files = (JSON.parse(cliRun.stdout) as { files: CliFile[] }).files;
    return { cliFiles: files.length, cliDiagnostics: files.reduce((sum, f) => sum + f.diagnostics.length, 0) };
  } catch {
    log(`CLI output was not JSON (exit ${cliRun.code}): ${cliRun.stderr.slice(0, 300)}`);
    return { cliFiles: null, cliDiagnostics: null };
  }
}

/** The VSIX's size, when one is built, and require(dist/extension.js) with a stub vscode. */
export async function extensionFigures() {
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
  return { vsix, extension };
}
