/**
 * Requirement files damaged on their way to the writer (cut short by a download, bytes mangled by a
 * transfer): `import-rubric` reads what it can or says in one line what is wrong (exit 2), and never
 * crashes or hangs. Each runs in its own process with a time limit, which a synchronous hang cannot escape.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run';

const FIXTURES = join(__dirname, '../fixtures/requirements');
/** Two fixtures of each format a saved or exported file comes in. */
const FILES = ['docx', 'pdf', 'mhtml', 'webarchive', 'html'].flatMap((ext) =>
  readdirSync(FIXTURES)
    .filter((name) => name.endsWith(`.${ext}`))
    .slice(0, 2),
);

/** The file cut at a third and at two thirds, and with 64 bytes mangled a little after its middle. */
function damaged(bytes: Buffer): [string, Buffer][] {
  const mangled = Buffer.from(bytes);
  const at = Math.floor(bytes.length * 0.55);
  for (let i = at; i < Math.min(at + 64, bytes.length); i++) mangled[i] ^= 0x5a;
  return [
    ['cut at a third', bytes.subarray(0, Math.floor(bytes.length / 3))],
    ['cut at two thirds', bytes.subarray(0, Math.floor((bytes.length * 2) / 3))],
    ['mangled', mangled],
  ];
}

for (const name of FILES)
  test(`${name}, cut short or mangled, is read or refused in one line, never a crash or a hang`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'damaged-'));
    const runs = damaged(readFileSync(join(FIXTURES, name))).map(async ([how, bytes]) => {
      const file = join(dir, `${how.replace(/ /g, '-')}-${name}`);
      writeFileSync(file, bytes);
      const done = await run(['import-rubric', file, '--format', 'json'], { cwd: dir, timeoutMs: 30_000 });
      assert.ok(done.status === 0 || done.status === 2, `${how}: exit ${done.status} (killed: a hang)\n${done.stderr}`);
      assert.doesNotMatch(done.stderr, /\n\s+at |TypeError|RangeError|ReferenceError/, `${how}: no stack trace`);
      if (done.status === 2) assert.equal(done.stderr.trim().split('\n').length, 1, `${how}: one line`);
    });
    await Promise.all(runs);
  });
