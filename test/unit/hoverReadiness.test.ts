/**
 * A heading's hover says why its section is not ready: when every requirement it lists is met, the
 * problems that remain (an e-mail address in the text) are counted, in English and in Spanish.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Locale, loadRubricText, RubricRegistry } from '../../server/src/core';
import { hover } from '../../server/src/lsp/hover';

const RUBRIC = `id: short-essay
title: Short essay
kind: micro-credential
source: Test
description: One short essay.
anonymity: Please do not include any information that will make you identifiable to your reviewers.
sections:
  - id: essay
    title: Essay
    words:
      max: 300
`;

const registry = new RubricRegistry();
registry.add(loadRubricText(RUBRIC).rubric!, 'short-essay.rubric.yaml');

function hoverOnEssay(body: string, locale: Locale = 'en'): string {
  const text = `---\nrubric: short-essay\n---\n\n# Essay\n\n${body}\n`;
  const analysis = analyze(text, { registry, locale });
  const view = hover(analysis, { line: 4, character: 3 });
  return view && typeof view.contents === 'object' && 'value' in view.contents ? view.contents.value : '';
}

const IDENTIFYING = 'I worked with two parents. Write to me at maria.lopez@lincoln.k12.us or call 555-123-4567.';

test('a section within its words but with an e-mail address and a phone number: the hover counts them', () => {
  const view = hoverOnEssay(IDENTIFYING);
  assert.match(view, /not ready yet/, view);
  assert.match(view, /✓ at most 300 words/, view);
  assert.match(view, /\*To fix:\* 2 problems in this section, marked in the text/, view);
});

test('the same in Spanish', () => {
  const view = hoverOnEssay(IDENTIFYING, 'es');
  assert.match(view, /todavía no está lista/, view);
  assert.match(view, /\*Por corregir:\* 2 problemas en esta sección, marcados en el texto/, view);
});

test('a ready section, or one whose unmet requirement says why, has no such line', () => {
  assert.doesNotMatch(hoverOnEssay('I worked with two parents on a plan for the school year.'), /To fix/);
  const over = hoverOnEssay('word '.repeat(320));
  assert.match(over, /✗ at most 300 words/, over);
  assert.doesNotMatch(over, /To fix/, over);
});
