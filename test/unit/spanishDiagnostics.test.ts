/**
 * Every diagnostic in Spanish: a Spanish rubric and a few Spanish documents that between them raise
 * every code of the rule registry, checked with `locale: 'es'`. No parameter is left unfilled and no
 * English word is left in a message (the rubric's titles, quoted text and file names are the writer's).
 * English stays the default.
 */
import assert from 'node:assert/strict';
import { assertSpanish } from '../helpers/spanishText';
import { test } from 'node:test';
import {
  acceptHereFix,
  analyze,
  type Analysis,
  DIAGNOSTIC_CODES,
  describeMetadataFinding,
  describeRules,
  type FileFacts,
  flattenSections,
  insertAllFixes,
  labelPointsFixes,
  loadRubricBytes,
  loadRubricText,
  messagesFor,
  type Rubric,
  RubricRegistry,
  rubricIdFix,
  rubricTooLarge,
  timestampLinesFix,
} from '../../server/src/core';

const SPANISH = messagesFor('es');

const RUBRIC: Rubric = {
  id: 'practica-docente',
  title: 'Práctica docente con familias',
  language: 'es',
  sections: [
    { id: 'parte-1', title: 'Parte 1. Contexto', words: { max: 12, limit: 'hard' } },
    { id: 'parte-2', title: 'Parte 2. Metas', words: { min: 40, max: 80, limit: 'guide' } },
    {
      id: 'parte-3',
      title: 'Parte 3. Evidencias',
      sections: [
        {
          id: 'evidencia-1',
          title: 'Evidencia 1: Familias',
          items: { min: 4, noun: 'familia' },
          statements: { minWords: 6 },
        },
        { id: 'evidencia-2', title: 'Evidencia 2: Plan', minPoints: 3, words: { max: 300, limit: 'hard' } },
        {
          id: 'evidencia-3',
          title: 'Evidencia 3: Video',
          media: { recordings: { minSeconds: 120, maxSeconds: 240 }, required: true },
          timestamps: { min: 3, alsoIn: ['evidencia-2'] },
        },
        {
          id: 'evidencia-4',
          title: 'Evidencia 4: Fotos',
          media: { photos: { max: 1, captions: true }, required: true },
        },
        {
          id: 'evidencia-5',
          title: 'Evidencia 5: Grabaciones',
          media: { recordings: { totalMaxSeconds: 300 }, required: true },
        },
        { id: 'evidencia-6', title: 'Evidencia 6: Entrevista', media: { recordings: {}, required: true } },
        { id: 'evidencia-7', title: 'Evidencia 7: Álbum', media: { photos: { max: 5 }, required: true } },
      ],
    },
    { id: 'parte-4', title: 'Parte 4. Reflexión', words: { max: 500, limit: 'hard' } },
    { id: 'parte-5', title: 'Parte 5. Cierre', required: false },
  ],
} as Rubric;

const registry = new RubricRegistry();
registry.add(RUBRIC, 'test');

const FILES: Record<string, FileFacts> = {
  'reunion.mp4': { exists: true, durationSeconds: 300 },
  'entrevista.mp4': { exists: true, durationSeconds: 250 },
  'foto-ana.perez@escuela.org.jpg': { exists: true, metadata: [{ field: 'GPS position', value: '18.4655, -66.1057' }] },
  'acta.docx': { exists: true, metadata: [{ field: 'Author', value: 'Ana Pérez' }] },
  'falta.pdf': { exists: false, siblings: ['faltan.pdf'] },
  'anexos/otro.pdf': { exists: false, siblings: [] },
};

