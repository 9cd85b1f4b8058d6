/**
 * The language server in Spanish (`locale: 'es'` at initialize): a broken `.rubric-writer.yaml`
 * gets its diagnostics, at the same places, in the writer's language.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client';
import { assertSpanish } from '../helpers/spanishText';

const uriOf = (path: string) => pathToFileURL(path).toString();
let client: TestClient;
let repo: string;

before(async () => {
  repo = mkdtempSync(join(tmpdir(), 'rw-lsp-config-es-'));
  mkdirSync(join(repo, '.git'));
  writeFileSync(join(repo, '.rubric-writer.yaml'), 'associations:\n  "*.md": Not An Id\nignores: ["{a,b"]\n');
  client = new TestClient('in process');
  await client.initialize({ rootUri: uriOf(repo), locale: 'es' });
});
after(async () => {
  await client.shutdown();
  rmSync(repo, { recursive: true, force: true });
});

test('a broken config is reported on the config file in Spanish, at the value', async () => {
  const published = client.diagnosticsFor(uriOf(join(repo, '.rubric-writer.yaml')));
  await client.open(uriOf(join(repo, 'nota.md')), 'Nos reunimos con las familias.\n');
  const { diagnostics } = await published;
  assert.equal(diagnostics[0].code, 'invalid-config');
  assert.equal(
    diagnostics[0].message,
    'associations.*.md debe ser el id de una rúbrica (palabras en minúsculas unidas por guiones).',
  );
  assert.deepEqual(diagnostics[0].range.start, { line: 1, character: 10 });
  for (const { message } of diagnostics) assertSpanish(message, 'config', message.replace(/^[\w.*]+ |"[^"]*"/g, ''));
});
