/**
 * `check` in the terminal's language: `--locale es`, or LANG / LC_ALL / LC_MESSAGES set to Spanish,
 * prints Spanish messages (from worker threads too); without them, English exactly as before.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, run } from './run';

const RUBRICS = join(ROOT, 'examples/es');
// The Spanish example without its reflection (Parte tres): one missing-section.
const TEXT = readFileSync(join(RUBRICS, 'colaboracion-con-familias.md'), 'utf8').replace(
  /\n## Parte tres[\s\S]*$/,
  '\n',
);
const SPANISH = 'error missing-section: Falta Parte tres: Reflexión: añada su encabezado (500 palabras como guía).';
const ENGLISH = 'error missing-section: Parte tres: Reflexión is missing: add its heading (500 words as a guide).';

/** An environment with no language of its own but `language`. */
const withLanguage = (language: Record<string, string | undefined>) => {
  const env = { ...process.env };
  for (const name of ['LANG', 'LC_ALL', 'LC_MESSAGES']) delete env[name];
  return { ...env, ...language };
};

const check = (args: string[], env: NodeJS.ProcessEnv) =>
  run(['check', '-', '--rubrics', RUBRICS, ...args], { input: TEXT, env });

test('LANG=es_ES.UTF-8, LC_MESSAGES or LC_ALL in Spanish: the messages are in Spanish', async () => {
  for (const language of [{ LANG: 'es_ES.UTF-8' }, { LC_MESSAGES: 'es_PR.UTF-8' }, { LC_ALL: 'es_MX.UTF-8' }]) {
    const done = await check([], withLanguage(language));
    assert.equal(done.status, 1, done.stderr);
    assert.ok(done.stdout.includes(`<stdin>:2:1: ${SPANISH}\n`), `${JSON.stringify(language)}: ${done.stdout}`);
  }
});

test('--locale es speaks Spanish in an English terminal; --locale en English in a Spanish one', async () => {
  const spanish = await run(['--locale', 'es', 'check', '-', '--rubrics', RUBRICS], {
    input: TEXT,
    env: withLanguage({ LANG: 'en_US.UTF-8' }),
  });
  assert.ok(spanish.stdout.includes(SPANISH), spanish.stdout);
  const english = await run(['--locale', 'en', 'check', '-', '--rubrics', RUBRICS], {
    input: TEXT,
    env: withLanguage({ LANG: 'es_ES.UTF-8' }),
  });
  assert.ok(english.stdout.includes(ENGLISH), english.stdout);
});

test('without a Spanish language the messages are English, as before (C, en_US, none)', async () => {
  for (const language of [{}, { LANG: 'C' }, { LANG: 'en_US.UTF-8' }, { LC_ALL: 'C', LANG: 'es_ES.UTF-8' }]) {
    const done = await check(['--format', 'json'], withLanguage(language));
    const [file] = JSON.parse(done.stdout).files;
    assert.deepEqual(
      file.diagnostics.map((d: { message: string }) => d.message),
      ['Parte tres: Reflexión is missing: add its heading (500 words as a guide).'],
      JSON.stringify(language),
    );
  }
});

const folder = mkdtempSync(join(tmpdir(), 'rw-es-'));
after(() => rmSync(folder, { recursive: true, force: true }));

test('many files, checked by worker threads, are in Spanish too', async () => {
  const files = Array.from({ length: 40 }, (_v, i) => join(folder, `entrega-${i}.md`));
  for (const file of files) writeFileSync(file, TEXT);
  const done = await run(['--locale', 'es', 'check', ...files, '--rubrics', RUBRICS], {
    env: withLanguage({ LANG: 'en_US.UTF-8', RUBRIC_WRITER_THREADS: '1' }),
  });
  const lines = done.stdout.split('\n').filter((line) => line.includes('missing-section'));
  assert.equal(lines.length, files.length, done.stdout + done.stderr);
  assert.ok(
    lines.every((line) => line.endsWith(SPANISH)),
    lines.join('\n'),
  );
});

test('--locale es: a file that cannot be read among many says so in Spanish, from a worker thread too', async () => {
  // A worker thread beside the main thread (RUBRIC_WRITER_THREADS); the unreadable one is among the first handed out.
  const work = mkdtempSync(join(folder, 'muchas-'));
  const binary = join(work, 'a-binario.md');
  writeFileSync(binary, Buffer.from(Array.from({ length: 256 }, (_v, i) => i % 32)));
  for (let i = 0; i < 120; i++) writeFileSync(join(work, `entrega-${i}.md`), TEXT);
  const done = await run(['--locale', 'es', 'check', work, '--rubrics', RUBRICS], {
    env: withLanguage({ LANG: 'en_US.UTF-8', RUBRIC_WRITER_THREADS: '1' }),
    timeoutMs: 60_000,
  });
  assert.equal(done.status, 2, done.stderr);
  assert.match(done.stderr, /a-binario\.md: parece un archivo binario, no Markdown\n/);
  assert.equal(done.stdout.split('\n').filter((line) => line.endsWith(SPANISH)).length, 120, done.stdout);
});