const SUBMISSION = [
  '---',
  'rubric: practica-docente',
  '---',
  '',
  '## Parte 2. Metas',
  '',
  'Quiero conocer mejor a las familias.',
  '',
  '## Parte 1. Contexto',
  '',
  'Mi escuela atiende a muchas familias que hablan español en casa y en la comunidad cada día.',
  'Escríbame a ana.perez@escuela.org si tiene preguntas.',
  '',
  '## Parte 3. Evidencias',
  '',
  '### Evidencia 1: Familias',
  '',
  '- Familia García: nos ayuda mucho con las reuniones de la escuela.',
  '- Familia López',
  '',
  '### Evidencia 2: Plan',
  '',
  'Punto 1: hablaremos de las metas del año.',
  '',
  '### Evidencia 3: Video',
  '',
  '[Mi video de presentación](reunion.mp4) (5:00)',
  '',
  'Punto 1 en 0:25. Punto 2 en 9:00.',
  '',
  '### Evidencia 4: Fotos',
  '',
  '![Reunión](foto-ana.perez@escuela.org.jpg)',
  '',
  '![Salón](salon.jpg)',
  '*El salón preparado.*',
  '',
  'El [acta](acta.docx) y la [lista](falta.pdf) y el [anexo](anexos/otro.pdf).',
  '',
  '### Evidencia 5: Grabaciones',
  '',
  '[Primera](https://example.org/a) (3:00)',
  '',
  '[Segunda](entrevista.mp4) (3:00)',
  '',
  '[Tercera](https://example.org/c)',
  '',
  '### Evidencia 6: Entrevista',
  '',
  'La entrevista se hará la próxima semana.',
  '',
  '### Evidencia 7: Álbum',
  '',
  'Las fotos llegarán después.',
  '',
  '### Evidencia 1: Familias',
  '',
  '<!-- rubric-writer-disable-next-line empty-secton -->',
  '',
  `${'['.repeat(3000)}palabra${']'.repeat(3000)}`,
  '',
  '## Parte 5. Cierre',
  '',
].join('\n');

const DOCUMENTS = [
  SUBMISSION,
  // The front matter names a rubric no one has (one letter off), and one that is far from any.
  '---\nrubric: practica-docent\n---\n\nTexto.\n',
  '---\nrubric: otra-cosa-muy-distinta\n---\n\nTexto.\n',
  '---\nrubric:\n---\n\nTexto.\n',
  // Not valid YAML: a key twice, then a line YAML cannot read.
  '---\nrubric: practica-docente\nrubric: practica-docente\n---\n\nTexto.\n',
  '---\nrubric: practica-docente\n  : : [\n---\n\nTexto.\n',
  `---\nrubric: practica-docente\nx: ${'['.repeat(300)}\n---\n\nTexto.\n`,
  // A missing section under a Part that is there.
  '---\nrubric: practica-docente\n---\n\n## Parte 3. Evidencias\n\nTexto.\n',
];

const check = (text: string, locale: 'es' | 'en' = 'es'): Analysis =>
  analyze(text, { registry, locale, files: (path) => FILES[path] });

/** A message without what is the writer's or the rubric's own: titles, quoted text, code, file names. */
function ownWords(message: string): string {
  let text = message;
  for (const section of flattenSections(RUBRIC)) text = text.split(section.section.title).join(' ');
  return text
    .replace(/"[^"]*"/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/[\w./@-]+\.(?:mp4|jpg|docx|pdf)\b/g, ' ')
    .replace(/\(anexos\/otro\.pdf\)/g, ' ')
    .replace(/Rubric Writer|Markdown|YAML|front matter|Word|GPS|Artist|Copyright|CameraOwnerName|OwnerName/g, ' ');
}

function assertOwnWordsSpanish(message: string, where: string): void {
  assertSpanish(message, where, ownWords(message));
}

test('a Spanish submission raises every diagnostic code, each message in Spanish', () => {
  const analyses = DOCUMENTS.map((text) => check(text));
  const diagnostics = analyses.flatMap((analysis) => [...analysis.diagnostics, ...analysis.accepted]);
  const fired = new Set(diagnostics.map((d) => d.code));
  assert.deepEqual(
    DIAGNOSTIC_CODES.filter((code) => !fired.has(code)),
    [],
    'every code is raised at least once',
  );
  for (const diagnostic of diagnostics) assertOwnWordsSpanish(diagnostic.message, diagnostic.code);
});

