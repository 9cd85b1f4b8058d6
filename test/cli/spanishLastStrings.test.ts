/**
 * The CLI's last English lines, now in the writer's language: import-rubric's doubts and errors, a
 * rubric whose id is taken, a linked file that cannot be read and a Word draft's identifying metadata.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, run } from './run';

const folder = mkdtempSync(join(tmpdir(), 'rw-spanish-last-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const REQUIREMENTS = join(folder, 'requisitos.txt');
writeFileSync(REQUIREMENTS, 'Part 1. Overview (200-300 words)\n\nWhat is your context?\n');

test('import-rubric --locale es: the header, source lines and check: notes in Spanish, listed at the end', async () => {
  const done = await run(['import-rubric', REQUIREMENTS, '-o', '-', '--locale', 'es'], { cwd: folder });
  assert.equal(done.status, 0, done.stderr);
  assert.match(done.stdout, /^# Importada de requisitos\.txt\./);
  assert.match(done.stdout, /# check: no se nombra al emisor: escriba quién publica la credencial \(línea 1\)/);
  assert.match(done.stdout, /# línea 1: "Part 1\. Overview/);
  assert.match(done.stderr, /^ {2}línea 1: no se nombra al emisor: escriba quién publica la credencial$/m);
  const english = await run(['import-rubric', REQUIREMENTS, '-o', '-', '--locale', 'en'], { cwd: folder });
  assert.match(english.stdout, /# check: the issuer is not named: write who publishes the credential \(line 1\)/);
  assert.match(english.stderr, /^ {2}line 1: the issuer is not named/m);
});

test('import-rubric --locale es: a bad or built-in id, and text with no section, in Spanish', async () => {
  const bad = await run(['import-rubric', REQUIREMENTS, '--id', 'Mal_ID', '--locale', 'es'], { cwd: folder });
  assert.equal(
    bad.stderr,
    'rubric-writer: --id Mal_ID: use minúsculas, dígitos y guiones sueltos (p. ej. tickets-de-salida)\n',
  );
  const builtIn = await run(['import-rubric', REQUIREMENTS, '--id', 'engaging-stakeholders', '--locale', 'es'], {
    cwd: folder,
  });
  assert.equal(
    builtIn.stderr,
    'rubric-writer: "engaging-stakeholders" es una rúbrica incluida; elija otro id con --id\n',
  );
  writeFileSync(join(folder, 'compra.txt'), 'Leche, pan y 3 manzanas.\n');
  const none = await run(['import-rubric', 'compra.txt', '--locale', 'es'], { cwd: folder });
  assert.match(none.stderr, /^rubric-writer: compra\.txt: no se encontró ninguna Parte/);
});

test('a rubric that takes a built-in id, and a linked file that cannot be read, are reported in Spanish', async () => {
  const rubrics = join(folder, 'rubricas');
  mkdirSync(rubrics);
  const copy = readFileSync(join(ROOT, 'rubrics/engaging-stakeholders.yaml'), 'utf8');
  writeFileSync(join(rubrics, 'copia.yaml'), copy);
  writeFileSync(
    join(folder, 'borrador.md'),
    '---\nrubric: engaging-stakeholders\n---\n\n# Borrador\n\n[video](bucle.mp4)\n',
  );
  symlinkSync('bucle.mp4', join(folder, 'bucle.mp4'));
  const done = await run(['check', 'borrador.md', '--rubrics', 'rubricas', '--locale', 'es'], { cwd: folder });
  assert.match(
    done.stderr,
    /copia\.yaml: warning: "engaging-stakeholders" es el id de una rúbrica incluida; se usa la incluida/,
  );
  assert.match(
    done.stderr,
    /^rubric-writer: no se pudo leer bucle\.mp4 \(ELOOP\); se mantienen los datos escritos\.$/m,
  );
  const english = await run(['check', 'borrador.md', '--rubrics', 'rubricas', '--locale', 'en'], { cwd: folder });
  assert.match(english.stderr, /"engaging-stakeholders" is a built-in rubric id; the built-in rubric is used/);
  assert.match(english.stderr, /^rubric-writer: bucle\.mp4 could not be read \(ELOOP\); its written facts stand\.$/m);
});

test("import --locale es: a Word draft's author field is described in Spanish, not imported", async () => {
  const draft = join(ROOT, 'test/fixtures/word/full-draft.libreoffice.docx');
  const done = await run(['import', draft, '-o', join(folder, 'importado.md'), '--locale', 'es'], { cwd: folder });
  assert.equal(done.status, 0, done.stderr);
  assert.match(
    done.stderr,
    /advertencia identifying-metadata: El campo autor del documento de Word contiene "Maria Rivera"/,
  );
  assert.doesNotMatch(done.stderr, /Word document's|author field/);
});
