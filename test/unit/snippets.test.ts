import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyze,
  BUILTIN_RUBRICS,
  flattenSections,
  generateSnippets,
  RubricRegistry,
  snippetsFileText,
} from '../../server/src/core';

const root = join(__dirname, '../..');

test('the committed snippets match the rubrics they are made from', () => {
  assert.equal(readFileSync(join(root, 'snippets/markdown.code-snippets'), 'utf8'), snippetsFileText(BUILTIN_RUBRICS));
});

test('every Part and subsection of every built-in rubric has a snippet, and every rubric a whole template', () => {
  const snippets = Object.values(generateSnippets(BUILTIN_RUBRICS));
  for (const rubric of BUILTIN_RUBRICS) {
    assert.ok(
      snippets.some((s) => s.prefix === `rw-template-${rubric.id}`),
      rubric.id,
    );
    for (const { section } of flattenSections(rubric)) {
      assert.ok(
        snippets.some(
          (s) => s.prefix === `rw-${section.id}` && s.body[0].endsWith(section.title.replace(/\$/g, '\\$')),
        ),
        `${rubric.id}/${section.id}`,
      );
    }
  }
});

/** A snippet body as the editor would insert it: tab stops empty, escapes resolved. */
const expand = (body: string[]) =>
  body
    .join('\n')
    .replace(/\$\{\d+(?::([^}]*))?\}/g, (_m, text: string | undefined) => text ?? '')
    .replace(/\\([$}\\])/g, '$1');

test('a whole-template snippet, inserted, is a submission with every section found', () => {
  const registry = new RubricRegistry();
  for (const rubric of BUILTIN_RUBRICS) {
    const snippet = Object.values(generateSnippets([rubric])).find((s) => s.prefix === `rw-template-${rubric.id}`)!;
    const analysis = analyze(expand(snippet.body), { registry });
    assert.equal(analysis.rubric?.id, rubric.id);
    assert.deepEqual(
      analysis.sections.filter((s) => !s.heading).map((s) => s.id),
      [],
      rubric.id,
    );
  }
});

test(
  'the Artifact 2 snippet carries its limit and guidance as a comment and a Point N: line with a tab stop per ' +
    'point',
  () => {
    const snippet = Object.values(generateSnippets(BUILTIN_RUBRICS)).find((s) => s.prefix === 'rw-artifact-2')!;
    assert.equal(snippet.body[0], '### Artifact 2: Written Plan');
    assert.ok(snippet.body.includes('<!--'));
    assert.ok(snippet.body.some((line) => /200–300 words/.test(line)));
    assert.deepEqual(
      snippet.body.filter((line) => line.startsWith('Point')),
      ['Point 1: ${1}', 'Point 2: ${2}', 'Point 3: ${3}'],
    );
  },
);

test('the snippet file, shown as it is in every display language, names and describes by titles only', () => {
  const file = JSON.parse(readFileSync(join(root, 'snippets/markdown.code-snippets'), 'utf8')) as Record<
    string,
    { description: string }
  >;
  const titles = BUILTIN_RUBRICS.flatMap((rubric) => [
    rubric.title,
    ...flattenSections(rubric).map((f) => f.section.title),
  ]);
  const withoutTitles = (text: string) =>
    [...titles, 'Rubric Writer']
      .sort((a, b) => b.length - a.length)
      .reduce((left, title) => left.split(title).join(''), text);
  for (const [name, snippet] of Object.entries(file)) {
    assert.match(withoutTitles(name), /^[\s:·]*$/, name);
    assert.match(withoutTitles(snippet.description), /^[\s:·]*$/, snippet.description);
  }
});
