/**
 * `npm run bench:hostile`: times input built to hang or crash the checker, each case at its size N
 * and at 4N, through the built CLI (`node dist/cli.js check`) and through the core's analysis in a
 * child process of its own (so a case that hangs is stopped, not waited for). Prints one table:
 * the times, the growth from N to 4N (about 4 is linear, 16 quadratic), and whether the CLI gave a
 * report. See bench/README.md.
 *
 * A case is a name, a size and a writer of its files; add one to CASES to have it measured.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { medianKeystrokeOf, openInServer } from './hostileServer';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist/cli.js');
/** A run past this is stopped and shown as `> 60 s`. */
const TIMEOUT_MS = 60_000;
/** The target for every case at its size. */
const TARGET_MS = 2_000;

export interface HostileCase {
  name: string;
  /** The size the case is measured at (and at 4N), in `unit`s. */
  n: number;
  unit: string;
  /** Writes the case's files at size `n` into `dir`; returns the arguments that follow `check`. */
  files(dir: string, n: number): string[];
  /** The same text for the core's `analyze` (left out for cases that are not one document). */
  document?(n: number): string;
  /** Timed in the core as keystrokes in the document's middle (median per keystroke), not as one analysis. */
  keystrokes?: boolean;
  /** Timed in the built server, from opening the document to the answer of a request about it. */
  opened?: boolean;
  /** Timed in the built server by a measure of its own (in a folder of its own), with notes on what it saw. */
  server?(dir: string, n: number): Promise<{ ms: number; notes: string[] }>;
}

const FRONT = '---\nrubric: working-together-for-student-success\n---\n\n';
const UNDER_A_PART = `${FRONT}## Part 3 Reflection\n\nSome words first.\n\n`;

/** A case that is one submission: checked by the CLI from a file, and by the core from its text. */
function submission(name: string, n: number, unit: string, build: (n: number) => string): HostileCase {
  return {
    name,
    n,
    unit,
    document: build,
    files(dir, size) {
      const file = join(dir, 'submission.md');
      writeFileSync(file, build(size));
      return [file];
    },
  };
}

/** Prose of about `words` words: sections of five 80-word paragraphs, as a long submission has them. */
function prose(words: number): string {
  const paragraph = 'Families and teachers plan the next steps together. '.repeat(10).trim();
  const section = (i: number) => `## Note ${i}\n\n${`${paragraph}\n\n`.repeat(5)}`;
  return Array.from({ length: Math.ceil(words / 400) }, (_v, i) => section(i)).join('');
}

/** A submission edited in the editor: the core's time per keystroke in its middle. */
function typedInto(name: string, n: number, unit: string, build: (n: number) => string): HostileCase {
  return { ...submission(name, n, unit, build), keystrokes: true };
}

/** A document opened in the editor: the built server's time from didOpen to its answer about it. */
function openedIn(name: string, n: number, unit: string, build: (n: number) => string): HostileCase {
  return { ...submission(name, n, unit, build), opened: true };
}

