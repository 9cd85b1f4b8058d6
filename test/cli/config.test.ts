/** `check` with a `.rubric-writer.yaml`: the nearest one above each file, up to the repository root. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { json, oneLineError, ROOT, run } from './run';

let repo: string;
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const NOTE = 'We met the families at Riverbend School on Tuesday.\n';

before(() => {
  const outside = mkdtempSync(join(tmpdir(), 'rubric-writer-config-'));
  // A config above the repository root is not the repository's: it must not apply.
  writeFileSync(join(outside, '.rubric-writer.yaml'), 'ignores: ["**"]\n');
  repo = join(outside, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  put(
    '.rubric-writer.yaml',
    [
      'associations:',
      '  "drafts/*.md": working-together-for-student-success',
      '  "reflections/*.md": team-reflection',
      'rubricPaths: [rubrics]',
      'privacy:',
      '  identifyingTerms: [Riverbend]',
      'ignores: ["drafts/old/**"]',
      '',
    ].join('\n'),
  );
  cpSync(join(ROOT, 'test/fixtures/rubrics'), join(repo, 'rubrics'), { recursive: true });
  put('drafts/plan.md', NOTE);
  put('drafts/old/plan.md', NOTE);
  put('reflections/week1.md', '# Team reflection\n\nWe met.\n');
  put('broken/.rubric-writer.yaml', 'privacy:\n  identifyingTerm: [Riverbend]\n');
  put('broken/note.md', NOTE);
  put('ci.rubric-writer.yaml', 'associations:\n  "broken/*.md": team-reflection\nrubricPaths: [rubrics]\n');
  put(
    'globs/.rubric-writer.yaml',
    `associations:\n  "": working-together-for-student-success\n  "${'*a'.repeat(18)}b": engaging-stakeholders\n` +
      '  "*.md": engaging-stakeholders\n',
  );
  put('globs/note.md', NOTE);
  put('zz-mine/team.yaml', readFileSync(join(ROOT, 'test/fixtures/rubrics/team-reflection.rubric.yaml'), 'utf8'));
});
after(() => rmSync(dirname(repo), { recursive: true, force: true }));

describe('check with a project config', { concurrency: true }, () => {
  test('its associations, rubric folders, identifying terms and ignores apply, from any working folder', async () => {
    for (const cwd of [repo, join(repo, 'drafts'), ROOT]) {
      const out = await run(['check', '--format', 'json', join(repo, 'drafts'), join(repo, 'reflections')], { cwd });
      assert.equal(out.stderr, '', cwd);
      const files = json(out);
      assert.deepEqual(
        files.map((f) => f.rubric),
        ['working-together-for-student-success', 'team-reflection'],
      );
      assert.ok(files[0].file.endsWith('plan.md') && !files[0].file.includes('old'), 'drafts/old is ignored');
      assert.equal(files.length, 2, files.map((f) => f.file).join('\n'));
      assert.ok(files[0].diagnostics.some((d) => d.code === 'identifying-information' && /Riverbend/.test(d.message)));
    }
  });

  test('the identifying terms of --identifying-terms are added to the config’s', async () => {
    const out = await run(['check', '--format', 'json', '--identifying-terms', 'Tuesday', 'drafts/plan.md'], {
      cwd: repo,
    });
    const flagged = json(out)[0].diagnostics.filter((d) => d.code === 'identifying-information');
    assert.equal(flagged.length, 2, JSON.stringify(flagged));
  });

  test('standard input is placed by --stdin-name', async () => {
    const out = await run(['check', '--format', 'json', '--stdin-name', 'drafts/pasted.md', '-'], {
      cwd: repo,
      input: NOTE,
    });
    assert.equal(json(out)[0].rubric, 'working-together-for-student-success');
  });

  test('a broken config is a positioned error, exit 2, and is not half applied', async () => {
    const out = await run(['check', '--format', 'json', 'broken/note.md'], { cwd: repo });
    assert.equal(out.status, 2);
    oneLineError(
      out,
      /^rubric-writer: broken\/\.rubric-writer\.yaml:2:3: error: privacy has an unknown key "identifyingTerm"/,
    );
    assert.equal(json(out)[0].rubric, null);
  });

  test('with --locale es, a broken config and its refused globs are told in Spanish, in the same places', async () => {
    const broken = await run(['check', '--format', 'json', '--locale', 'es', 'broken/note.md'], { cwd: repo });
    assert.equal(broken.status, 2);
    assert.match(
      broken.stderr,
      /broken\/\.rubric-writer\.yaml:2:3: .*privacy tiene una clave desconocida: "identifyingTerm"/,
    );
    const globs = await run(['check', '--format', 'json', 'globs/note.md'], {
      cwd: repo,
      env: { ...process.env, LANG: 'es_ES.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    });
    assert.match(globs.stderr, /globs\/\.rubric-writer\.yaml:2:4: .*El patrón de associations "": Un patrón vacío/);
    assert.match(globs.stderr, /globs\/\.rubric-writer\.yaml:3:36: .*Este patrón tiene más de 16 comodines/);
  });

  test('an empty or runaway glob is a positioned error, exit 2, and the rest of the config applies', async () => {
    const out = await run(['check', '--format', 'json', 'globs/note.md'], { cwd: repo });
    assert.equal(out.status, 2);
    const lines = out.stderr.trim().split('\n');
    assert.equal(lines.length, 2, out.stderr);
    assert.match(lines[0], /^rubric-writer: globs\/\.rubric-writer\.yaml:2:4: error: The association glob "": .*empty/);
    assert.match(lines[1], /^rubric-writer: globs\/\.rubric-writer\.yaml:3:36: error: .*more than 16 wildcards/);
    assert.equal(json(out)[0].rubric, 'engaging-stakeholders');
  });

  test('an ignored file named by its path is refused with a line naming the config, exit 2', async () => {
    const out = await run(['check', '--format', 'json', 'drafts/old/plan.md', 'drafts/plan.md'], { cwd: repo });
    assert.equal(out.status, 2);
    oneLineError(out, /^rubric-writer: drafts\/old\/plan\.md: not checked: \.rubric-writer\.yaml ignores it/);
    assert.deepEqual(
      json(out).map((f) => f.file),
      ['drafts/plan.md'],
    );
  });

  test("rubrics and new load the config's rubricPaths as check does", async () => {
    const listed = await run(['rubrics', '--json'], { cwd: join(repo, 'drafts') });
    assert.equal(listed.status, 0, listed.stderr);
    assert.ok(
      JSON.parse(listed.stdout).some((r: { id: string }) => r.id === 'team-reflection'),
      listed.stdout,
    );
    const created = await run(['new', 'team-reflection'], { cwd: repo });
    assert.equal(created.status, 0, created.stderr);
    assert.match(created.stdout, /rubric: team-reflection/);
  });

  test('--rubrics on a folder holding a .rubric-writer.yaml does not read it as a rubric file', async () => {
    const out = await run(['rubrics', '--no-config', '--rubrics', '.'], { cwd: join(repo, 'broken') });
    assert.equal(out.stderr, '');
    assert.equal(out.status, 0);
  });

  test('the config file itself is left as it was', () => {
    assert.match(readFileSync(join(repo, '.rubric-writer.yaml'), 'utf8'), /^associations:/);
  });
});

describe('a config outside the project is never read', { concurrency: true }, () => {
  test('without a repository the search stops at the working folder, or at the folder checked', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'rubric-writer-planted-'));
    try {
      // Planted in a shared folder above the writer's: it would ignore everything.
      writeFileSync(join(outside, '.rubric-writer.yaml'), 'ignores: ["**"]\n');
      mkdirSync(join(outside, 'work'));
      writeFileSync(join(outside, 'work/note.md'), NOTE);
      for (const [cwd, args] of [
        [join(outside, 'work'), ['note.md']],
        [ROOT, [join(outside, 'work')]],
        [ROOT, [join(outside, 'work/note.md')]],
      ] as const) {
        const out = await run(['check', '--format', 'json', ...args], { cwd });
        assert.equal(json(out).length, 1, `${cwd} ${args}: ${out.stderr}`);
      }
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('choosing the config: --no-config and --config', { concurrency: true }, () => {
  test('--no-config reads none: no association, no ignores, no terms, and a broken one is not read', async () => {
    const out = await run(['check', '--format', 'json', '--no-config', 'drafts', 'broken/note.md'], { cwd: repo });
    assert.equal(out.status, 0, out.stderr);
    const files = json(out);
    assert.equal(files.length, 3, 'drafts/old is checked too');
    assert.ok(files.every((f) => f.rubric === null && f.diagnostics.length === 0));
  });

  test('--config FILE is used for every file instead of the nearest one', async () => {
    const out = await run(['check', '--format', 'json', '--config', 'ci.rubric-writer.yaml', 'broken/note.md'], {
      cwd: repo,
    });
    assert.equal(out.stderr, '');
    assert.equal(json(out)[0].rubric, 'team-reflection');
  });

  test('--config naming no file is one line and exit 2', async () => {
    const out = await run(['check', '--config', 'nowhere.yaml', 'drafts/plan.md'], { cwd: repo });
    assert.equal(out.status, 2);
    oneLineError(out, /^rubric-writer: --config nowhere\.yaml: cannot read it \(no such file\)$/);
  });

  test('export reads the config as check does, and --no-config turns it off', async () => {
    const withConfig = await run(['export', '-f', 'text', '-o', '-', 'drafts/plan.md'], { cwd: repo });
    assert.equal(withConfig.status, 0, withConfig.stderr);
    const without = await run(['export', '-f', 'text', '-o', '-', '--no-config', 'drafts/plan.md'], { cwd: repo });
    assert.equal(without.status, 2);
    oneLineError(without, /is not a submission/);
  });

  test("a --rubrics folder's rubric wins a clash over the config folder's", async () => {
    // Absolute paths both, and this one sorts after the config's: path order alone would pick the config's.
    const mine = join(repo, 'zz-mine');
    const out = await run(['check', '--format', 'json', '--rubrics', mine, 'reflections/week1.md'], { cwd: repo });
    assert.match(
      out.stderr,
      /rubrics\/team-reflection\.rubric\.yaml: warning: .*already defined in .*zz-mine\/team\.yaml/,
    );
  });

  test('--help lists both', async () => {
    for (const command of ['check', 'export']) {
      const help = (await run([command, '--help'])).stdout;
      assert.match(help, /--config <file>/, command);
      assert.match(help, /--no-config/, command);
    }
  });
});
