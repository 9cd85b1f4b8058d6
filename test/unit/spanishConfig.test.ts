/**
 * A broken `.rubric-writer.yaml` in Spanish: every problem (broken YAML, an unknown key, a value of
 * the wrong kind, a refused glob) is told in Spanish, with its parameters filled; the config's own
 * keys and globs are quoted as written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileGlob, ConfigFinder, MAX_CONFIG_BYTES, messagesFor, parseConfig } from '../../server/src/core';
import { diskConfigFinder } from '../../server/src/node/projectConfig';
import { assertSpanish } from '../helpers/spanishText';

const SPANISH = messagesFor('es');
/** What the writer wrote (keys, globs) is quoted: only the rest must be Spanish. */
const withoutQuotes = (message: string) => message.replace(/"[^"]*"/g, '""').replace(/\b[a-zA-Z]+\.[\w.]+/g, '');

const BROKEN = [
  'associations:\n  "drafts/*.md": Not An Id\nunknownThing: 1\n',
  'rubricPaths: notAList\nprivacy:\n  identifyingTerms: [""]\n',
  'associations:\n  "@(a|b).md": mi-rubrica\nignores:\n  - ""\n  - "notes/{a,b"\n  - "[z-a].md"\n',
  `ignores:\n  - "${'*a'.repeat(20)}"\n  - "${'x'.repeat(300)}"\n  - "{1..100}.md"\n`,
  'associations: [\n',
  `a: ${'['.repeat(200)}\n`,
];

test('every problem of a broken configuration is in Spanish, its parameters filled', () => {
  const messages = BROKEN.flatMap((text) => parseConfig(text, SPANISH).problems.map((problem) => problem.message));
  assert.ok(messages.length >= 12, `expected a problem per mistake, got: ${messages.join('\n')}`);
  for (const message of messages) assertSpanish(message, 'config', withoutQuotes(message));
  assert.ok(messages.some((message) => message.includes('tiene una clave desconocida: "unknownThing"')));
  assert.ok(messages.some((message) => message.startsWith('El patrón de ignores "notes/{a,b": Esta { nunca se')));
});

test('the same configuration still says its problems in English by default, word for word', () => {
  const [problem] = parseConfig('ignores:\n  - "notes/{a,b"\n').problems;
  assert.equal(problem.message, 'The ignores glob "notes/{a,b": This { is never closed.');
  assert.deepEqual(compileGlob('[z-a]'), { error: 'The range z-a is backwards.', offset: 0 });
});

test('a config found with Spanish messages reports its problems in Spanish', async () => {
  const finder = new ConfigFinder(
    {
      read: async (path) => (path === '/p/.rubric-writer.yaml' ? 'rubricPaths: 3\n' : null),
      isRepositoryRoot: async () => false,
    },
    SPANISH,
  );
  const loaded = await finder.forFile('/p/draft.md');
  assert.equal(loaded?.problems[0].message, 'rubricPaths debe ser una lista (líneas que empiezan por "- ").');
});

test('a config on disk another user owns, or too large, is said so in Spanish', async (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'rubric-writer-config-es-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const path = join(folder, '.rubric-writer.yaml');
  writeFileSync(path, 'ignores: ["**"]\n');
  const skipped: string[] = [];
  const someoneElse = (process.getuid?.() ?? 0) + 1;
  const finder = diskConfigFinder({ uid: someoneElse, skipped: (m) => skipped.push(m), messages: SPANISH });
  assert.equal(await finder.forFile(join(folder, 'nota.md')), null);
  assert.deepEqual(skipped, [`${path}: no se usa: pertenece a otro usuario`]);
  writeFileSync(path, `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
  await assert.rejects(diskConfigFinder({ messages: SPANISH }).forFile(join(folder, 'nota.md')), {
    message: `${path}: demasiado grande para un archivo de configuración`,
  });
});
