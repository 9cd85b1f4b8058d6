/**
 * The Spanish example: a submission written against a rubric imported from a Spanish credential's
 * requirements, checked as a writer would from the repository (its folder's config names the rubric).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, run } from './run';

test('the Spanish example passes check against its imported rubric, every section ready', async () => {
  const done = await run(['check', join(ROOT, 'examples/es/colaboracion-con-familias.md'), '--format', 'json']);
  assert.equal(done.status, 0, done.stderr);
  const [file] = JSON.parse(done.stdout).files;
  assert.equal(file.rubric, 'colaboracion-con-familias');
  assert.equal(file.diagnostics.length, 0, JSON.stringify(file.diagnostics));
  assert.ok(file.sections.length >= 6 && file.sections.every((s: { ready: boolean }) => s.ready));
});

test('new gives a Spanish rubric its template in Spanish: Punto 1 to 3 under the plan', async () => {
  const done = await run(['new', 'colaboracion-con-familias', '--rubrics', join(ROOT, 'examples/es')]);
  assert.equal(done.status, 0, done.stderr);
  assert.match(done.stdout, /^### Evidencia 2: Plan de comunicación$/m);
  assert.match(done.stdout, /^Punto 3:$/m);
  assert.doesNotMatch(done.stdout, /^Point \d/m);
});
