/**
 * What `check` takes, as linters take it: folders are their Markdown files (not node_modules, not
 * dot folders), `!pattern` excludes, `-` is standard input, and a pattern that matches nothing
 * is one line and exit 2.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EXAMPLES, json, oneLineError, ROOT, run } from './run';

let folder: string;
const files = (out: Awaited<ReturnType<typeof run>>) => json(out).map((f) => f.file);

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'rubric-writer-inputs-'));
  const put = (path: string) => {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    copyFileSync(join(ROOT, EXAMPLES.together), join(folder, path));
  };
  for (const path of [
    'submissions/ana.md',
    'submissions/ben.md',
    'submissions/old.md',
    'submissions/week 2/cara.md',
    'submissions/node_modules/pkg/readme.md',
    'submissions/.drafts/secret.md',
  ])
    put(path);
  writeFileSync(join(folder, 'submissions/notes.txt'), 'not Markdown');
  put('!odd.md');
  put('linked/own.md');
  // A link out of the folder, to the submissions beside it: not followed when the folder is expanded.
  symlinkSync(join(folder, 'submissions'), join(folder, 'linked/out'));
  mkdirSync(join(folder, 'photos'));
  writeFileSync(join(folder, 'photos/readme.txt'), 'no Markdown here');
});
after(() => rmSync(folder, { recursive: true, force: true }));

describe('check: inputs as linters take them', { concurrency: true }, () => {
  test('a folder is its Markdown files, in every subfolder but node_modules and dot folders', async () => {
    const out = await run(['check', '--format', 'json', 'submissions'], { cwd: folder });
    assert.equal(out.status, 0, out.stderr);
    assert.deepEqual(files(out), [
      'submissions/ana.md',
      'submissions/ben.md',
      'submissions/old.md',
      'submissions/week 2/cara.md',
    ]);
  });

  test('a quoted glob with a !pattern leaves that file out', async () => {
    const out = await run(['check', '--format', 'json', 'submissions/*.md', '!submissions/old.md'], { cwd: folder });
    assert.equal(out.status, 0, out.stderr);
    assert.deepEqual(files(out), ['submissions/ana.md', 'submissions/ben.md']);
  });

  test('files the shell expanded are excluded by a !pattern too, and a folder can be excluded', async () => {
    const out = await run(
      [
        'check',
        '--format',
        'json',
        'submissions/ana.md',
        'submissions/old.md',
        'submissions',
        '!**/old.md',
        '!submissions/week 2/**',
      ],
      { cwd: folder },
    );
    assert.deepEqual(files(out), ['submissions/ana.md', 'submissions/ben.md']);
  });

  test('a folder with no Markdown files is one line and exit 2; the other files are still checked', async () => {
    const out = await run(['check', '--format', 'json', 'photos', 'submissions/ana.md'], { cwd: folder });
    assert.equal(out.status, 2);
    oneLineError(out, /^rubric-writer: photos: no Markdown files/);
    assert.deepEqual(files(out), ['submissions/ana.md']);
  });

  test('a glob that matches nothing among ones that do is named, exit 2', async () => {
    const out = await run(['check', '--format', 'json', 'submissions/*.md', 'drafts/**/*.md'], { cwd: folder });
    assert.equal(out.status, 2);
    oneLineError(out, /^rubric-writer: drafts\/\*\*\/\*\.md: no files match this pattern$/);
    assert.equal(files(out).length, 3);
  });

  test('a run that checks no file says so on stderr, exit 2: every file excluded, or only !patterns', async () => {
    const excluded = await run(['check', 'submissions/old.md', '!submissions/*.md'], { cwd: folder });
    assert.equal(excluded.status, 2);
    oneLineError(excluded, /^rubric-writer: no file was checked: the !patterns exclude every file named$/);
    const onlyExcludes = await run(['check', '!submissions/old.md'], { cwd: folder });
    assert.equal(onlyExcludes.status, 2);
    oneLineError(onlyExcludes, /^rubric-writer: no file was checked: !patterns only exclude/);
  });

  test('a file named by its path is checked wherever it is: in node_modules, through a pipe', async () => {
    const inModules = await run(['check', '--format', 'json', 'submissions/node_modules/pkg/readme.md'], {
      cwd: folder,
    });
    assert.deepEqual(files(inModules), ['submissions/node_modules/pkg/readme.md'], inModules.stderr);
    const piped = await run(['check', '--format', 'json', '/dev/stdin'], {
      cwd: folder,
      input: readFileSync(join(ROOT, EXAMPLES.problems), 'utf8'),
    });
    assert.equal(piped.status, 1, piped.stderr);
    assert.match(files(piped).join(), /dev\/stdin$/);
  });

  test('a device is refused with a line, exit 2, never read', async () => {
    const out = await run(['check', '--format', 'json', '/dev/zero', 'submissions/ana.md'], { cwd: folder });
    assert.equal(out.status, 2);
    oneLineError(out, /^rubric-writer: \/dev\/zero: is not a regular file/);
    assert.deepEqual(files(out), ['submissions/ana.md']);
  });

  test('! excludes only at the start of an argument: ./!x.md is the file of that name', async () => {
    const out = await run(['check', '--format', 'json', './!odd.md'], { cwd: folder });
    assert.deepEqual(files(out), ['!odd.md'], out.stderr);
  });

  test('a folder is expanded without following a symlink out of it', async () => {
    const out = await run(['check', '--format', 'json', 'linked'], { cwd: folder });
    assert.deepEqual(files(out), ['linked/own.md'], out.stderr);
  });

  test('- with files: standard input is checked beside them, in the order named', async () => {
    const problems = readFileSync(join(ROOT, EXAMPLES.problems), 'utf8');
    const out = await run(['check', '--format', 'json', '--stdin-name', 'pasted.md', '-', 'submissions/ana.md'], {
      cwd: folder,
      input: problems,
    });
    assert.equal(out.status, 1, out.stderr);
    assert.deepEqual(files(out), ['pasted.md', 'submissions/ana.md']);
  });
});
