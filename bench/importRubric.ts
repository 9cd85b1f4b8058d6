/**
 * `import-rubric` of a 10-page printable PDF, end to end as a writer runs it (node dist/cli.js):
 * the median of several runs, which the target puts under 1 s. Run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type TextRun, writePdf } from '../test/helpers/pdfWriter';

const PAGES = 10;
const RUNS = 5;

/** Ten pages of requirements: Parts, artifacts, and a rubric table whose rows cross page breaks. */
function requirementPages(): TextRun[][] {
  const pages: TextRun[][] = [];
  for (let p = 0; p < PAGES; p++) {
    const runs: TextRun[] = [{ x: 72, y: 760, text: 'Bench Credential - Requirements', size: 8 }];
    const lines: (string | string[])[] = [];
    if (p === 0) lines.push('Bench Credential', 'Made by Bench Issuer', 'Submission Requirements');
    lines.push(`Part ${p + 1}. Section ${p + 1}`, '(300-400 words)');
    for (let q = 0; q < 20; q++) lines.push(`- Guiding question ${q + 1} of part ${p + 1}, asked in full here?`);
    lines.push(`Part ${p + 1}. Rubric`, ['', 'Proficient', 'Basic', 'Developing']);
    for (let r = 0; r < 8; r++) lines.push([`Row ${r + 1}`, 'A criterion that wraps', 'Another one that', 'A third']);
    lines.forEach((line, i) => {
      const y = 730 - i * 14;
      if (typeof line === 'string') runs.push({ x: 72, y, text: line });
      else line.forEach((text, c) => text && runs.push({ x: [72, 200, 330, 460][c], y, text, size: 8 }));
    });
    runs.push({ x: 72, y: 30, text: `Bench Issuer | Page ${p + 1} of ${PAGES}`, size: 8 });
    pages.push(runs);
  }
  return pages;
}

const dir = mkdtempSync(join(tmpdir(), 'bench-import-rubric-'));
const pdf = join(dir, 'requirements.pdf');
writeFileSync(pdf, writePdf(requirementPages()));
const cli = join(__dirname, '../dist/cli.js');
const samples: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const done = spawnSync(process.execPath, [cli, 'import-rubric', pdf, '--format', 'json'], { encoding: 'utf8' });
  samples.push(performance.now() - start);
  if (done.status !== 0) throw new Error(`import-rubric failed: ${done.stderr}`);
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
process.stdout.write(
  `import-rubric of a ${PAGES}-page PDF (a new process each time): median ${median(samples).toFixed(0)} ms ` +
    `over ${RUNS} runs (target < 1000 ms; load average ${loadavg()[0].toFixed(1)})\n`,
);
inProcess().then(() => rmSync(dir, { recursive: true, force: true }));

/** The same work inside one process, wall and CPU time: what the import costs beyond starting Node. */
async function inProcess(): Promise<void> {
  const { pdfPagesToText, readRequirements, rubricFileText } = await import('../server/src/core/intake/requirements');
  const { pdfTextRuns } = require(join(__dirname, '../dist/pdf-reader.js'));
  const bytes = new Uint8Array(readFileSync(pdf));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    const draft = readRequirements(pdfPagesToText(await pdfTextRuns(bytes.slice())));
    if (!draft) throw new Error('no rubric read from the bench PDF');
    rubricFileText({ ...draft, rubric: { ...draft.rubric, id: 'bench' } }, 'requirements.pdf');
    const { user, system } = process.cpuUsage(used);
    wall.push(performance.now() - start);
    cpu.push((user + system) / 1000);
  }
  process.stdout.write(
    `  reading and importing it in one process: median ${median(wall).toFixed(0)} ms wall, ` +
      `${median(cpu).toFixed(0)} ms CPU\n`,
  );
}
