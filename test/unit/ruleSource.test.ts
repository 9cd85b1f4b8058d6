/** The source line of a rule, read back from an imported rubric file's comments (the rubric file hover). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRequirements, rubricFileText, ruleSourceAt } from '../../server/src/core/intake';

const requirements = readFileSync(join(__dirname, '../fixtures/requirements/nea-scoring-guide.txt'), 'utf8');
const file = rubricFileText(readRequirements(requirements)!, 'nea-scoring-guide.txt');
const at = (pattern: RegExp) => {
  const offset = file.search(pattern);
  assert.ok(offset >= 0, `the file holds ${pattern}`);
  return ruleSourceAt(file, offset + 2);
};

test('a section names its heading line, with what the import was unsure of there', () => {
  assert.deepEqual(at(/title: "Artifact 2: Student Feedback"/), {
    sourceName: 'nea-scoring-guide.txt',
    lines: [{ line: 20, quote: 'Artifact 2: Student Feedback' }],
    checks: ['a count the reader could not place as a number of listed items (line 21)'],
  });
});

test('a rule inside a section names its own line, and a file the writer edited is still read', () => {
  const criteria = at(/criteria:\n {10}- level: Proficient\n {12}text: Feedback from ten/);
  assert.deepEqual(criteria?.lines, [
    { line: 28, quote: 'Proficient: Feedback from ten or more students, summarised clearly.' },
  ]);
  const idAt = file.indexOf('\nid:');
  const edited = `${file.slice(0, idAt)}\n# a note of my own\n${file.slice(idAt + 1)}`;
  const offset = edited.indexOf('text: Feedback from ten');
  assert.equal(ruleSourceAt(edited, offset)?.lines[0].line, 28);
  assert.equal(ruleSourceAt(edited, edited.indexOf('\nid:') + 2), null, 'the id is no rule');
  assert.equal(ruleSourceAt('id: mine\ntitle: Mine\n', 3), null, 'a rubric written by hand names no source');
  assert.equal(ruleSourceAt('id: [unclosed\n', 3), null, 'a broken file is no error');
});
