/**
 * What a Spanish-speaking writer reads besides the diagnostics: every view, report and CLI message
 * rendered in Spanish with realistic parameters, and the readiness report of a Spanish draft.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyze,
  exportReadinessReport,
  loadRubricText,
  type MessageKey,
  messagesFor,
  RubricRegistry,
} from '../../server/src/core';
import { en } from '../../server/src/core/messages/en';
import { assertSpanish, withoutRubricTitles } from '../helpers/spanishText';

const ROOT = join(__dirname, '../..');

/** A value for each parameter as the views pass them: counts, a duration, a file, a Spanish title or noun. */
const SAMPLES: Record<string, string | number> = {
  count: 12345,
  words: 238,
  limit: '350–450',
  min: 5,
  max: 10,
  sections: 6,
  noun: 'familia',
  title: 'Parte tres',
  duration: '8:10',
  rule: '2–4 minutos',
  summary: '238 / 350–450 palabras',
  verdict: 'lista',
  rules: 'como máximo 300 palabras',
  text: 'Texto de la rúbrica.',
  why: 'una cantidad',
  line: 'Punto N en m:ss',
  origin: 'rubricas/mia.yaml',
  file: 'borrador.md',
  ready: 3,
  problems: '2 errores, 1 advertencia',
  id: 'colaboracion-con-familias',
  kind: 'microcredencial',
  source: 'NEA',
  suggestion: 'colaboracion-con-familias',
  hint: 'elija otro nombre con -o',
  reason: 'permiso denegado',
  what: 'informe de preparación',
  message: 'falta la imagen',
  insertions: '2 inserciones',
  deletions: '1 eliminación',
  comments: 3,
  images: 2,
  folder: 'borrador-imagenes',
  titles: 'Parte uno; Parte dos',
  finding: 'el autor del documento',
  name: 'fotos/reunion.jpg',
  size: '100 MB',
  seconds: 5,
  url: 'https://example.org/foto.jpg',
  alt: 'Familias en la biblioteca',
  width: '9000',
  height: '6000',
  labels: 'Punto 1–3',
  after: 412,
  code: 'media-duration',
  problem: 'falta el campo "title"',
  detail: 'archivo dañado',
  glob: 'borradores/*.md',
  position: 4,
  changes: 'se insertó "Parte tres"',
  values: '"texto", "json"',
  value: '"texto"',
  argument: 'borradores/',
  config: 'proyecto/.rubric-writer.yaml',
  pattern: 'borradores/viejo.md',
  matched: 2,
  closest: 'colaboracion-con-familias (2 de 6 secciones coinciden)',
  rubric: 'Colaboración con las familias',
  request: 'exportar',
  suggestions: 'export',
  option: '-f, --format <formato>',
  choices: 'text, json',
  command: 'new',
  got: 2,
  stopped: 'se detuvo tras 2000 carpetas',
  type: 'image/x-emf',
  element: 'w:sdt',
  format: 'RTF',
};

/** What the messages name as typed (commands, a code, a key, a file, the products): not words to translate. */
const COMMANDS = new RegExp(
  [
    '\\.rubric-writer\\.yaml',
    'rubric-writer \\w+',
    'rubric: ID',
    '# check:',
    'identifying-metadata',
    '\\bWord\\b',
    'Rubric Writer',
    '--[\\w=-]+',
    '<id>\\.rubric\\.yaml',
    '«[^»]*»',
  ].join('|'),
  'g',
);

test('every message of the views, reports and the CLI reads as Spanish, its parameters filled in', () => {
  const spanish = messagesFor('es');
  const keys = (Object.keys(en) as MessageKey[]).filter((key) => /^(view|report|export|cli)\./.test(key));
  assert.ok(keys.length > 50, `${keys.length} keys`);
  for (const key of keys)
    for (const count of [1, 2, 12345]) {
      const text = spanish.t(key, { ...SAMPLES, count });
      assertSpanish(text.replace(COMMANDS, ''));
    }
});

function spanishDraft() {
  const registry = new RubricRegistry();
  const rubricFile = join(ROOT, 'examples/es/colaboracion-con-familias.rubric.yaml');
  registry.add(loadRubricText(readFileSync(rubricFile, 'utf8')).rubric!, rubricFile);
  const text = readFileSync(join(ROOT, 'test/fixtures/spanish-draft.md'), 'utf8');
  return analyze(text, { registry, locale: 'es' });
}

test('the readiness report of a Spanish draft, in Spanish: headings, summary, statuses, counts, requirements', () => {
  const html = exportReadinessReport(spanishDraft(), { file: 'borrador.md' });
  assert.match(html, /<html lang="es">/);
  assert.match(html, /<title>Informe de preparación: borrador\.md<\/title>/);
  assert.match(html, /<h1>Informe de preparación<\/h1>/);
  assert.match(html, /<p class="summary">1 de 6 secciones listas · \d+ errores · \d+ advertencias<\/p>/);
  assert.match(html, /<span class="status status-under">palabras por debajo del mínimo<\/span>/);
  assert.match(html, /<span class="count-text">16 \/ 250–350 palabras — faltan 234<\/span>/);
  assert.match(html, /<span class="readiness">no está lista<\/span>/);
  assert.match(html, /La rúbrica pide:/);
  assert.match(html, /al menos 5 familias \(2 en la lista\)<span class="visually-hidden"> \(no cumplido\)<\/span>/);
  assert.match(html, /<span class="line">línea 5<\/span> <span class="severity">advertencia<\/span>/);
  assert.match(html, /<h2>Para aprobar<\/h2>/);
  // Every text of the page but the rubric's and the diagnostics' messages (translated with the rules).
  const own = html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/(<span class="severity">[^<]*<\/span>)[^<]*<code>[^<]*<\/code>/g, '$1')
    .replace(/<p class="(passing|anonymity)">[^<]*<\/p>/g, '')
    .replace(/<li class="\w+"><span class="mark">.<\/span> [^<]*\(ahora \d+\)/g, '')
    .replace(/<[^>]+>/g, '\n');
  assertSpanish(withoutRubricTitles(own));
});
