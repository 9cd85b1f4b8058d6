/** The benchmark's table, printed to stdout (bench/README.md says what each line means). */
import { arch, cpus, platform } from 'node:os';
import type { ServerRun } from './servers';
import { at, type Figures, pooled, type Ratios, type Target } from './targets';
import {
  BASELINE_DIR,
  BASELINE_ROUNDS,
  BASELINE_SIZE,
  EDITS,
  EXTENSION_RUNS,
  int,
  kb,
  mb,
  ms,
  ratio,
  RUNS,
  SEED,
  type Size,
  SIZES,
  THROUGHPUT_FILES,
  times,
} from './shared';

type Rows = (string[] | string)[];
const failed = (r: ServerRun | undefined, value: string) =>
  r && !r.ok ? `failed${value === '—' ? '' : ` (${value})`}` : value;
const per = <T>(f: (size: Size) => T) => SIZES.map(f);

function serverRows(rows: Rows, runs: ServerRun[], extra: boolean): void {
  const row = (name: string, values: string[]) => rows.push([`  ${name}`, ...values]);
  const r = (s: Size) => at(runs, s);
  if (extra)
    row(
      'initialize (spawn → result)',
      per((s) => ms(r(s)?.initializeMs)),
    );
  row(
    'time to first diagnostics',
    per((s) => ms(r(s)?.firstDiagnosticsMs)),
  );
  row(
    `edit → diagnostics median (${EDITS} edits)`,
    per((s) => failed(r(s), ms(r(s)?.latency.median))),
  );
  row(
    'edit → diagnostics p95',
    per((s) => failed(r(s), ms(r(s)?.latency.p95))),
  );
  if (extra)
    row(
      'edit → diagnostics max',
      per((s) => failed(r(s), ms(r(s)?.latency.max))),
    );
  row(
    'peak RSS (VmHWM)',
    per((s) => mb(r(s)?.peakRssBytes)),
  );
  if (extra)
    row(
      'final diagnostics = CLI on same text',
      per((s) => {
        const match = r(s)?.finalMatchesCli;
        return match === null || match === undefined ? '—' : match ? 'yes' : 'NO';
      }),
    );
  else
    row(
      'diagnostics (default rules)',
      per((s) => {
        const n = r(s)?.firstDiagnosticsCount;
        return n === null || n === undefined ? '—' : int(n);
      }),
    );
}

function sizeRows(figures: Figures, ratios: Ratios): Rows {
  const rows: Rows = [];
  const row = (label: string, values: string[]) => rows.push([`  ${label}`, ...values]);
  const { documents, rumdl, peers } = figures;
  rows.push(`Documents (generated, seed ${SEED})`);
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
  rows.push('rubric-writer server (node dist/server.js --stdio, incremental sync)');
  serverRows(rows, figures.ours, true);
  if ('command' in rumdl) {
    rows.push(`rumdl ${rumdl.version} server (native; rumdl server --no-config; it asks for full sync)`);
    serverRows(rows, figures.theirs, false);
  } else rows.push(`rumdl server: not available (${rumdl.reason})`);
  const runs = `median (of ${SIZES.map((s) => RUNS[s]).join(' / ')} runs)`;
  rows.push('markdownlint full lint (lint from markdownlint/sync, one string, default config)');
  row(
    runs,
    per((s) => ms(peers.markdownlint[s]!.median)),
  );
  row(
    'issues reported',
    per((s) => int(peers.markdownlint[s]!.issues)),
  );
  rows.push('remark whole-document parse (unified + remark-parse + remark-gfm + remark-frontmatter)');
  row(
    runs,
    per((s) => ms(peers.remark[s]!.median)),
  );
  rows.push('Ratios (how many times faster rubric-writer is; above 1 = faster)');
  const rumdlRatio = (x: number | null) => ('command' in rumdl ? times(x) : 'not available');
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
    ratios.map((r) => rumdlRatio(r.rumdlMedianOverOurP95)),
  );
  row(
    'rumdl edit median ÷ our edit median',
    ratios.map((r) => rumdlRatio(r.rumdlMedianOverOurMedian)),
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
  return rows;
}

function formatRows(rows: Rows): string[] {
  const cols = SIZES.map((s) => `${s / 1000}k words`);
  const width0 = Math.max(...rows.map((r) => (typeof r === 'string' ? 0 : r[0]!.length)), 10);
  const widths = cols.map((c, i) =>
    Math.max(c.length, ...rows.map((r) => (typeof r === 'string' ? 0 : r[i + 1]!.length))),
  );
  const lines = [`${''.padEnd(width0)}  ${cols.map((c, i) => c.padStart(widths[i]!)).join('  ')}`];
  for (const r of rows)
    lines.push(
      typeof r === 'string'
        ? r
        : `${r[0]!.padEnd(width0)}  ${r
            .slice(1)
            .map((v, i) => v.padStart(widths[i]!))
            .join('  ')}`,
    );
  return lines;
}

const line = (label: string, value: string) => `  ${label.padEnd(76)} ${value}`;

