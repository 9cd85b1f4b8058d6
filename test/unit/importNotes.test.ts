/**
 * The rubric importer's notes (the file's header, each rule's source line, every `# check:` doubt) in
 * the writer's language; the rubric's own words (its title, a missing issuer) in the requirements'.
 * The hover reads the notes back in either language.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { messagesFor, ruleSourceAt } from '../../server/src/core';
import { readRequirements, rubricFileText, uncertainWhy } from '../../server/src/core/intake/requirements';

const SPANISH_REQUIREMENTS = [
  'Parte 1. Preguntas de contexto (límite de 300 palabras)',
  '¿Quiénes son sus estudiantes?',
  'Parte 2. Reflexión (no más de 2 páginas)',
  '¿Qué aprendió?',
].join('\n\n');

const ENGLISH_REQUIREMENTS = ['Part 1. Overview (200-300 words)', 'What is your context?'].join('\n\n');

test("a Spanish writer's rubric file: header, source lines and check: notes in Spanish", () => {
  const draft = readRequirements(ENGLISH_REQUIREMENTS)!;
  const yaml = rubricFileText(draft, 'requisitos.txt', messagesFor('es'));
  assert.match(yaml, /^# Importada de requisitos\.txt\. Cada regla indica la línea de los requisitos/);
  assert.match(yaml, /# check: no se nombra al emisor: escriba quién publica la credencial \(línea 1\)/);
  assert.match(yaml, /# línea 1: "Part 1\. Overview \(200-300 words\)"/);
  assert.doesNotMatch(yaml, /Imported from|\(line \d+\)|# line \d+:/);
  // The rubric's own words stay in its language: English requirements, an English placeholder.
  assert.match(yaml, /^title: Imported rubric$/m);
  assert.deepEqual(
    draft.uncertain.map((doubt) => uncertainWhy(doubt, messagesFor('es'))),
    [
      'no hay ningún título antes de los requisitos: dé un nombre a la rúbrica',
      'no se nombra al emisor: escriba quién publica la credencial',
    ],
  );
  const source = ruleSourceAt(yaml, yaml.indexOf('max: 300'));
  assert.deepEqual(
    source?.lines.map((l) => l.line),
    [1],
  );
});

test('English notes stay as they were; Spanish requirements get a Spanish placeholder title and issuer', () => {
  const english = rubricFileText(readRequirements(ENGLISH_REQUIREMENTS)!, 'reqs.txt');
  assert.match(english, /^# Imported from reqs\.txt\. Each rule names the line of the requirements it came from;$/m);
  assert.match(english, /# check: the issuer is not named: write who publishes the credential \(line 1\)/);
  assert.match(english, /# line 1: "Part 1\. Overview \(200-300 words\)"/);
  const spanish = readRequirements(SPANISH_REQUIREMENTS)!;
  assert.equal(spanish.rubric.title, 'Rúbrica importada');
  assert.equal(spanish.rubric.source, 'Emisor desconocido');
  const notes = spanish.uncertain.map((doubt) => uncertainWhy(doubt, messagesFor('es')));
  assert.ok(
    notes.includes('un límite de páginas ("2 páginas") no es un límite de palabras; no se comprueba'),
    notes.join('\n'),
  );
});

test("the Spanish example's rubric file: notes in Spanish, and the hover finds each rule's source line", () => {
  const text = readFileSync(join(__dirname, '../../examples/es/colaboracion-con-familias.rubric.yaml'), 'utf8');
  const comments = text.split('\n').filter((line) => /^\s*#/.test(line));
  assert.ok(
    comments.every((line) => !/\b(?:line|Imported|the|reader)\b/.test(line)),
    comments.join('\n'),
  );
  const source = ruleSourceAt(text, text.indexOf('max: 350'));
  assert.deepEqual(
    source?.lines.map((l) => l.line),
    [15],
  );
  assert.match(source?.lines[0].quote ?? '', /entre 250 y 350 palabras/);
});
