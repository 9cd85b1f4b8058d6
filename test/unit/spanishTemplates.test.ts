/**
 * A Spanish credential's template speaks Spanish in the words it adds (`Punto 1:`, `Punto 1 en
 * m:ss`, `[Mi video de presentación](https://)`), and the checker reads them as it reads the
 * English ones: placeholders count no words, a written `Punto N:` paragraph is a point.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, renderTemplate, RubricRegistry, type Rubric } from '../../server/src/core';

const spanish: Rubric = {
  id: 'plan-de-clase',
  title: 'Plan de clase',
  kind: 'micro-credential',
  source: 'Digital Promise',
  description: '',
  language: 'es',
  sections: [
    { id: 'plan', title: 'Artefacto 1: Plan escrito', words: { max: 300, limit: 'hard' }, minPoints: 2 },
    {
      id: 'video',
      title: 'Artefacto 2: Video',
      media: { recordings: { maxSeconds: 240 }, required: true },
      timestamps: { min: 2 },
    },
  ],
};
const registry = new RubricRegistry([spanish]);

test('the template of a Spanish rubric writes Punto N, Punto N en m:ss and a Spanish video placeholder', () => {
  const template = renderTemplate(spanish);
  assert.match(template, /^Punto 1: ?$/m);
  assert.match(template, /^Punto 2: ?$/m);
  assert.match(template, /^\[Mi video de presentación\]\(https:\/\/\) \(m:ss\)$/m);
  assert.match(template, /^Punto 2 en m:ss$/m);
  assert.doesNotMatch(template, /Point|My presentation/);
});

test('a fresh Spanish template counts no words; written points count and are points', () => {
  const fresh = analyze(renderTemplate(spanish), { registry });
  for (const state of fresh.states) assert.equal(state.words, 0, state.id);
  const written = renderTemplate(spanish)
    .replace('Punto 1:', 'Punto 1: Las familias eligen el horario.')
    .replace('Punto 2:', 'Punto 2: Cada reunión termina con una actividad.');
  const plan = analyze(written, { registry }).sections.find((s) => s.id === 'plan');
  assert.equal(plan?.words, 15, 'the labels count once a point is written, as in Word');
  assert.equal(plan?.points, 2);
});

test('a length written in Spanish after a video link is its length', () => {
  const text = renderTemplate(spanish).replace(
    '[Mi video de presentación](https://) (m:ss)',
    '[La clase](https://example.org/v/clase) (5 minutos)',
  );
  const codes = analyze(text, { registry }).diagnostics.map((d) => d.code);
  assert.ok(codes.includes('media-duration'), `a 5-minute video is over 4 minutes: ${codes.join(', ')}`);
});
