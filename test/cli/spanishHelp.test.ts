/**
 * `--help` in the CLI's language: `--locale es` (before or after the command) or a Spanish terminal
 * gets every description in Spanish, and commander's own titles too; English help stays as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertSpanish } from '../helpers/spanishText';
import { ROOT, run } from './run';

const SPANISH_TERMINAL = { ...process.env, LANG: 'es_ES.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const ENGLISH_TERMINAL = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };
const COMMANDS = ['check', 'new', 'rubrics', 'export', 'import-rubric', 'import', 'server'];

/**
 * The words of a help text a writer reads: not the usage line, not the option flags, command names
 * and arguments of the first column, nor what is not a word (flags, file names, quoted values, names
 * of products and of the program).
 */
function descriptions(help: string): string {
  return help
    .split('\n')
    .filter((line) => !line.startsWith('Uso: '))
    .map((line) => line.replace(/^ {2}\S.*?( {2,}|$)/, ''))
    .join('\n')
    .replace(/"[^"]*"|«[^»]*»|<[^>]*>/g, '')
    .replace(/(^|\s)(--?[\w=-]+|[\w*/.!-]*\.(md|yaml|docx)\b)/g, '$1')
    .replace(/\brubric-writer\b|\bWord\b/g, '');
}

test('--locale es --help: the program, its options and its commands described in Spanish', async () => {
  const done = await run(['--locale', 'es', '--help']);
  assert.equal(done.status, 0, done.stderr);
  assert.match(done.stdout, /^Uso: rubric-writer \[opciones\] \[orden\]$/m);
  assert.match(done.stdout, /^ {2}help \[orden\] +muestra la ayuda de la orden$/m);
  assert.match(done.stdout, /^Opciones:$/m);
  assert.match(done.stdout, /^Órdenes:$/m);
  assert.match(done.stdout, /^ {2}-h, --help +muestra la ayuda de la orden$/m);
  assert.match(done.stdout, /^Códigos de salida de «check»:$/m);
  assertSpanish(done.stdout, '--help', descriptions(done.stdout));
});

test("a Spanish terminal (LANG=es_ES.UTF-8): every command's --help in Spanish", async () => {
  for (const command of COMMANDS) {
    const done = await run([command, '--help'], { env: SPANISH_TERMINAL });
    assert.equal(done.status, 0, done.stderr);
    assert.match(done.stdout, /^Opciones:$/m, command);
    assertSpanish(done.stdout, `${command} --help`, descriptions(done.stdout));
  }
  const check = await run(['check', '--help'], { env: SPANISH_TERMINAL });
  assert.match(check.stdout, /^Argumentos:$/m);
  assert.match(check.stdout, /\(valores: "text", "json",\s+"github", "sarif", por defecto: "text"\)/);
});

test('--locale=es after the command, and help <command>, are Spanish too', async () => {
  const after = await run(['export', '--help', '--locale=es'], { env: ENGLISH_TERMINAL });
  assert.match(after.stdout, /^escribe una entrega como documento de Word/m);
  const help = await run(['--locale', 'es', 'help', 'new'], { env: ENGLISH_TERMINAL });
  assert.match(help.stdout, /^escribe una plantilla de entrega/m);
  assertSpanish(help.stdout, 'help new', descriptions(help.stdout));
});

/** test/fixtures/help.en.txt: `rubric-writer --help` as it was before the help spoke Spanish. */
test('English --help is unchanged', async () => {
  const done = await run(['--help'], { env: ENGLISH_TERMINAL });
  assert.equal(done.stdout, readFileSync(join(ROOT, 'test/fixtures/help.en.txt'), 'utf8'));
  const check = await run(['check', '--help'], { env: ENGLISH_TERMINAL });
  assert.match(check.stdout, /^Usage: rubric-writer check \[options\] <files\.\.\.>$/m);
  assert.match(check.stdout, /output format \(choices: "text", "json", "github",\s+"sarif", default: "text"\)/);
  assert.match(check.stdout, /^ {2}-h, --help +display help for command$/m);
});
