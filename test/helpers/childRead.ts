/**
 * Reads a linked file's facts in a child process that is stopped after a time: a reader caught in a loop
 * that never yields (or yields only to promises) would stop the suite itself, where a timer cannot fire.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvidenceRead } from '../../server/src/core';

const EVIDENCE = join(__dirname, '../../server/src/core/intake/evidence/index.ts');

/** What `readEvidence` gives for these bytes under this name, or null when it had to be stopped. */
export function readInChild(bytes: Uint8Array, name: string, timeoutMs = 20_000): EvidenceRead | null {
  const path = join(mkdtempSync(join(tmpdir(), 'rw-damaged-')), name);
  writeFileSync(path, bytes);
  const script =
    `const { bytesSource, readEvidence } = require(${JSON.stringify(EVIDENCE)});` +
    `const bytes = new Uint8Array(require('node:fs').readFileSync(${JSON.stringify(path)}));` +
    `readEvidence(bytesSource(bytes), ${JSON.stringify(name)}).then((read) => console.log(JSON.stringify(read)));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', timeout: timeoutMs });
  return run.status === 0 ? JSON.parse(run.stdout) : null;
}
