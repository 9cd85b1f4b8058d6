/** A saved web page's requirements as lines: what a page's markup does to a rule must not be lost. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToRequirementText, readRequirements } from '../../server/src/core/intake/requirements';

const page = (body: string) =>
  `<html><body><h1>Leading Change</h1><p>Made by NEA</p><h2>Submission Requirements</h2>${body}</body></html>`;

test('list items holding paragraphs (<li><p>) are questions, each a line of its own', () => {
  const html = page(
    '<h3>Part 1. Overview (no more than 300 words)</h3><ul><li><p>What changed?</p></li><li><p>Why?</p></li></ul>',
  );
  assert.deepEqual(htmlToRequirementText(html).split('\n').slice(-2), ['- What changed?', '- Why?']);
  assert.equal(readRequirements(htmlToRequirementText(html))?.rubric.sections[0].questions?.length, 2);
});

test('rubric levels as a definition list (<dt>Proficient</dt><dd>…</dd>) are the levels of the section', () => {
  const html = page(
    '<h3>Part 1. Plan</h3><p>Write your plan.</p><h4>Scoring guide</h4><dl><dt>Proficient</dt>' +
      '<dd><p>The plan names three key points.</p></dd><dt>Basic</dt><dd>Two points.</dd>' +
      '<dt>Developing</dt><dd>No plan.</dd></dl>',
  );
  const [plan] = readRequirements(htmlToRequirementText(html))?.rubric.sections ?? [];
  assert.deepEqual(
    plan.criteria?.map((c) => c.level),
    ['Proficient', 'Basic', 'Developing'],
  );
  assert.equal(plan.minPoints, 3);
});
