/**
 * Commander's own errors (a mistyped command or option, a missing or extra argument, a value not
 * among the choices) in the CLI's language, and the names of arguments in Spanish --help; in
 * English, commander's words as they always were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSpanish } from '../helpers/spanishText';
import { run } from './run';

const SPANISH_TERMINAL = { ...process.env, LANG: 'es_ES.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const ENGLISH_TERMINAL = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };

/** The one line on stderr (exit code 2), checked for English words outside the names quoted in it. */
async function usageError(args: string[], env = SPANISH_TERMINAL): Promise<string> {
  const done = await run(args, { env });
  assert.equal(done.status, 2, done.stderr);
  const line = done.stderr.trim();
  assert.equal(line.split('\n').length, 1, line);
  const words = line
    .replace(/^rubric-writer: /, '')
    .replace(/'[^']*'|(^|\s)--?[\w-]+|\b(?:text|json|github|sarif)\b/g, ' ');
  if (env === SPANISH_TERMINAL) assertSpanish(line, args.join(' '), words.replace(/\bcheck\b/g, ''));
  return line;
}

test('a Spanish terminal: an unknown command or option, with its suggestion, in Spanish', async () => {
  assert.equal(await usageError(['chek']), "rubric-writer: orden desconocida 'chek' (¿quiso decir check?)");
  assert.equal(await usageError(['check', '--bogus', 'x.md']), "rubric-writer: opción desconocida '--bogus'");
  assert.equal(
    await usageError(['check', '--rubric-s', 'x', 'x.md']),
    "rubric-writer: opción desconocida '--rubric-s' (¿quiso decir --rubrics?)",
  );
});

test('a Spanish terminal: missing and extra arguments, a missing value and a wrong choice, in Spanish', async () => {
  assert.equal(await usageError(['check']), "rubric-writer: falta el argumento obligatorio 'archivos'");
  assert.equal(await usageError(['new']), "rubric-writer: falta el argumento obligatorio 'rúbrica'");
  assert.match(await usageError(['new', 'a', 'b']), /demasiados argumentos para 'new': admite 1 y recibió 2\.$/);
  assert.match(await usageError(['check', 'x.md', '--rubric']), /falta el valor de la opción '-r, --rubric <id>'$/);
  assert.equal(
    await usageError(['check', '-f', 'xml', 'x.md']),
    "rubric-writer: 'xml' no es un valor válido de '-f, --format <formato>'; valores posibles: text, json, github, " +
      'sarif.',
  );
});

test('--locale es makes commander speak Spanish in an English terminal; English stays as it was', async () => {
  const spanish = await run(['--locale', 'es', 'rubrics', 'extra'], { env: ENGLISH_TERMINAL });
  assert.equal(spanish.stderr, "rubric-writer: demasiados argumentos para 'rubrics': admite 0 y recibió 1.\n");
  assert.equal(
    await usageError(['chek'], ENGLISH_TERMINAL),
    "rubric-writer: unknown command 'chek' (Did you mean check?)",
  );
  assert.equal(
    await usageError(['new', 'a', 'b'], ENGLISH_TERMINAL),
    "rubric-writer: too many arguments for 'new'. Expected 1 argument but got 2.",
  );
  assert.equal(await usageError(['check'], ENGLISH_TERMINAL), "rubric-writer: missing required argument 'files'");
});

test("Spanish --help names the arguments and option values in Spanish; English keeps commander's", async () => {
  const spanish = await run(['check', '--help'], { env: SPANISH_TERMINAL });
  assert.match(spanish.stdout, /^Uso: rubric-writer check \[opciones\] <archivos\.\.\.>$/m);
  assert.match(spanish.stdout, /^ {2}archivos +archivos Markdown/m);
  assert.match(spanish.stdout, /^ {2}-f, --format <formato> +formato de salida/m);
  assert.match(spanish.stdout, /^ {2}--rubrics <carpeta> /m);
  const program = await run(['--help'], { env: SPANISH_TERMINAL });
  assert.match(program.stdout, /^ {2}export \[opciones\] <archivo> /m);
  assert.match(program.stdout, /^ {2}--locale <idioma> /m);
  const english = await run(['check', '--help'], { env: ENGLISH_TERMINAL });
  assert.match(english.stdout, /^Usage: rubric-writer check \[options\] <files\.\.\.>$/m);
  assert.match(english.stdout, /^ {2}-f, --format <format> +output format/m);
});
