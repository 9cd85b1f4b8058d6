/**
 * The CLI in Spanish (`--locale es`, or a Spanish terminal): its own lines (the summary, the
 * section table, the rubric list, what export wrote) and the exports' labels, with the writer's
 * text untouched.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxParts } from '../helpers/docxPackage';
import { assertSpanish, withoutRubricTitles } from '../helpers/spanishText';
import { ROOT, run } from './run';

const DRAFT = join(ROOT, 'test/fixtures/spanish-draft.md');
const RUBRICS = ['--rubrics', join(ROOT, 'examples/es')];
const folder = mkdtempSync(join(tmpdir(), 'rw-spanish-lines-'));
after(() => rmSync(folder, { recursive: true, force: true }));

/** The lines the CLI writes itself: not the diagnostics (translated with the rules), not the file's name. */
const ownLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => !/^\S+:\d+:\d+: /.test(line))
    .map((line) => withoutRubricTitles(line.replace(/^\S*spanish-draft\.md(: | — colaboracion-con-familias)/, '')))
    .join('\n');

test('check --locale es: the summary line and the --sections table in Spanish', async () => {
  const done = await run(['check', DRAFT, ...RUBRICS, '--sections', '--locale', 'es']);
  assert.equal(done.status, 1, done.stderr);
  assert.match(done.stdout, /spanish-draft\.md: 1 de 6 secciones listas; 2 errores, 2 advertencias$/m);
  assert.match(done.stdout, /^Sección +Palabras +Límite +Elementos +Estado +Lista$/m);
  assert.match(done.stdout, /^Parte uno: Preguntas de contexto +16 +250–350 +por debajo$/m);
  assert.match(done.stdout, /^Evidencia 2: Plan de comunicación +28 +≤ 400 +bien +lista$/m);
  assert.match(done.stdout, /^Parte tres: Reflexión +— +≤ 500 +falta$/m);
  assertSpanish(ownLines(done.stdout));
});

test('a Spanish terminal (LANG=es_ES.UTF-8) gets the same Spanish lines without --locale', async () => {
  const done = await run(['check', DRAFT, ...RUBRICS], {
    env: { ...process.env, LANG: 'es_ES.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });
  assert.match(done.stdout, /spanish-draft\.md: 1 de 6 secciones listas; 2 errores, 2 advertencias$/m);
  const listed = await run(['rubrics', ...RUBRICS], {
    env: { ...process.env, LANG: 'es_ES.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  });
  assert.match(
    listed.stdout,
    /^colaboracion-con-familias +Colaboración con las familias .* \(microcredencial, NEA\)$/m,
  );
});

test('export --format html --locale es: the readiness report in Spanish', async () => {
  const done = await run(['export', DRAFT, ...RUBRICS, '--format', 'html', '-o', '-', '--locale', 'es']);
  assert.equal(done.status, 0, done.stderr);
  assert.match(done.stdout, /<html lang="es">/);
  assert.match(done.stdout, /<h1>Informe de preparación<\/h1>/);
  assert.match(done.stdout, /<p class="summary">1 de 6 secciones listas · 2 errores · 2 advertencias<\/p>/);
  assert.match(done.stdout, /<span class="count-text">16 \/ 250–350 palabras — faltan 234<\/span>/);
});

test("export --locale es to Word: what it says in Spanish, the writer's text untouched", async () => {
  const draft = join(folder, 'borrador.md');
  const text = readFileSync(DRAFT, 'utf8').replace(
    'Punto 3: Terminaré con una actividad para la casa.',
    'Punto 3: Terminaré con una actividad para la casa.\n\n![Reunión en la biblioteca](fotos/reunion.jpg)',
  );
  writeFileSync(draft, text);
  const output = join(folder, 'borrador.docx');
  const done = await run(['export', draft, ...RUBRICS, '-o', output, '--locale', 'es']);
  assert.equal(done.status, 0, done.stderr);
  assert.match(
    done.stderr,
    /^rubric-writer: advertencia: \S+borrador\.md:24: no se encontró la imagen fotos\/reunion\.jpg, así/m,
  );
  assert.match(done.stderr, /^rubric-writer: se escribió \S+borrador\.docx \(documento de Word, Colaboración con las/m);
  const body = new TextDecoder().decode(docxParts(readFileSync(output)).get('word/document.xml'));
  assert.match(body, /Enseño ciencias en séptimo grado\. Casi la mitad de mis alumnos habla otro idioma en casa\./);
  assert.match(body, /Punto 2: Empezaré preguntando qué sabe su hijo\./);
});

test('check --fix --locale es says in Spanish what it inserted', async () => {
  const done = await run(['check', '-', '--fix', ...RUBRICS, '--locale', 'es', '--stdin-name', 'borrador.md'], {
    input: readFileSync(DRAFT, 'utf8'),
  });
  assert.match(done.stdout, /^## Parte tres: Reflexión$/m);
  assert.match(
    done.stderr,
    /^rubric-writer: se corrigió borrador\.md: se insertó "Evidencia 3: [^"]+"; se insertó "Parte tres: Reflexión"$/m,
  );
});
