/**
 * Finding and reading rubric files on disk (server/src/node/rubricFiles.ts), as both the CLI and the
 * server do: links, loops, limits, sizes, encodings and aliases that contain themselves.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRubricFiles, loadRubricFiles, readRubricFile } from '../../server/src/node/rubricFiles';
import { loadRubricText } from '../../server/src/core';

const rubric = (id: string) =>
  `id: ${id}\ntitle: ${id}\nkind: framework\nsource: Test\ndescription: A test rubric.\nsections:\n  - id: story\n  ` +
  `  title: My Story\n`;

let root: string;
let workspace: string;
let outside: string;

before(() => {
  root = mkdtempSync(join(tmpdir(), 'rw-rubric-files-'));
  workspace = join(root, 'workspace');
  outside = join(root, 'outside');
  mkdirSync(join(workspace, 'rubrics'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(workspace, 'rubrics', 'mine.rubric.yaml'), rubric('mine'));
  writeFileSync(join(outside, 'theirs.rubric.yaml'), rubric('theirs'));
  for (let i = 0; i < 10; i++) symlinkSync('.', join(workspace, `loop-${i}`));
  symlinkSync(outside, join(workspace, 'shared'));
  symlinkSync(join(outside, 'theirs.rubric.yaml'), join(workspace, 'linked.rubric.yaml'));
  symlinkSync(join(workspace, 'rubrics', 'mine.rubric.yaml'), join(workspace, 'alias.rubric.yaml'));
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('the rubric file search', () => {
  test('ten links to the folder itself: each folder is visited once and the search ends', async () => {
    const found = await findRubricFiles({ workspaceFolders: [workspace], rubricPaths: [] });
    assert.equal(found.stopped, null);
    assert.ok(found.paths.includes(join(workspace, 'rubrics', 'mine.rubric.yaml')));
    assert.ok(!found.paths.some((path) => path.includes('loop-')), found.paths.join('\n'));
  });

  test('links out of the workspace are not followed; a link to a file inside it is read', async () => {
    const found = await findRubricFiles({ workspaceFolders: [workspace], rubricPaths: [] });
    assert.ok(!found.paths.some((path) => path.includes('theirs') || path.includes('shared')), found.paths.join('\n'));
    assert.ok(!found.paths.includes(join(workspace, 'linked.rubric.yaml')));
    assert.ok(found.paths.includes(join(workspace, 'alias.rubric.yaml')));
  });

  test('a folder named in the rubric paths is the way to share rubrics: every YAML file in it is read', async () => {
    const found = await findRubricFiles({ workspaceFolders: [workspace], rubricPaths: [join(workspace, 'shared')] });
    assert.ok(found.paths.includes(join(workspace, 'shared', 'theirs.rubric.yaml')), found.paths.join('\n'));
  });

  test('a deep or wide tree stops at the folder limit and says so', async () => {
    const wide = join(root, 'wide');
    for (let i = 0; i < 2100; i++) mkdirSync(join(wide, `d${i}`), { recursive: true });
    const found = await findRubricFiles({ workspaceFolders: [wide], rubricPaths: [] });
    assert.match(found.stopped ?? '', /stopped after 2000 folders/);
  });
});

describe('reading a rubric file', () => {
  test('a file over 1 MB is refused before it is parsed', async () => {
    const path = join(root, 'huge.rubric.yaml');
    writeFileSync(path, `${rubric('huge')}description: ${'x'.repeat(6_700_000)}\n`);
    const loaded = await readRubricFile(path);
    assert.equal(loaded.rubric, null);
    assert.match(loaded.problems[0].message, /too large \(6\.4 MB; the limit is 1 MB\)/);
  });

  test('a UTF-16 file is named as not UTF-8, not read as garbage field names', async () => {
    const path = join(root, 'utf16.rubric.yaml');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rubric('sixteen'), 'utf16le')]));
    const loaded = await readRubricFile(path);
    assert.equal(loaded.rubric, null);
    assert.match(loaded.problems[0].message, /not UTF-8/);
    assert.doesNotMatch(loaded.problems[0].message, /unknown field/);
  });

  test('an alias inside the anchor it names gets a message at the alias; the files beside it still load', async () => {
    const folder = join(root, 'aliases');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'a-cycle.yaml'),
      `${rubric('cycle').replace(/sections:[\s\S]*/, '')}sections: &s\n  - *s\n`,
    );
    writeFileSync(join(folder, 'b-good.yaml'), rubric('good'));
    const { files } = await loadRubricFiles({ workspaceFolders: [], rubricPaths: [folder] });
    const cycle = files.find((f) => f.path.endsWith('a-cycle.yaml'))!;
    assert.equal(cycle.loaded.rubric, null);
    assert.match(cycle.loaded.problems[0].message, /alias \*s is inside the anchor &s/);
    assert.equal(cycle.loaded.problems[0].range.start.line, 6);
    assert.equal(files.find((f) => f.path.endsWith('b-good.yaml'))!.loaded.rubric?.id, 'good');
  });

  test('aliases that only repeat data are fine', () => {
    const text =
      `${rubric('shared-words').replace(/sections:[\s\S]*/, '')}sections:\n  - id: a\n    title: &t ` +
      `Story\n  - id: b\n    title: *t\n`;
    assert.deepEqual(loadRubricText(text).problems, []);
  });
});
