/** `check --fix`: files fixed in place and said so, standard input printed fixed, the report after the fixes. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES, json, oneLineError, ROOT, run } from './run';

let folder: string;
before(() => {
  folder = mkdtempSync(join(tmpdir(), 'rubric-writer-fix-'));
});
after(() => rmSync(folder, { recursive: true, force: true }));

const problems = readFileSync(join(ROOT, EXAMPLES.problems), 'utf8');

describe('check --fix', { concurrency: true }, () => {
  test('inserts the missing section into the file, says so on stderr, and reports what is left', async () => {
    copyFileSync(join(ROOT, EXAMPLES.problems), join(folder, 'draft.md'));
    const out = await run(['check', '--fix', '--format', 'json', 'draft.md'], { cwd: folder });
    assert.equal(out.stderr, 'rubric-writer: fixed draft.md: inserted "Part 3 Reflection"\n');
    const fixed = readFileSync(join(folder, 'draft.md'), 'utf8');
    assert.ok(fixed.startsWith(problems), 'the writer’s text is untouched; the section is added after it');
    assert.match(fixed.slice(problems.length), /^\n## Part 3 Reflection\n\n<!--\n/);
    const [report] = json(out);
    assert.ok(!report.diagnostics.some((d) => d.code === 'missing-section'), JSON.stringify(report.diagnostics));
    assert.ok(
      report.diagnostics.some((d) => d.code === 'word-limit-exceeded'),
      'other problems are still reported',
    );
    assert.equal(out.status, 1);

    const again = await run(['check', '--fix', 'draft.md'], { cwd: folder });
    assert.equal(again.stderr, '', 'nothing left to fix');
    assert.equal(readFileSync(join(folder, 'draft.md'), 'utf8'), fixed);
  });

  test('a file that starts with a byte order mark keeps it', async () => {
    writeFileSync(join(folder, 'bom.md'), `\uFEFF${problems}`);
    await run(['check', '--fix', 'bom.md'], { cwd: folder });
    const bytes = readFileSync(join(folder, 'bom.md'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(bytes.toString('utf8').slice(1).startsWith(problems));
  });

  test('on standard input it prints the fixed text, not a report', async () => {
    const out = await run(['check', '--fix', '--stdin-name', 'pasted.md', '-'], {
      input: '---\nrubric: working-together\n---\n\nWe met on Tuesday.\n',
    });
    assert.match(
      out.stdout,
      /^---\nrubric: working-together-for-student-success\n---\n\nWe met on Tuesday\.\n\n## Part 1/,
    );
    assert.match(
      out.stderr,
      /^rubric-writer: fixed pasted\.md: changed the rubric to "working-together-for-student-success"; inserted/,
    );
    assert.equal(out.status, 0, 'the empty sections left are warnings');
  });

  test('standard input with --fix and other files is a usage error', async () => {
    const out = await run(['check', '--fix', '-', EXAMPLES.together], { input: problems });
    assert.equal(out.status, 2);
    oneLineError(out, /--fix with -/);
  });

  test('without --fix nothing is written', async () => {
    copyFileSync(join(ROOT, EXAMPLES.problems), join(folder, 'untouched.md'));
    await run(['check', 'untouched.md'], { cwd: folder });
    assert.equal(readFileSync(join(folder, 'untouched.md'), 'utf8'), problems);
  });
});
