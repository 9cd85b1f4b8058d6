/**
 * New Submission puts the cursor where the writer starts: the blank line under the first section
 * she writes in, after its heading and guiding questions, not at the end of the new document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, BUILTIN_RUBRICS, RubricRegistry, type Rubric } from '../../server/src/core';
import { templateFor } from '../../server/src/lsp/requests';

test('every built-in rubric: the start line is the blank line under its first section to write in', () => {
  for (const rubric of BUILTIN_RUBRICS) {
    const template = templateFor(rubric)!;
    const lines = template.text.split('\n');
    assert.equal(typeof template.line, 'number', rubric.id);
    const line = template.line!;
    assert.equal(lines[line], '', `${rubric.id}: line ${line} is blank`);
    // Text typed there counts toward the first section without subsections.
    const typed = [...lines.slice(0, line), 'Three words here.', ...lines.slice(line + 1)].join('\n');
    const analysis = analyze(typed, { registry: new RubricRegistry() });
    const first = analysis.sections.find((s) => !s.flat.section.sections?.length)!;
    assert.equal(first.words, 3, `${rubric.id}: ${first.flat.section.title} counts the typed words`);
  }
});

test('a rubric with only Parts of subsections starts under the first subsection, not under a Part', () => {
  const rubric: Rubric = {
    id: 'two-parts',
    title: 'Two parts',
    kind: 'micro-credential',
    source: 'Test',
    description: '',
    sections: [
      { id: 'p1', title: 'Part 1', sections: [{ id: 'a', title: 'Overview', prompt: 'Who are your students?' }] },
      { id: 'p2', title: 'Part 2', sections: [{ id: 'b', title: 'Reflection' }] },
    ],
  };
  const { text, line } = templateFor(rubric)!;
  const lines = text.split('\n');
  assert.deepEqual(lines.slice(line! - 3, line! + 2), [
    '### Overview',
    '',
    '<!-- Who are your students? -->',
    '',
    '## Part 2',
  ]);
});