test('the variants of a message in Spanish: with and without a limit, a suggestion, a place', () => {
  const messages = DOCUMENTS.flatMap((text) => check(text).diagnostics.map((d) => d.message));
  const has = (pattern: RegExp) =>
    assert.ok(
      messages.some((m) => pattern.test(m)),
      `${pattern}: ${messages.join('\n')}`,
    );
  has(/^Falta Parte 4\. Reflexión: añada su encabezado \(como máximo 500 palabras\)\.$/);
  has(/^Falta Evidencia 1: Familias en Parte 3\. Evidencias: añada su encabezado\.$/);
  has(/^Parte 1\. Contexto tiene 23 palabras; el límite es 12 \(11 de más\)\.$/);
  has(/^Parte 2\. Metas tiene 6 palabras; la guía es 40–80 \(faltan 34\)\.$/);
  has(/^Evidencia 1: Familias enumera 2 familias; la rúbrica pide al menos 4 \(faltan 2\)\.$/);
  has(/^Esta grabación dura 5:00; Evidencia 3: Video pide 2–4 minutos \(1:00 de más\)\.$/);
  has(/^Rúbrica desconocida: "practica-docent"\. ¿Quiso decir "practica-docente"\?$/);
  has(/^Rúbrica desconocida: "otra-cosa-muy-distinta"\. Rúbricas conocidas: .*practica-docente.*\.$/);
  has(/^El encabezado \(front matter\) no es YAML válido: las claves de un mapa no pueden repetirse$/);
  has(/^No se encuentra falta\.pdf: sus revisores verían un adjunto roto\. ¿Quiso decir faltan\.pdf\?$/);
  has(/^No se encuentra otro\.pdf \(anexos\/otro\.pdf\): .* Revise su nombre y su carpeta\.$/);
  has(/^Los metadatos de acta\.docx guardan su autor \("Ana Pérez"\)/);
  has(/^"empty-secton" no es un código de Rubric Writer, .* ¿Quiso decir "empty-section"\?$/);
});

test('the same documents in English are as they were', () => {
  const messages = DOCUMENTS.flatMap((text) => check(text, 'en').diagnostics.map((d) => d.message));
  for (const expected of [
    'Part 4. Reflection is missing: add its heading (at most 500 words).'.replace(
      'Part 4. Reflection',
      'Parte 4. Reflexión',
    ),
    'Parte 1. Contexto has 23 words; the limit is 12 (11 over).',
    'Parte 2. Metas has 6 words; the guide is 40–80 (34 short).',
    'Evidencia 1: Familias lists 2 familias; the rubric asks for at least 4 (2 more).',
    'Unknown rubric "practica-docent". Did you mean "practica-docente"?',
    'The front matter is not valid YAML: Map keys must be unique',
    'falta.pdf is not there: your reviewers would see a broken attachment. Did you mean faltan.pdf?',
  ])
    assert.ok(messages.includes(expected), `${expected}\nin:\n${messages.join('\n')}`);
});

test('the requirements in words, for Spanish messages, hovers and lenses', () => {
  for (const { section } of flattenSections(RUBRIC)) {
    const text = describeRules(section, { messages: SPANISH, language: 'es' });
    assertOwnWordsSpanish(text, section.id);
  }
  const items = flattenSections(RUBRIC).find((s) => s.section.id === 'evidencia-1')!.section;
  assert.equal(describeRules(items, { messages: SPANISH, language: 'es' }), 'al menos 4 familias');
  assert.equal(describeRules(items), 'at least 4 familias');
});