export const CASES: HostileCase[] = [
  submission('nested brackets', 10_000, 'pairs', (n) => `${UNDER_A_PART}${'['.repeat(n)}${']'.repeat(n)}\n`),
  submission('list nested on one line', 10_000, 'levels', (n) => `${UNDER_A_PART}${'- '.repeat(n)}x\n`),
  submission('quote nested on one line', 10_000, 'levels', (n) => `${UNDER_A_PART}${'>'.repeat(n)} x\n`),
  submission('quote growing line by line', 750, 'lines', (n) => {
    const lines = Array.from({ length: n }, (_v, i) => `${'>'.repeat(i + 1)} x`);
    return `${UNDER_A_PART}${lines.join('\n')}\n`;
  }),
  submission('list nested by indent', 750, 'lines', (n) => {
    const lines = Array.from({ length: n }, (_v, i) => `${'  '.repeat(i)}- x`);
    return `${UNDER_A_PART}${lines.join('\n')}\n`;
  }),
  submission('emphasis run', 10_000, 'stars', (n) => `${UNDER_A_PART}${'*'.repeat(n)}x${'*'.repeat(n)}\n`),
  submission('emphasis storm', 10_000, 'pairs', (n) => `${UNDER_A_PART}${'*a'.repeat(n)}\n`),
  submission('strikethrough storm', 10_000, 'pairs', (n) => `${UNDER_A_PART}${'~a'.repeat(n)}\n`),
  submission('link openers', 10_000, 'links', (n) => `${UNDER_A_PART}${'[a]('.repeat(n)}\n`),
  submission('contact list in one paragraph', 20_000, 'rows', (n) => {
    const rows = Array.from(
      { length: n },
      (_v, i) => `Parent ${i}, parent.${i}@riverbend.example.org, 555-${String(i % 1000).padStart(3, '0')}-4567`,
    );
    return `${UNDER_A_PART}${rows.join('\n')}\n`;
  }),
  submission('front matter keys', 25_000, 'keys', (n) => {
    const keys = Array.from({ length: n }, (_v, i) => `key${i}: value`);
    return `---\nrubric: working-together-for-student-success\n${keys.join('\n')}\n---\n\nWords.\n`;
  }),
  typedInto('keystroke below an unclosed fence at the top', 95_000, 'words', (n) => `${FRONT}\`\`\`\n\n${prose(n)}`),
  typedInto(
    'keystroke below an unclosed <script> at the top',
    95_000,
    'words',
    (n) => `${FRONT}<script>\n\n${prose(n)}`,
  ),
  openedIn('server: open a README that is no submission', 10_000_000, 'bytes', (n) =>
    `# Readme\n\n${'Notes about the project, its build and its tests. '.repeat(n / 50)}\n`.slice(0, n),
  ),
  rubricFolder('rubric folder: self-containing aliases beside valid rubrics', 100, 'files', (dir, n) => {
    for (let i = 0; i < n; i++)
      writeFileSync(
        join(dir, `r${i}.yaml`),
        i % 2 ? rubricText(`valid-${i}`) : `${rubricText(`cycle-${i}`, '')}sections: &s\n  - *s\n`,
      );
  }),
  rubricFolder('rubric folder: one oversized rubric file', 1_700_000, 'bytes', (dir, n) => {
    writeFileSync(join(dir, 'huge.yaml'), `${rubricText('huge')}# ${'x'.repeat(n)}\n`);
  }),
  rubricFolder('rubric folder: links to itself', 10, 'links', (dir, n) => {
    writeFileSync(join(dir, 'one.yaml'), rubricText('one'));
    for (let i = 0; i < n; i++) symlinkSync('.', join(dir, `loop-${i}`));
  }),
  {
    name: 'server: storm of file-change notifications',
    n: 1_000,
    unit: 'notifications',
    files: () => [],
    server: async (dir, n) => (await import('./storm')).stormInServer(dir, n),
  },
  {
    // A glob that makes a regular expression backtrack, matched against long file names.
    name: 'config glob: 16 wildcards against long names',
    n: 50,
    unit: 'files',
    files(dir, n) {
      writeFileSync(
        join(dir, '.rubric-writer.yaml'),
        `associations:\n  "${'*a'.repeat(15)}*b": engaging-stakeholders\n`,
      );
      for (let i = 0; i < n; i++)
        writeFileSync(join(dir, `${'a'.repeat(200)}${i}.md`), `${UNDER_A_PART}A few words.\n`);
      return ['.'];
    },
  },
];

function rubricText(id: string, sections = 'sections:\n  - id: story\n    title: My Story\n'): string {
  return `id: ${id}\ntitle: ${id}\nkind: framework\nsource: Bench\ndescription: A bench rubric.\n${sections}`;
}

/** A case that is a `--rubrics` folder (checked by the CLI only: the core never reads a folder). */
function rubricFolder(name: string, n: number, unit: string, write: (dir: string, n: number) => void): HostileCase {
  return {
    name,
    n,
    unit,
    files(dir, size) {
      const folder = join(dir, 'rubrics');
      mkdirSync(folder);
      write(folder, size);
      const file = join(dir, 'submission.md');
      writeFileSync(file, `${UNDER_A_PART}A few words.\n`);
      return ['--rubrics', folder, file];
    },
  };
}

interface Timing {
  ms: number | null;
  /** What went wrong, when something did: a timeout, a crash, no report. */
  problem: string | null;
  /** What a measure in the server saw besides its time. */
  notes?: string[];
}

