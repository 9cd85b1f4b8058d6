/**
 * Running the CLI as a subprocess, `node dist/cli.js ...` (run `npm run build` first), and reading
 * what it prints: the helpers the CLI suites share.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');
export const CLI = join(ROOT, 'dist/cli.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Written to its standard input (else it has none). */
  input?: string;
  /** The working folder (the repository root unless given). */
  cwd?: string;
  /** The program to run instead of `node dist/cli.js` (e.g. an installed `rubric-writer`). */
  command?: string;
  /** How long before the run is taken to hang and killed (20 s unless given). */
  timeoutMs?: number;
  /** Its environment (this process's unless given). */
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs `node dist/cli.js ARGS`. Asynchronous, so that suites can run their subprocesses side by
 * side and stay fast.
 */
export function run(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const [program, programArgs] = options.command ? [options.command, args] : [process.execPath, [CLI, ...args]];
    const child = spawn(program, programArgs, {
      cwd: options.cwd ?? ROOT,
      env: options.env ?? process.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (options.input !== undefined) child.stdin!.end(options.input);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill(), options.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

export const cli = (...args: string[]): Promise<Run> => run(args);

/** The same, with `input` written to its standard input. */
export const cliWithInput = (input: string | null, ...args: string[]): Promise<Run> =>
  run(args, input === null ? {} : { input });

export interface JsonRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
export interface JsonDiagnostic {
  code: string;
  severity: 'error' | 'warning' | 'information';
  section: string | null;
  message: string;
  range: JsonRange;
}
export interface JsonSection {
  id: string;
  title: string;
  found: boolean;
  words: number | null;
  min: number | null;
  max: number | null;
  items: number | null;
  status: string;
  ready: boolean;
  /** Errors and warnings about it that the writer silenced. */
  accepted: number;
}
export interface JsonFile {
  file: string;
  rubric: string | null;
  ready: boolean;
  diagnostics: JsonDiagnostic[];
  /** What suppression comments silenced: accepted, not met. */
  accepted: JsonDiagnostic[];
  sections: JsonSection[];
}

export function json(run: Run): JsonFile[] {
  let parsed: { files: JsonFile[] };
  try {
    parsed = JSON.parse(run.stdout);
  } catch {
    assert.fail(`stdout is not JSON:\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
  assert.ok(Array.isArray(parsed.files), 'the JSON has a files array');
  return parsed.files;
}

/** `import-rubric FILE` run in `dir` that refuses the file: exit 2, no rubric file written; what it said. */
export async function importRefused(file: string, dir: string): Promise<string> {
  const done = await run(['import-rubric', file], { cwd: dir });
  assert.equal(done.status, 2, done.stderr);
  assert.deepEqual(
    readdirSync(dir).filter((name) => name.endsWith('.yaml')),
    [],
    'nothing written',
  );
  return done.stderr.trim();
}

export const stderrLines = (run: Run) => run.stderr.split('\n').filter((line) => line.trim() !== '');

/** A usage or read error: one line on stderr, no stack trace. */
export function oneLineError(run: Run, mentions: RegExp) {
  const lines = stderrLines(run);
  assert.equal(lines.length, 1, `expected one line on stderr, got:\n${run.stderr}`);
  assert.ok(!run.stderr.includes('    at '), `a stack trace on stderr:\n${run.stderr}`);
  assert.match(lines[0], mentions);
}

export const EXAMPLES = {
  problems: 'examples/problems.md',
  together: 'examples/working-together-for-student-success.md',
  engaging: 'examples/engaging-stakeholders.md',
};
