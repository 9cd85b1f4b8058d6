/**
 * The benchmark's ratios and targets, computed from the figures of one run: issue 7's (edits against
 * the peers) and issue 31's (start-up, first diagnostics, the CLI in CI, memory), each against its
 * peer or floor measured in the same run.
 */
import type { BaselineComparison, findRumdl, ServerRun } from './servers';
import type { documentsFigure, extensionFigures, inProcessPeerFigures, throughputFigure } from './figures';
import type { StartupFigures } from './startup';
import { kb, mb, ms, ratio, type Size, SIZES, summary, times } from './shared';

/** Everything one run measured. */
export interface Figures {
  documents: Awaited<ReturnType<typeof documentsFigure>>['documents'];
  ours: ServerRun[];
  comparison: BaselineComparison | null;
  rumdl: ReturnType<typeof findRumdl>;
  theirs: ServerRun[];
  peers: ReturnType<typeof inProcessPeerFigures>;
  throughput: Awaited<ReturnType<typeof throughputFigure>>;
  extension: Awaited<ReturnType<typeof extensionFigures>>;
  startup: StartupFigures;
}

export const pooled = (runs: readonly ServerRun[]) => summary(runs.flatMap((r) => r.latenciesMs));
export const at = (runs: ServerRun[], size: Size) => runs.find((r) => r.size === size);

/** Per size: how many times faster we are than each peer (above 1 = faster). */
export function ratiosOf({ ours, theirs, peers: { markdownlint, remark } }: Figures) {
  return SIZES.map((size) => {
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
}

export type Ratios = ReturnType<typeof ratiosOf>;
export type Target = { target: string; value: number | null; pass: boolean | null; shown: string };
const target = (name: string, value: number | null, pass: (v: number) => boolean, shown: string): Target => ({
  target: name,
  value,
  pass: value === null ? null : pass(value),
  shown,
});

/** Issue 7's targets: edits against the peers, the first diagnostics at 100k, throughput, memory, VSIX. */
export function issue7Targets(figures: Figures, ratios: Ratios): Target[] {
  const { throughput } = figures.throughput;
  const [, r20, r100] = ratios;
  const our100 = at(figures.ours, 100000);
  const lint100 = figures.peers.markdownlint[100000]!.median;
  const cliRatio = ratio(throughput.rubricWriter.filesPerSecond, throughput.markdownlint.filesPerSecond);
  const vsix = figures.extension.vsix;
  return [
    target(
      'edit p95 at 20k at least 30x faster than markdownlint lint',
      r20!.markdownlintOverOurP95,
      (v) => v >= 30,
      times(r20!.markdownlintOverOurP95),
    ),
    target(
      'edit p95 at 20k at least 3x faster than rumdl median',
      r20!.rumdlMedianOverOurP95,
      (v) => v >= 3,
      times(r20!.rumdlMedianOverOurP95),
    ),
    target(
      'edit p95 at 100k no more than 2x the 1k p95',
      r100!.ourP95OverOur1kP95,
      (v) => v <= 2,
      times(r100!.ourP95OverOur1kP95),
    ),
    target(
      'time to first diagnostics at 100k no more than markdownlint lint',
      r100!.markdownlintOverOurFirstDiagnostics,
      (v) => v >= 1,
      `${ms(our100?.firstDiagnosticsMs)} vs ${ms(lint100)}`,
    ),
    target('CLI throughput at least markdownlint on the same files', cliRatio, (v) => v >= 1, times(cliRatio)),
    target(
      'server peak RSS with 100k open at most 150 MB',
      our100?.peakRssBytes ?? null,
      (v) => v <= 150 * 1024 * 1024,
      mb(our100?.peakRssBytes),
    ),
    target('VSIX at most 1 MB', vsix?.bytes ?? null, (v) => v <= 1024 * 1024, vsix ? kb(vsix.bytes) : 'not built'),
  ];
}

/** Issue 31's figures, each against its peer or floor from the same run, with its goal. */
export function issue31Targets(figures: Figures): Target[] {
  const { startup, ours, comparison } = figures;
  const { throughput } = figures.throughput;
  const our100 = at(ours, 100000);
  const lint100 = figures.peers.markdownlint[100000]!.median;
  const overBare =
    startup.initializeMs !== null && startup.bareNodeMs !== null ? startup.initializeMs - startup.bareNodeMs : null;
  const version = ratio(startup.versionMs, startup.bareNodeMs);
  const cli = ratio(throughput.rubricWriter.filesPerSecond, throughput.markdownlint.filesPerSecond);
  const first100 = ratio(our100?.firstDiagnosticsMs, lint100);
  const p95 = comparison ? [pooled(comparison.baseline).p95, pooled(comparison.ours).p95] : [null, null];
  const vsix = figures.extension.vsix;
  return [
    target(
      'start-up → initialize, minus a bare node -e 0: at most 40 ms',
      overBare,
      (v) => v <= 40,
      `${ms(startup.initializeMs)} − ${ms(startup.bareNodeMs)} = ${ms(overBare)}`,
    ),
    target(
      `first diagnostics of ${'the example'} after initialize: at most 20 ms (markdownlint lints it in ` +
        `${ms(startup.exampleLintMs)})`,
      startup.exampleFirstDiagnosticsMs,
      (v) => v <= 20,
      ms(startup.exampleFirstDiagnosticsMs),
    ),
    target('rubric-writer --version ÷ bare node -e 0: at most 1.3×', version, (v) => v <= 1.3, times(version)),
    target('CLI files/s ÷ markdownlint files/s on the 1,000 files: at least 3×', cli, (v) => v >= 3, times(cli)),
    target(
      'first diagnostics at 100k ÷ markdownlint full lint: at most 0.5×',
      first100,
      (v) => v <= 0.5,
      times(first100),
    ),
    target(
      `server peak RSS at 100k: at most 100 MB (bare Node: ${mb(startup.bareNodeRssBytes)})`,
      our100?.peakRssBytes ?? null,
      (v) => v <= 100 * 1024 * 1024,
      mb(our100?.peakRssBytes),
    ),
    target(
      "edit p95 at 20k ÷ the baseline build's: no worse (at most 1.1×)",
      ratio(p95[1], p95[0]),
      (v) => v <= 1.1,
      comparison ? `${ms(p95[1])} vs ${ms(p95[0])}` : 'no baseline (RUBRIC_WRITER_BENCH_BASELINE)',
    ),
    target('VSIX at most 1 MB', vsix?.bytes ?? null, (v) => v <= 1024 * 1024, vsix ? kb(vsix.bytes) : 'not built'),
  ];
}
