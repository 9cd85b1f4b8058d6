/**
 * Spanish requirement texts: each wording a Spanish credential uses for a rule, read as the
 * English one is, inside a small credential of its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRequirements } from '../../server/src/core/intake/requirements';
import type { RubricSection } from '../../server/src/core/rubric';

/** A one-section credential whose section says `line` (and an optional preamble). */
function sectionOf(line: string, preamble = ''): RubricSection {
  const text = [
    'Una microcredencial de prueba',
    'Publicado por Digital Promise',
    'Requisitos de presentación',
    preamble,
    'Parte 1. Plan escrito',
    line,
  ].join('\n');
  const draft = readRequirements(text);
  assert.ok(draft, 'the text has a section');
  return draft.rubric.sections[0];
}

const WORDINGS: [string, (section: RubricSection) => unknown, unknown][] = [
  ['(límite de 300 palabras)', (s) => s.words, { max: 300, limit: 'hard' }],
  ['Escriba entre 200 y 300 palabras.', (s) => s.words, { min: 200, max: 300, limit: 'hard' }],
  ['Un plan de no más de 400 palabras.', (s) => s.words, { max: 400, limit: 'hard' }],
  ['Escriba al menos 150 palabras.', (s) => s.words, { min: 150, limit: 'hard' }],
  ['(hasta 300 palabras aproximadamente)', (s) => s.words, { max: 300, limit: 'guide' }],
  ['Presente una lista de al menos cinco estudiantes.', (s) => s.items, { min: 5, noun: 'estudiante' }],
  ['Incluya dos o más actividades en casa.', (s) => s.items, { min: 2, noun: 'actividad' }],
  [
    'Un video de 2 a 4 minutos de la clase.',
    (s) => s.media,
    { recordings: { minSeconds: 120, maxSeconds: 240 }, required: true },
  ],
  [
    'Una grabación de no más de 10 minutos en total.',
    (s) => s.media,
    { recordings: { totalMaxSeconds: 600 }, required: true },
  ],
  [
    'No más de 20 fotos, cada una con su pie de foto.',
    (s) => s.media,
    { photos: { max: 20, captions: true }, required: true },
  ],
  ['Su plan debe presentar tres puntos clave.', (s) => s.minPoints, 3],
  ['Aprobado: El plan nombra a cada familia.', (s) => s.passing, 'El plan nombra a cada familia.'],
  ['Una reflexión de 500 palabras o una grabación de 7 a 10 minutos.', (s) => s.media?.recordings?.replacesWords, true],
  ['Mínimo 150 palabras', (s) => s.words, { min: 150, limit: 'hard' }],
  ['Extensión: 300 palabras', (s) => s.words, { max: 300, limit: 'hard' }],
  ['Escriba aproximadamente 250 palabras.', (s) => s.words, { max: 250, limit: 'guide' }],
  ['(máx. 250 palabras)', (s) => s.words, { max: 250, limit: 'hard' }],
  ['Límite: 400 palabras', (s) => s.words, { max: 400, limit: 'hard' }],
  ['Límite de palabras: 350', (s) => s.words, { max: 350, limit: 'hard' }],
  ['Número de palabras sugerido: 250-350', (s) => s.words, { min: 250, max: 350, limit: 'guide' }],
];

for (const [line, read, want] of WORDINGS)
  test(`Spanish: "${line}" is read as its rule`, () => {
    assert.deepEqual(read(sectionOf(line)), want);
  });

test('Spanish: "use el número de palabras como guía" makes every count a guide', () => {
  const section = sectionOf('(entre 200 y 300 palabras)', 'Use el número de palabras como guía.');
  assert.deepEqual(section.words, { min: 200, max: 300, limit: 'guide' });
});

test('Spanish: the levels Competente / Básico / En desarrollo, as labelled lines under a section', () => {
  const draft = readRequirements(
    [
      'Otra microcredencial',
      'Requisitos de presentación',
      'Parte 2. Evidencias',
      'Artefacto 1: Plan escrito',
      'Escriba un plan de no más de 300 palabras.',
      'Parte 2. Guía de puntuación',
      'Artefacto 1: Plan escrito',
      'Competente: El plan es claro.',
      'Básico: El plan es poco claro.',
      'En desarrollo: Falta el plan.',
    ].join('\n'),
  );
  assert.ok(draft);
  const plan = draft.rubric.sections[0].sections?.[0];
  assert.deepEqual(
    plan?.criteria?.map((c) => c.level),
    ['Competente', 'Básico', 'En desarrollo'],
  );
});

test('Spanish: "Primera parte" and "Parte dos" are Parts 1 and 2; a page limit is no word limit', () => {
  const draft = readRequirements(
    [
      'Otra microcredencial',
      'Requisitos de presentación',
      'Primera parte: Contexto',
      '(no más de 300 palabras)',
      'Parte dos: Reflexión',
      'Escriba no más de 2 páginas.',
    ].join('\n'),
  );
  assert.ok(draft);
  assert.deepEqual(
    draft.rubric.sections.map((s) => [s.id, s.title, s.words?.max]),
    [
      ['part-1', 'Primera parte: Contexto', 300],
      ['part-2', 'Parte dos: Reflexión', undefined],
    ],
  );
  assert.ok(draft.uncertain.some((u) => /page limit/.test(u.why)));
});

test('"Ofrecida por: …" names the issuer; "Rúbrica de la Parte 2" heads its rubric, not the prompt', () => {
  const draft = readRequirements(
    [
      'Rutinas de pensamiento',
      'Ofrecida por: Red de Educadores',
      'Requisitos de presentación',
      'Parte 2: Evidencias',
      'Artefacto 1: Video de clase',
      'Suba un video de 3 a 6 minutos.',
      'Rúbrica de la Parte 2',
      'Artefacto\tCompetente\tEn desarrollo',
      'Video de clase\tEl video muestra la rutina.\tNo hay video.',
    ].join('\n'),
  );
  assert.ok(draft);
  assert.equal(draft.rubric.source, 'Red de Educadores');
  const video = draft.rubric.sections[0].sections?.[0];
  assert.equal(video?.prompt, 'Suba un video de 3 a 6 minutos.');
  assert.deepEqual(
    video?.criteria?.map((c) => c.level),
    ['Competente', 'En desarrollo'],
  );
});
