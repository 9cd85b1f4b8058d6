/**
 * A linked file the reader never finishes (a damaged recording that sends it into a loop) cannot
 * hold `check`: the file counts as unreadable after the time limit, the files after it are read,
 * and the run ends with its report. Nor can a Word draft or requirements: the command ends, saying so.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distWithStuckReader } from '../helpers/stuckReader';
import { ROOT, run } from './run';

const MEDIA = join(ROOT, 'test/fixtures/media');

describe('a linked file the reader never finishes', { concurrency: true }, () => {
  let folder: string;
  let cli: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'rw-cli-stuck-'));
    cli = join(distWithStuckReader(folder), 'cli.js');
    copyFileSync(join(MEDIA, 'practice-run.mp4'), join(folder, 'damaged-talk.mp4'));
    copyFileSync(join(MEDIA, 'practice-run.mp4'), join(folder, 'practice-run.mp4'));
    writeFileSync(
      join(folder, 'talk.md'),
      '---\nrubric: working-together-for-student-success\n---\n\n### Artifact 3: Visual Presentation\n\n' +
        '- [My talk](damaged-talk.mp4) (3:45)\n- [The practice run](practice-run.mp4) (3:45)\n',
    );
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const rubricWriter = (...args: string[]) =>
    run([cli, ...args], {
      command: process.execPath,
      cwd: folder,
      timeoutMs: 60_000,
      // The copy's reader is not cached beside the real one's.
      env: { ...process.env, RUBRIC_WRITER_CODE_CACHE: join(folder, 'cache') },
    });
  const check = (...args: string[]) => rubricWriter('check', ...args, 'talk.md');

  test('check says the file could not be read in time, reads the next one and ends', async () => {
    const result = await check();
    assert.notEqual(result.status, null, `killed: the run did not end\n${result.stderr}`);
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    assert.match(result.stderr, /damaged-talk\.mp4 could not be read within 5 s; the file may be damaged/);
    // The written length of the unread file stands; the file after it was read by a new thread.
    assert.match(result.stdout, /You wrote 3:45; practice-run\.mp4 is 5:10/);
    assert.doesNotMatch(result.stdout, /damaged-talk\.mp4 is/);
  });

  test('in Spanish', async () => {
    const result = await check('--locale', 'es');
    assert.notEqual(result.status, null, `killed: the run did not end\n${result.stderr}`);
    assert.match(result.stderr, /no se pudo leer damaged-talk\.mp4 en 5 s; puede que el archivo esté dañado/);
  });

  test('a Word draft and requirements the readers never finish: each command ends, saying so', async () => {
    copyFileSync(join(ROOT, 'test/fixtures/word/full-draft.libreoffice.docx'), join(folder, 'draft.docx'));
    copyFileSync(join(ROOT, 'test/fixtures/requirements/pdf-footnotes.pdf'), join(folder, 'requirements.pdf'));
    const [draft, requirements] = await Promise.all([
      rubricWriter('check', 'draft.docx'),
      rubricWriter('import-rubric', 'requirements.pdf', '-o', 'requirements.rubric.yaml'),
    ]);
    for (const result of [draft, requirements]) {
      assert.notEqual(result.status, null, `killed: the run did not end\n${result.stderr}`);
      assert.equal(result.status, 2, result.stderr);
    }
    assert.match(
      draft.stderr,
      /draft\.docx: cannot read it as a Word document \(not read within 30 s; the file may be damaged\)/,
    );
    assert.match(
      requirements.stderr,
      /requirements\.pdf: cannot read \(not read within 30 s; the file may be damaged\)/,
    );
  });
});
