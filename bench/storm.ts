/**
 * A storm of file changes against the built server: a workspace with rubric files and a submission
 * open, then `n` `workspace/didChangeWatchedFiles` notifications (a branch switch, a formatter run
 * over the folder) and one edit of the submission right after them. Measured: how long the server
 * stays busy (its CPU time still growing), its peak RSS, and how long the edit's diagnostics wait.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { LspClient } from '../test/helpers/lspClient';

const ROOT = join(__dirname, '..');
/** Rubric files in the workspace: each walk finds and reads them all. */
const RUBRIC_FILES = 40;
/** Other files the walk passes by. */
const OTHER_FILES = 400;
/** The server is idle once its CPU time has not grown for this long. */
const QUIET_MS = 600;

export interface StormFigures {
  /** From the first notification until the server's CPU time stopped growing. */
  busyMs: number;
  /** From the edit sent (right after the storm) to its diagnostics. */
  editWaitMs: number;
  peakRssMb: number | null;
}

function writeWorkspace(dir: string): string {
  mkdirSync(join(dir, 'rubrics'));
  for (let i = 0; i < RUBRIC_FILES; i++) {
    writeFileSync(
      join(dir, 'rubrics', `r${i}.rubric.yaml`),
      `id: storm-${i}\ntitle: Storm ${i}\nkind: framework\nsource: Bench\ndescription: A bench rubric.\n` +
        'sections:\n  - id: story\n    title: My Story\n',
    );
  }
  mkdirSync(join(dir, 'notes'));
  for (let i = 0; i < OTHER_FILES; i++) writeFileSync(join(dir, 'notes', `n${i}.txt`), `Note ${i}\n`);
  const submission = join(dir, 'submission.md');
  writeFileSync(
    submission,
    '---\nrubric: working-together-for-student-success\n---\n\n## Part 3 Reflection\n\nSome words first.\n',
  );
  return submission;
}

/** The CPU time (user + system, in clock ticks) of a process so far, from /proc. */
function cpuTicks(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** Resolves when the process's CPU time has not grown for QUIET_MS; to the moment it last grew. */
async function idleSince(pid: number): Promise<number> {
  let last = cpuTicks(pid);
  let grewAt = performance.now();
  while (performance.now() - grewAt < QUIET_MS) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const now = cpuTicks(pid);
    if (now === null) break;
    if (now !== last) {
      last = now;
      grewAt = performance.now();
    }
  }
  return grewAt;
}

export async function measureStorm(dir: string, n: number): Promise<StormFigures> {
  const submission = writeWorkspace(dir);
  const client = new LspClient({
    command: process.execPath,
    args: [join(ROOT, 'dist/server.js'), '--stdio'],
    cwd: dir,
  });
  try {
    await client.initialize({
      rootUri: pathToFileURL(dir).toString(),
      capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: {} } },
    });
    const uri = pathToFileURL(submission).toString();
    const opened = client.waitForDiagnostics(uri, 1);
    await client.open(uri, readFileSync(submission, 'utf8'));
    await opened;
    const pid = client.pid!;
    await idleSince(pid);
    const changes = Array.from({ length: n }, (_v, i) => ({
      uri: pathToFileURL(join(dir, 'rubrics', `r${i % RUBRIC_FILES}.rubric.yaml`)).toString(),
      type: 2,
    }));
    const started = performance.now();
    for (const change of changes) await client.notify('workspace/didChangeWatchedFiles', { changes: [change] });
    const edited = client.waitForDiagnostics(uri, 2);
    const sentAt = await client.change(uri, 2, [
      { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: 'More ' },
    ]);
    const editWaitMs = (await edited).receivedAt - sentAt;
    const busyMs = (await idleSince(pid)) - started;
    const peak = client.peakRssBytes();
    return { busyMs, editWaitMs, peakRssMb: peak === null ? null : peak / 2 ** 20 };
  } finally {
    await client.shutdown();
  }
}

/** The storm as a row of `bench:hostile`: the busy time, and the rest as a note. */
export async function stormInServer(dir: string, n: number): Promise<{ ms: number; notes: string[] }> {
  const storm = await measureStorm(dir, n);
  const rss = storm.peakRssMb === null ? 'unknown' : `${Math.round(storm.peakRssMb)} MB`;
  const wait = Math.round(storm.editWaitMs);
  return { ms: storm.busyMs, notes: [`${n} notifications: an edit's diagnostics waited ${wait} ms, peak RSS ${rss}`] };
}
