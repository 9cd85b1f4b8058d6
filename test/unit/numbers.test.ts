/**
 * One rule for numbers in every message: English writes bare digits (`12345 words`, as the spec's
 * diagnostics always have), Spanish groups as CLDR says (`1234`, `12.345`), in the diagnostics and
 * in the views alike.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Locale, loadRubricText, messagesFor, RubricRegistry } from '../../server/src/core';
import { hover } from '../../server/src/lsp/hover';

const RUBRIC = `id: long-essay
title: Long essay
kind: micro-credential
source: Test
description: One long essay.
sections:
  - id: essay
    title: Essay
    words:
      max: 1000
`;

const registry = new RubricRegistry();
registry.add(loadRubricText(RUBRIC).rubric!, 'long-essay.rubric.yaml');

function essayOf(words: number, locale: Locale) {
  const text = `---\nrubric: long-essay\n---\n\n# Essay\n\n${'palabra '.repeat(words)}\n`;
  const analysis = analyze(text, { registry, locale });
  const diagnostic = analysis.diagnostics.find((d) => d.code === 'word-limit-exceeded')?.message ?? '';
  const view = hover(analysis, { line: 4, character: 3 });
  return {
    diagnostic,
    view: view && typeof view.contents === 'object' && 'value' in view.contents ? view.contents.value : '',
  };
}

test('English: a 1234-word and a 12345-word section in bare digits, in the diagnostic and the hover', () => {
  for (const words of [1234, 12345]) {
    const { diagnostic, view } = essayOf(words, 'en');
    assert.match(diagnostic, new RegExp(`\\b${words} words\\b`), diagnostic);
    assert.match(view, new RegExp(`\\b${words}\\b`), view);
    assert.doesNotMatch(`${diagnostic} ${view}`, /\d,\d{3}/, 'no grouping in English');
  }
  assert.equal(messagesFor('en').t('view.words', { count: 12345 }), '12345 words');
});

test('Spanish: 1234 stays 1234 and 12345 is 12.345 (CLDR), in the diagnostic and the hover', () => {
  const short = essayOf(1234, 'es');
  assert.match(short.diagnostic, /\b1234 palabras\b/, short.diagnostic);
  assert.match(short.view, /\b1234\b/, short.view);
  const long = essayOf(12345, 'es');
  assert.match(long.diagnostic, /\b12\.345 palabras\b/, long.diagnostic);
  assert.match(long.view, /\b12\.345\b/, long.view);
  assert.doesNotMatch(`${long.diagnostic} ${long.view}`, /12345/);
});
