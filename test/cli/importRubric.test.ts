/**
 * `rubric-writer import-rubric` end to end: a credential's requirements in, a rubric file out that
 * the CLI loads at once; the JSON draft; never over a file, never a built-in id.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, run } from './run';

const FIXTURES = join(ROOT, 'test/fixtures/requirements');
const fresh = () => mkdtempSync(join(tmpdir(), 'import-rubric-'));

test('import-rubric writes <id>.rubric.yaml, says what it read and lists what to check with its line', async () => {
  const dir = fresh();
  const done = await run(['import-rubric', join(FIXTURES, 'trap-method-numbers-page-limit.txt')], { cwd: dir });
  assert.equal(done.status, 0, done.stderr);
  const file = join(dir, 'differentiated-instruction-in-mathematics.rubric.yaml');
  const text = readFileSync(file, 'utf8');
  assert.match(done.stdout, /wrote differentiated-instruction-in-mathematics\.rubric\.yaml: 6 sections, \d+ rules/);
  assert.match(done.stdout, /line 19: a page limit \("2 pages"\) is not a word limit/);
  assert.match(text, /# line 13: "Activity Description \(400-word limit\):"\n\s+- id: activity-description/);
  assert.match(text, /# check: a page limit/);
  const rubric = parseYaml(text);
  assert.equal(rubric.sections[0].sections[0].words.max, 400);
});

test('the written rubric loads with --rubrics without a problem, and new gives every section', async () => {
  const dir = fresh();
  const rubrics = join(dir, 'rubrics');
  mkdirSync(rubrics);
  const imported = await run(
    ['import-rubric', join(FIXTURES, 'working-together-for-student-success.txt'), '--id', 'working-together'],
    { cwd: rubrics },
  );
  assert.equal(imported.status, 0, imported.stderr);
  const listed = await run(['rubrics', '--rubrics', rubrics]);
  assert.equal(listed.stderr, '');
  assert.match(listed.stdout, /working-together\s+Working Together for Student Success/);
  const template = await run(['new', 'working-together', '--rubrics', rubrics]);
  assert.equal(template.status, 0, template.stderr);
  for (const heading of [
    'Part 1. Overview Questions',
    'Artifact 1: List of Stakeholders',
    'Artifact 3: Visual',
    'Part 3',
  ])
    assert.match(template.stdout, new RegExp(`^#+ ${heading}`, 'm'));
  const draft = join(dir, 'draft.md');
  writeFileSync(draft, template.stdout);
  const checked = await run(['check', '--format', 'json', '--rubrics', rubrics, draft]);
  const report = JSON.parse(checked.stdout);
  assert.equal(report.files[0].rubric, 'working-together');
  assert.ok(report.files[0].sections.every((section: { found: boolean }) => section.found));
});

test('import-rubric --format json prints the rubric, each rule with its line, and the points to check', async () => {
  const done = await run(['import-rubric', '-', '--id', 'exit-tickets', '--format', 'json'], {
    input: readFileSync(join(FIXTURES, 'digital-promise-exit-tickets.txt'), 'utf8'),
  });
  assert.equal(done.status, 0, done.stderr);
  const out = JSON.parse(done.stdout);
  assert.equal(out.rubric.id, 'exit-tickets');
  assert.deepEqual(
    out.provenance.find((p: { path: string }) => p.path === '/sections/1/sections/1/words'),
    {
      path: '/sections/1/sections/1/words',
      line: 29,
      quote: 'Write an analysis of no more than 400 words sorting student responses into groups.',
    },
  );
  assert.ok(Array.isArray(out.uncertain));
});

test('import-rubric never overwrites a file without --force, never takes a built-in id, and says why', async () => {
  const dir = fresh();
  const source = join(FIXTURES, 'bloomboard-no-parts.txt');
  writeFileSync(join(dir, 'mine.rubric.yaml'), 'kept');
  const refused = await run(['import-rubric', source, '-o', 'mine.rubric.yaml'], { cwd: dir });
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /mine\.rubric\.yaml already exists; not overwriting it/);
  assert.equal(readFileSync(join(dir, 'mine.rubric.yaml'), 'utf8'), 'kept');
  const forced = await run(['import-rubric', source, '-o', 'mine.rubric.yaml', '--force'], { cwd: dir });
  assert.equal(forced.status, 0, forced.stderr);
  const builtin = await run(['import-rubric', join(FIXTURES, 'engaging-stakeholders.txt')], { cwd: dir });
  assert.equal(builtin.status, 2);
  assert.match(builtin.stderr, /"engaging-stakeholders" is a built-in rubric; choose another id with --id/);
});

test('import-rubric exits 2 with one line when the input is missing or holds no section', async () => {
  const missing = await run(['import-rubric', 'no-such-requirements.txt']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no-such-requirements\.txt: cannot read \(no such file\)/);
  const none = await run(['import-rubric', '-'], { input: 'A shopping list\n\nMilk, bread and 3 apples.\n' });
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no Part, artifact or section found/);
});
