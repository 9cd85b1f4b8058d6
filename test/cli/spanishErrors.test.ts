/**
 * What the CLI cannot read, in Spanish (`--locale es`): inputs that find nothing, --config, the
 * --rubrics folders, the project config's ignores and rubricPaths, Word drafts and requirement files.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertSpanish } from '../helpers/spanishText';
import { simpleDraft } from '../unit/wordFixtures';
import { run } from './run';

const folder = mkdtempSync(join(tmpdir(), 'rw-spanish-errors-'));
after(() => rmSync(folder, { recursive: true, force: true }));
mkdirSync(join(folder, 'empty'));
mkdirSync(join(folder, 'project'));
writeFileSync(join(folder, 'draft.md'), '# Borrador\n');
writeFileSync(join(folder, 'not-word.docx'), 'texto, no un documento de Word\n');
writeFileSync(join(folder, 'not-pdf.pdf'), 'texto, no un PDF\n');
writeFileSync(join(folder, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 5, 6, 7, 0, 0, 1, 2, 3, 4, 0, 0]));
writeFileSync(join(folder, 'project/.rubric-writer.yaml'), 'ignores:\n  - "left-out.md"\n');
writeFileSync(join(folder, 'project/left-out.md'), '# Fuera\n');

/** The one line on stderr, without the program's name, the paths and flags named in it, nor a quoted pattern. */
async function spanishError(args: string[], cwd = folder): Promise<string> {
  const done = await run([...args, '--locale', 'es'], { cwd });
  assert.equal(done.status, 2, done.stderr);
  const line = done.stderr.trim();
  const words = line
    .replace(/^rubric-writer: /, '')
    .replace(/"[^"]*"|\([^)]*PDF structure[^)]*\)/g, '')
    .replace(/(^|\s)(--?[\w-]+|[\w*./!-]+\.(md|yaml|docx|pdf|txt)\b|\S+\/\S*)/g, '$1')
    .replace(/\bWord\b/g, '');
  assertSpanish(line, args.join(' '), words);
  return line;
}

test('inputs that find nothing, in Spanish', async () => {
  assert.match(await spanishError(['check', 'empty']), /empty: no hay archivos Markdown \(\*\.md\) en esta carpeta/);
  assert.match(await spanishError(['check', 'nada*.md']), /nada\*\.md: ningún archivo coincide con este patrón/);
});

test('--config and --rubrics that cannot be read, in Spanish', async () => {
  assert.match(await spanishError(['check', 'draft.md', '--config', 'missing.yaml']), /no existe el archivo/);
  assert.match(await spanishError(['check', 'draft.md', '--config', 'empty']), /no es un archivo/);
  assert.match(await spanishError(['check', 'draft.md', '--rubrics', 'nowhere']), /la carpeta no existe/);
  assert.match(await spanishError(['check', 'draft.md', '--rubrics', 'draft.md']), /no es una carpeta/);
});

test("the project config's ignores and a rubricPaths that is no folder, in Spanish", async () => {
  const project = join(folder, 'project');
  assert.match(await spanishError(['check', 'left-out.md'], project), /no se comprueba: .* lo excluye/);
  writeFileSync(join(project, '.rubric-writer.yaml'), 'rubricPaths:\n  - nowhere\n');
  assert.match(await spanishError(['check', 'left-out.md'], project), /rubricPaths: .* no es una carpeta/);
});

test('Word drafts and requirement files that cannot be read, in Spanish', async () => {
  assert.match(await spanishError(['import', 'not-word.docx']), /no es un documento de Word \(\.docx\)/);
  assert.match(await spanishError(['import', 'missing.docx']), /no se puede leer \(no existe el archivo\)/);
  assert.match(await spanishError(['import-rubric', 'binary.txt']), /parece un archivo binario/);
  assert.match(await spanishError(['import-rubric', 'not-word.docx']), /no es un documento de Word \(\.docx\)/);
  assert.match(await spanishError(['import-rubric', 'not-pdf.pdf']), /no es un PDF que pueda leerse/);
});

test('a Word draft no rubric matches: the closest rubrics, in Spanish', async () => {
  const draft = simpleDraft([{ heading: 'Mi verano' }, { text: 'Hola.' }, { heading: 'Reflexión' }, { text: 'Más.' }]);
  writeFileSync(join(folder, 'verano.docx'), Buffer.from(await draft));
  const line = await spanishError(['import', 'verano.docx']);
  assert.match(line, /ninguna rúbrica coincide bien con sus títulos; las más cercanas: [a-z-]+ \(\d+ de \d+ secciones/);
  assert.match(line, /Indique una con --rubric ID$/);
});