function throughputLines({ throughput: { throughput, baselineCli }, comparison }: Figures): string[] {
  const tput = (
    label: string,
    t: { ok: boolean; wallMs: number; filesPerSecond: number | null; exitCode: number | null },
  ) =>
    line(
      label,
      t.ok
        ? `${ms(t.wallMs).padStart(9)}  ${t.filesPerSecond!.toFixed(0).padStart(5)} files/s`
        : `failed (exit ${t.exitCode})`,
    );
  const lines = [
    `Throughput: ${int(THROUGHPUT_FILES)} distinct generated 1k-word submissions (${kb(throughput.totalBytes)}), ` +
      'wall time including Node start-up',
    tput('rubric-writer: node dist/cli.js check --format json "DIR/*.md"', throughput.rubricWriter),
    tput('markdownlint: lint({ files }) in one node process (it reads them)', throughput.markdownlint),
    line(
      'ratio (rubric-writer files/s ÷ markdownlint files/s)',
      times(ratio(throughput.rubricWriter.filesPerSecond, throughput.markdownlint.filesPerSecond)).padStart(9),
    ),
  ];
  if (!BASELINE_DIR || !comparison || !baselineCli) return lines;
  const before = pooled(comparison.baseline);
  const after = pooled(comparison.ours);
  const baselineFilesPerSecond =
    baselineCli.code === 0 || baselineCli.code === 1
      ? (THROUGHPUT_FILES / (baselineCli.ms / 1000)).toFixed(0)
      : `failed (exit ${baselineCli.code})`;
  lines.push(
    '',
    `Before / after (baseline: ${BASELINE_DIR}/dist, same run; ${BASELINE_ROUNDS} fresh servers of each, ` +
      `alternating, ${before.n} / ${after.n} edits pooled)`,
    line(
      `edit → diagnostics p95 at ${int(BASELINE_SIZE)} words: baseline / this build`,
      `${ms(before.p95)} / ${ms(after.p95)}`,
    ),
    line(
      `edit → diagnostics median at ${int(BASELINE_SIZE)} words: baseline / this build`,
      `${ms(before.median)} / ${ms(after.median)}`,
    ),
    line(
      'CLI throughput files/s: baseline / this build',
      `${baselineFilesPerSecond} / ${throughput.rubricWriter.filesPerSecond?.toFixed(0) ?? 'failed'}`,
    ),
  );
  return lines;
}

function startupLines({ startup, extension: { vsix, extension } }: Figures): string[] {
  const activation =
    extension === null
      ? 'not built (no dist/extension.js)'
      : 'error' in extension
        ? `require(dist/extension.js) failed with a stub vscode: ${extension.error}`
        : `require(dist/extension.js) with a stub vscode module: median ${ms(extension.median)} of ` +
          `${EXTENSION_RUNS} fresh processes (starting the client needs VS Code: not measured)`;
  return [
    `Start-up (${startup.runs} fresh processes of each, alternating; medians; the server's after its first start)`,
    line('bare node -e 0 (spawn → exit)', ms(startup.bareNodeMs)),
    line('rubric-writer --version (spawn → exit)', ms(startup.versionMs)),
    line('server: spawn → initialize answered', ms(startup.initializeMs)),
    line('server: the example opened → its first diagnostics', ms(startup.exampleFirstDiagnosticsMs)),
    ...(startup.baseline
      ? [
          line('baseline build, in turn with these: initialize answered', ms(startup.baseline.initializeMs)),
          line('baseline build, in turn with these: first diagnostics', ms(startup.baseline.firstMs)),
        ]
      : []),
    line('markdownlint lint of the example (in this process, warm)', ms(startup.exampleLintMs)),
    line(
      'first server start of the run (no code cache yet): initialize, first diagnostics',
      startup.coldStart ? `${ms(startup.coldStart.initializeMs)}, ${ms(startup.coldStart.firstMs)}` : 'n/a',
    ),
    `VSIX: ${vsix ? `${vsix.file} ${kb(vsix.bytes)}` : 'not built'}`,
    `Extension activation: ${activation}`,
  ];
}

const targetLines = (title: string, targets: Target[]) => [
  title,
  ...targets.map((t) => `  [${t.pass === null ? 'n/a ' : t.pass ? 'PASS' : 'FAIL'}] ${t.target}: ${t.shown}`),
];

/** The whole table, as printed. */
export function tableLines(figures: Figures, ratios: Ratios, issue7: Target[], issue31: Target[]): string[] {
  const header =
    `Rubric Writer benchmark · Node ${process.version} · ${platform()} ${arch()} · ${cpus().length} × ` +
    `${cpus()[0]?.model.trim() ?? 'CPU'}`;
  const notes: string[] = [];
  for (const r of [...figures.ours, ...figures.theirs].filter((r) => !r.ok))
    notes.push(`  note: ${r.server} at ${int(r.size)} words did not finish: ${r.error}`);
  for (const r of figures.ours.filter((r) => r.finalMatchesCli === false))
    notes.push(
      `  note: at ${int(r.size)} words the server's final diagnostics differ from the CLI's: ` +
        `${r.finalMismatch!.serverOnly.length} only in the server, ${r.finalMismatch!.cliOnly.length} only in the CLI`,
    );
  return [
    header,
    '',
    ...formatRows(sizeRows(figures, ratios)),
    '',
    ...throughputLines(figures),
    '',
    ...startupLines(figures),
    '',
    ...targetLines('Targets (issue 7):', issue7),
    ...targetLines('Figures of issue 31 (each against its peer or floor, same run):', issue31),
    ...notes,
  ];
}