test('the Word draft metadata and the quick-fix titles in Spanish', () => {
  for (const place of ['Author', 'Company', 'header', 'footer'])
    assertOwnWordsSpanish(describeMetadataFinding({ place, text: 'Ana Pérez' }, SPANISH), place);
  const analysis = check(SUBMISSION);
  const titles = [
    ...insertAllFixes(SUBMISSION, analysis).map((fix) => fix.title),
    ...labelPointsFixes(SUBMISSION, analysis, 'evidencia-2').map((fix) => fix.title),
    timestampLinesFix(SUBMISSION, analysis, 'evidencia-3')?.title ?? '',
    ...(['error', 'warning', 'information'] as const).map(
      (severity) =>
        acceptHereFix(SUBMISSION, analysis, { code: 'missing-caption', severity, section: null, range: RANGE })?.title,
    ),
  ];
  const unknown = check(DOCUMENTS[1]);
  titles.push(rubricIdFix(unknown, unknown.diagnostics[0].data)?.title ?? '');
  for (const title of titles) {
    assert.ok(title, 'every fix has a title');
    assertOwnWordsSpanish(title!, 'fix');
  }
});

const RANGE = { start: { line: 6, character: 0 }, end: { line: 6, character: 4 } };

const HEAD = 'id: mia\ntitle: Mía\nkind: framework\nsource: Prueba\ndescription: Una rúbrica de prueba.\nsections:\n';
const BROKEN_RUBRICS = [
  `${HEAD}  - id: plan\n    title: Mi plan\n    minPoints: 10000000\n`,
  `${HEAD}  - id: plan\n    title: Mi plan\n    words:\n      min: 1\n      max: 10000000\n`,
  `${HEAD}  - id: plan\n    title: Mi plan\n    words:\n      min: -4\n`,
  `${HEAD}  - id: plan\n    title: Mi plan\n    colour: azul\n`,
  `${HEAD}  - id: plan\n    words: 300\n`,
  `${HEAD}  - id: Mi Plan\n    title: Mi plan\n`,
  `${HEAD}  - id: plan\n    title: Mi plan\n    words:\n      max: 300\n      limit: blanda\n`,
  `${HEAD}  - id: plan\n    title: Mi plan\n    words:\n      min: 400\n      max: 300\n`,
  `${HEAD}  - id: plan\n    title: Mi plan\n    media:\n      recordings:\n        minSeconds: 400\n` +
    '        maxSeconds: 300\n',
  `${HEAD}  - id: plan\n    title: Mi plan\n  - id: plan\n    title: Otro plan\n`,
  `${HEAD}  - id: plan\n    title: Mi plan\n    timestamps:\n      min: 2\n      alsoIn: [nada]\n`,
  `${HEAD}  - &a\n    id: plan\n    title: Mi plan\n    sections: [*a]\n`,
  'id: mia\ntitle: [sin cerrar\n',
  `id: mia\nx: ${'['.repeat(300)}\n`,
  'title: Mía\n',
];

test("a broken rubric file's problems in Spanish, each said without English", () => {
  const problems = BROKEN_RUBRICS.flatMap((text) => loadRubricText(text, SPANISH).problems.map((p) => p.message));
  problems.push(
    ...loadRubricBytes(new Uint8Array([0x69, 0, 0x64, 0]), SPANISH).problems.map((p) => p.message),
    ...loadRubricBytes(new Uint8Array([0x69, 0xff, 0x64]), SPANISH).problems.map((p) => p.message),
    rubricTooLarge(3 * 1048576 + 200000, SPANISH),
  );
  assert.ok(problems.length >= BROKEN_RUBRICS.length + 3);
  for (const message of problems) {
    // Field names (words.max, minPoints, timestamps.alsoIn, true) are the file's own keys.
    const own = ownWords(message)
      .replace(/valores: .*$/, ' ')
      .replace(/\b[a-z]+[A-Z.][\w.]*\b|\btrue\b|\bfalse\b/g, ' ')
      .replace(/\b[a-z]+(?=: | debe | tiene )/g, ' ');
    assertSpanish(message, 'rubric file', own);
  }
  assert.ok(problems.includes('La sección 1 "Mi plan": minPoints debe ser como máximo 100.'), problems.join('\n'));
  assert.ok(problems.includes('Este archivo de rúbrica es demasiado grande (3,2 MB; el límite es 1 MB).'));
  assert.equal(rubricTooLarge(3 * 1048576 + 200000), 'This rubric file is too large (3.2 MB; the limit is 1 MB).');
});
