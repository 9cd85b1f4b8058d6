import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher } from '../../server/src/core/match';
import { BUILTIN_RUBRICS, flattenSections } from '../../server/src/core';

function matcherFor(id: string) {
  const rubric = BUILTIN_RUBRICS.find((r) => r.id === id)!;
  const flat = flattenSections(rubric);
  const match = createMatcher(rubric);
  return (heading: string) => {
    const found = match(heading);
    return found ? flat[found.index].section.id : null;
  };
}

const engaging = matcherFor('engaging-stakeholders');
const together = matcherFor('working-together-for-student-success');

test('the spec\'s heading variants all match their section', () => {
  const cases: [string, string][] = [
    ['Part 1. Overview questions', 'part-1'],
    ['PART 1 — Overview Questions', 'part-1'],
    ['Part One: Overview', 'part-1'],
    ['**Part 1**', 'part-1'],
    ['Part I', 'part-1'],
    ['Recordings', 'recordings'],
  ];
  for (const [heading, id] of cases) assert.equal(engaging(heading), id, heading);
  assert.equal(together('Artifact 2 – Written Plan'), 'artifact-2');
  assert.equal(together('Written plan'), 'artifact-2');
});

test('the seeds\' own headings, with their parentheticals and colons, match', () => {
  const cases: [string, string][] = [
    ['Part 1. Overview questions', 'part-1'],
    ['Activity Description (300-word limit):', 'activity-description'],
    ['Activity Description - Your Learning (300-word maximum)', 'your-learning'],
    ['Part 2. Evidence/artifacts', 'part-2'],
    ['Part 3. Reflection', 'part-3'],
  ];
  for (const [heading, id] of cases) assert.equal(engaging(heading), id, heading);
  const together2: [string, string][] = [
    ['Part 1. Overview Questions (Provides Context)', 'part-1'],
    ['Part 2. Work Examples/Artifacts/Evidence', 'part-2'],
    ['Artifact 1: List of Stakeholders', 'artifact-1'],
    ['Artifact 2: Written Plan', 'artifact-2'],
    ['Artifact 3: Visual Presentation', 'artifact-3'],
    ['Part 3 Reflection', 'part-3'],
  ];
  for (const [heading, id] of together2) assert.equal(together(heading), id, heading);
});

test('the closest match wins when two sections could claim a heading', () => {
  assert.equal(engaging('Activity Description - Your Learning'), 'your-learning');
  assert.equal(engaging('Activity Description'), 'activity-description');
});

test('case, dashes, numbering words, emphasis and UK spelling do not matter', () => {
  assert.equal(together('ARTIFACT TWO — WRITTEN PLAN'), 'artifact-2');
  assert.equal(together('Part Three: _Reflection_'), 'part-3');
  assert.equal(engaging('Part 2: Evidence and Artefacts'), 'part-2');
  assert.equal(together('Artefact 1: List of Stakeholders'), 'artifact-1');
});

test('headings that only share some words with a section match nothing', () => {
  for (const heading of ['Engaging Stakeholders: Submission', 'Engaging stakeholders', 'Part 2. Scoring guide', 'Stakeholder engagement notes', 'My learning journey']) {
    assert.equal(engaging(heading), null, heading);
  }
  for (const heading of ['Written Plan for the Principal', 'Part 2. Rubric', 'Stakeholders', 'Artifact 4: Extra photos']) {
    assert.equal(together(heading), null, heading);
  }
});
