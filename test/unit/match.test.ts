import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher } from '../../server/src/core/check/match';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_RUBRICS, flattenSections } from '../../server/src/core';
import { readRequirements } from '../../server/src/core/intake/requirements';

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

test("the spec's heading variants all match their section", () => {
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

test("the seeds' own headings, with their parentheticals and colons, match", () => {
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

test('an outline number ("1. Overview", "2.1 Written plan", "IV) Reflection") is no part of the heading', () => {
  assert.equal(together('1. Overview Questions'), 'part-1');
  assert.equal(together('3. Artifact 3: Visual Presentation'), 'artifact-3');
  assert.equal(together('2.1 Written plan'), 'artifact-2');
  assert.equal(together('4. Part 3 Reflection'), 'part-3');
  assert.equal(together('IV) Reflection'), 'part-3');
  assert.equal(together('2. Stakeholders'), null, 'the number does not make a partial heading match');
});

test('headings that only share some words with a section match nothing', () => {
  for (const heading of [
    'Engaging Stakeholders: Submission',
    'Engaging stakeholders',
    'Part 2. Scoring guide',
    'Stakeholder engagement notes',
    'My learning journey',
  ]) {
    assert.equal(engaging(heading), null, heading);
  }
  for (const heading of [
    'Written Plan for the Principal',
    'Part 2. Rubric',
    'Stakeholders',
    'Artifact 4: Extra photos',
  ]) {
    assert.equal(together(heading), null, heading);
  }
});

// The spec's pairs (US form first), each in a heading: the built-in rubric's own words where it has
// them, and a rubric made for the test for the rest, both ways round.
const SPELLING_PAIRS: [string, string][] = [
  ['practice', 'practise'],
  ['practicing', 'practising'],
  ['organize', 'organise'],
  ['analyze', 'analyse'],
  ['color', 'colour'],
  ['behavior', 'behaviour'],
  ['center', 'centre'],
  ['program', 'programme'],
  ['license', 'licence'],
  ['defense', 'defence'],
  ['traveling', 'travelling'],
  ['enrollment', 'enrolment'],
  ['judgment', 'judgement'],
  ['catalog', 'catalogue'],
];

test('US/UK spelling in the built-in rubrics’ headings: "practising" finds the recordings', () => {
  assert.equal(engaging('Recordings of practising the messaging or engaging two stakeholders'), 'recordings');
  assert.equal(engaging('Recordings of Practicing the Messaging or Engaging Two Stakeholders'), 'recordings');
  assert.equal(together('Artefact 3: Visual Presentation'), 'artifact-3');
});

function spellingRubric(form: 0 | 1) {
  return {
    id: `spellings-${form}`,
    title: 'Spellings',
    kind: 'framework' as const,
    source: 'test',
    description: 'One section per spelling pair.',
    sections: SPELLING_PAIRS.map(([us, uk], i) => ({
      id: `pair-${i}`,
      title: `Our ${form === 0 ? us : uk} with families`,
      aliases: [`Notes on ${form === 0 ? us : uk}`],
    })),
  };
}

test('every spelling pair of the spec matches both ways, in titles and in aliases', () => {
  for (const form of [0, 1] as const) {
    const rubric = spellingRubric(form);
    const match = createMatcher(rubric);
    SPELLING_PAIRS.forEach((pair, i) => {
      const other = pair[1 - form];
      assert.equal(
        match(`Our ${other} with families`)?.index,
        i,
        `"Our ${other} with families" in a rubric written with "${pair[form]}"`,
      );
      assert.equal(match(`## NOTES ON ${other.toUpperCase()}`)?.index, i, `alias with "${other}"`);
    });
  }
});

test('spelling rules reach words nobody listed: inflections and other -our, -ise, -tre words', () => {
  const rubric = {
    id: 'more-spellings',
    title: 'More',
    kind: 'framework' as const,
    source: 'test',
    description: 'Words outside the spec’s list.',
    sections: [
      { id: 'neighborhood', title: 'Neighborhood partners' },
      { id: 'prioritizing', title: 'Prioritizing family voice' },
      { id: 'theater', title: 'Theater night' },
      { id: 'counseling', title: 'Counseling team' },
      { id: 'acknowledgment', title: 'Acknowledgments' },
    ],
  };
  const match = createMatcher(rubric);
  const id = (heading: string) => {
    const found = match(heading);
    return found ? rubric.sections[found.index].id : null;
  };
  assert.equal(id('Neighbourhood partners'), 'neighborhood');
  assert.equal(id('Prioritising Family Voice'), 'prioritizing');
  assert.equal(id('Theatre night'), 'theater');
  assert.equal(id('Counselling team'), 'counseling');
  assert.equal(id('Acknowledgements'), 'acknowledgment');
  // Near misses stay misses: a shared word is not a match.
  for (const heading of ['Neighbourhood', 'Family voice', 'Theatre', 'Our counsellors', 'Night'])
    assert.equal(id(heading), null, heading);
});

test('a Spanish rubric: accents, Spanish numbering words and ordinals find their section', () => {
  const rubric = readRequirements(
    readFileSync(join(__dirname, '../fixtures/requirements/es-boletos-de-salida.txt'), 'utf8'),
  )!.rubric;
  const flat = flattenSections(rubric);
  const match = createMatcher(rubric);
  const id = (heading: string) => {
    const found = match(heading);
    return found ? flat[found.index].section.id : null;
  };
  assert.equal(id('Parte 1. Preguntas de contexto'), 'part-1');
  assert.equal(id('Parte uno: preguntas de contexto'), 'part-1');
  assert.equal(id('Primera parte: Preguntas de contexto'), 'part-1');
  assert.equal(id('PARTE TRES — REFLEXION'), 'part-3');
  assert.equal(id('Artefacto dos: Análisis del trabajo de los estudiantes'), 'artifact-2');
  assert.equal(id('Artefacto 3'), 'artifact-3');
  assert.equal(id('Analisis del trabajo de los estudiantes'), 'artifact-2');
  assert.equal(id('Segunda parte: Reflexión'), null, 'a number that names another Part is not that Part');
});