function timeCli(hostile: HostileCase, n: number): Timing {
  const dir = mkdtempSync(join(tmpdir(), 'rubric-writer-hostile-'));
  try {
    const args = hostile.files(dir, n);
    const started = performance.now();
    const run = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...args], {
      cwd: dir,
      encoding: 'utf8',
      timeout: TIMEOUT_MS,
      maxBuffer: 256 * 1024 * 1024,
    });
    const ms = performance.now() - started;
    if (run.error || run.signal) return { ms: null, problem: 'timeout' };
    if (/unexpected error/.test(run.stderr))
      return { ms, problem: `exit ${run.status}: ${run.stderr.split('\n')[0].slice(0, 60)}` };
    // A broken rubric file is exit 2 with its message, and the submission is still checked.
    try {
      if ((JSON.parse(run.stdout) as { files: unknown[] }).files.length > 0) return { ms, problem: null };
    } catch {
      // Not JSON: said below.
    }
    return { ms, problem: `exit ${run.status}, no report: ${run.stderr.split('\n')[0].slice(0, 50)}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The core's analysis of the case's text, timed inside a child process (after one small warm-up run). */
function timeCore(hostile: HostileCase, n: number): Timing {
  const run = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--core', hostile.name, String(n)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.error || run.signal) return { ms: null, problem: 'timeout' };
  const ms = Number(/^core (\d+(?:\.\d+)?)$/m.exec(run.stdout)?.[1] ?? Number.NaN);
  if (run.status !== 0 || Number.isNaN(ms)) return { ms: null, problem: run.stderr.split('\n')[0].slice(0, 60) };
  const notes = Array.from(run.stdout.matchAll(/^note (.*)$/gm), (match) => match[1]);
  return { ms, problem: null, notes };
}

async function coreChild(name: string, n: number): Promise<void> {
  const { analyze, RubricRegistry } = await import('../server/src/core');
  const hostile = CASES.find((c) => c.name === name);
  if (hostile?.server) {
    const dir = mkdtempSync(join(tmpdir(), 'rubric-writer-hostile-'));
    try {
      const { ms, notes } = await hostile.server(dir, n);
      process.stdout.write(`core ${ms.toFixed(1)}\n${notes.map((note) => `note ${note}\n`).join('')}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  if (!hostile?.document) throw new Error(`no document case named "${name}"`);
  const registry = new RubricRegistry();
  analyze(hostile.document(Math.max(1, Math.floor(n / 100))), { registry });
  const text = hostile.document(n);
  if (hostile.opened) {
    process.stdout.write(`core ${(await openInServer(text)).toFixed(1)}\n`);
    return;
  }
  if (hostile.keystrokes) {
    process.stdout.write(`core ${(await medianKeystrokeOf(text)).toFixed(1)}\n`);
    return;
  }
  const started = performance.now();
  analyze(text, { registry });
  process.stdout.write(`core ${(performance.now() - started).toFixed(1)}\n`);
}

const formatMs = (t: Timing) => (t.ms === null ? `> ${TIMEOUT_MS / 1000} s` : `${Math.round(t.ms)} ms`);
const growth = (small: Timing, large: Timing) =>
  small.ms !== null && large.ms !== null && small.ms > 0 ? `${(large.ms / small.ms).toFixed(1)}×` : '–';

function main(): void {
  const rows: string[][] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  let slow = 0;
  // `npm run bench:hostile -- <words>` measures only the cases whose names contain them.
  const only = process.argv.slice(2).join(' ');
  const cases = CASES.filter((hostile) => hostile.name.includes(only));
  for (const hostile of cases) {
    process.stderr.write(`[hostile] ${hostile.name}\n`);
    // A document opened in the editor is judged by the server's time: the CLI refuses files over 10 MB.
    const inServer = hostile.opened || hostile.server;
    const cli = inServer ? null : [timeCli(hostile, hostile.n), timeCli(hostile, hostile.n * 4)];
    const core =
      hostile.document || hostile.server ? [timeCore(hostile, hostile.n), timeCore(hostile, hostile.n * 4)] : null;
    for (const t of core ?? []) notes.push(...(t.notes ?? []).map((note) => `${hostile.name}: ${note}`));
    const measured = [...(cli ? [['CLI', cli] as const] : []), ...(core ? [['core', core] as const] : [])];
    for (const [how, [small, large]] of measured) {
      for (const [size, t] of [
        [hostile.n, small],
        [hostile.n * 4, large],
      ] as const) {
        if (t.problem) problems.push(`${hostile.name}, ${how} at ${size}: ${t.problem}`);
      }
    }
    if ((cli ?? core ?? []).some((t) => t.ms === null || t.ms > TARGET_MS)) slow++;
    rows.push([
      hostile.name,
      `${hostile.n.toLocaleString('en')} ${hostile.unit}`,
      cli ? formatMs(cli[0]) : 'n/a',
      cli ? formatMs(cli[1]) : 'n/a',
      cli ? growth(cli[0], cli[1]) : '–',
      core ? formatMs(core[0]) : 'n/a',
      core ? formatMs(core[1]) : 'n/a',
      core ? growth(core[0], core[1]) : '–',
      (cli ?? core ?? []).every((t) => !t.problem) ? 'yes' : 'NO',
    ]);
  }
  const header = ['case', 'N', 'CLI at N', 'CLI at 4N', 'growth', 'core at N', 'core at 4N', 'growth', 'report'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
  console.log('');
  console.log(
    `Under ${TARGET_MS / 1000} s at N and 4N (the CLI, or the server for a document opened): ` +
      `${cases.length - slow} of ${cases.length} cases.`,
  );
  for (const note of notes) console.log(note);
  for (const problem of problems) console.log(`problem: ${problem}`);
  process.exitCode = slow > 0 || problems.length > 0 ? 1 : 0;
}

if (process.argv[2] === '--core') {
  coreChild(process.argv[3], Number(process.argv[4])).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
} else if (require.main === module) {
  // Imported (by bench/export.ts, for its cases), it runs nothing.
  main();
}
