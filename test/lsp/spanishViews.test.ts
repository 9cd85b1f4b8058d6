/**
 * The language server in Spanish (`locale: 'es'` at initialize): the code lenses, the hover on a
 * heading and the checklist data speak the writer's language, against a Spanish rubric.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, TestClient } from './client';
import { assertSpanish, withoutRubricTitles } from '../helpers/spanishText';

const folder = join(ROOT, 'examples/es');
const uri = pathToFileURL(join(folder, 'borrador.md')).toString();
const TEXT = readFileSync(join(ROOT, 'test/fixtures/spanish-draft.md'), 'utf8');

let client: TestClient;

before(async () => {
  client = new TestClient('in process');
  await client.initialize({ rootUri: pathToFileURL(folder).toString(), locale: 'es' });
  const opened = client.diagnosticsFor(uri, 1);
  await client.open(uri, TEXT);
  await opened;
});
after(() => client.shutdown());

test('the code lenses count in Spanish: words against the limit, what is short, what is missing', async () => {
  const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', {
    textDocument: { uri },
  });
  const titles = lenses.map((lens) => lens.command.title);
  assert.ok(titles.includes('16 / 250–350 palabras — faltan 234'), titles.join('\n'));
  assert.ok(titles.includes('27 palabras · 2 / 5 familias'), titles.join('\n'));
  assert.ok(titles.includes('Falta: Parte tres: Reflexión (insertar)'), titles.join('\n'));
  for (const title of titles) assertSpanish(withoutRubricTitles(title));
});

test('the hover on a heading says in Spanish what the section has now and what the rubric asks', async () => {
  const line = TEXT.split('\n').indexOf('### Evidencia 2: Plan de comunicación');
  const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
    textDocument: { uri },
    position: { line, character: 5 },
  });
  const value = hover.contents.value;
  assert.match(value, /^\*Ahora:\* 28 \/ 400 palabras · lista$/m);
  assert.match(value, /^\*La rúbrica pide:\*$/m);
  assert.match(value, /^- ✓ 3 puntos \(3 encontrados\)$/m);
  assert.match(value, /^\| Nivel \| Criterios \|$/m);
  // The word limit's own phrase ("at most 400 words") is the rules' and comes with their translation.
  assertSpanish(withoutRubricTitles(value.replace(/^- ✓ .*\(ahora 28\)$/m, '')));
});

test('the checklist data (status, verdict, summary, requirements) is in Spanish', async () => {
  const result = await client.request<{
    sections: { id: string; statusText: string; verdict: string; summary: string; requirements: { text: string }[] }[];
  }>('rubricWriter/sections', { textDocument: { uri } });
  const byId = new Map(result.sections.map((s) => [s.id, s]));
  assert.equal(byId.get('part-1')!.statusText, 'palabras por debajo del mínimo');
  assert.equal(byId.get('part-1')!.verdict, 'no está lista');
  assert.equal(byId.get('part-3')!.summary, 'falta');
  assert.equal(byId.get('evidence-2')!.verdict, 'lista');
  assert.equal(byId.get('evidence-1')!.requirements[0].text, 'al menos 5 familias (2 en la lista)');
  for (const section of result.sections) {
    const { statusText, verdict, summary } = section;
    assertSpanish(withoutRubricTitles([statusText, verdict, summary].join('\n')));
  }
});

test('the export request writes the readiness report in Spanish', async () => {
  const result = await client.request<{ base64: string }>('rubricWriter/export', {
    textDocument: { uri },
    format: 'html',
  });
  const html = Buffer.from(result.base64, 'base64').toString('utf8');
  assert.match(html, /<h1>Informe de preparación<\/h1>/);
  assert.match(html, /<p class="summary">1 de 6 secciones listas · 2 errores · 2 advertencias<\/p>/);
});

test('the quick fixes for a missing section are titled in Spanish', async () => {
  const published = client.allPublished().find((p) => p.uri === uri)!;
  const missing = published.diagnostics.filter((d) => d.code === 'missing-section');
  const actions = await client.request<{ title: string }[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: missing[0].range,
    context: { diagnostics: missing },
  });
  const titles = actions.map((action) => action.title);
  assert.ok(titles.includes('Insertar "Parte tres: Reflexión" en su lugar de la rúbrica'), titles.join('\n'));
  assert.ok(titles.includes('Insertar todas las secciones que faltan (2)'), titles.join('\n'));
  for (const title of titles) assertSpanish(withoutRubricTitles(title));
});
