/**
 * Guidance comments are written in one place and cannot be broken out of: a rubric line holding
 * `-->` stays inside its comment in the template, the inserted section and the snippet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyze,
  generateSnippets,
  insertionFor,
  RubricRegistry,
  renderTemplate,
  type Rubric,
} from '../../server/src/core';

const hostile: Rubric = {
  id: 'hostile-guidance',
  title: 'Hostile guidance',
  kind: 'framework',
  source: 'test',
  description: 'Rubric strings that try to close the comment.',
  sections: [
    { id: 'one-line', title: 'One line', prompt: 'one line --> <b>x</b>' },
    {
      id: 'many-lines',
      title: 'Many lines',
      prompt: 'first --> shown?',
      questions: ['second -- > also', 'third --->'],
    },
  ],
};

/** What is left once every HTML comment is taken out, the way a browser reads it (a comment ends at its first `-->`). */
const visibleText = (markdown: string) => markdown.replace(/<!--[\s\S]*?-->/g, ' ');

test('the template keeps every guidance line inside its comment', () => {
  const template = renderTemplate(hostile);
  assert.doesNotMatch(visibleText(template), /<b>|shown|also|-->/);
  assert.match(template, /one line – <b>x<\/b>/);
});

test('Insert Section (the quick fix) keeps a one-line prompt with --> inside its comment', () => {
  const registry = new RubricRegistry();
  registry.add(hostile, 'test');
  const text = '---\nrubric: hostile-guidance\n---\n\n## Many lines\n\nText.\n';
  const analysis = analyze(text, { registry });
  const insertion = insertionFor(text, analysis, 'one-line')!;
  assert.equal(insertion.text.match(/<!--/g)?.length, 1);
  assert.equal(visibleText(insertion.text).trim(), '## One line', 'only the heading is visible');
});

test('snippets keep guidance inside the comment too', () => {
  const snippets = generateSnippets([hostile]);
  for (const snippet of Object.values(snippets)) {
    const body = snippet.body.join('\n').replace(/\$\{\d+(:[^}]*)?\}/g, '');
    assert.doesNotMatch(visibleText(body), /<b>|shown|also|-->/, snippet.prefix);
  }
});
