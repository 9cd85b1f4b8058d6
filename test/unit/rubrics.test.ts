import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_RUBRICS, flattenSections, loadRubricText, RubricRegistry } from '../../server/src/core';

const root = join(__dirname, '../..');

test('every rubric file in rubrics/ validates against the schema and is built in', () => {
  const files = readdirSync(join(root, 'rubrics')).filter((f) => f.endsWith('.yaml'));
  assert.equal(files.length, 5);
  for (const file of files) {
    const loaded = loadRubricText(readFileSync(join(root, 'rubrics', file), 'utf8'));
    assert.deepEqual(loaded.problems, [], file);
    assert.ok(
      BUILTIN_RUBRICS.some((r) => r.id === loaded.rubric!.id),
      file,
    );
  }
});

test("the built-in rubric ids and section ids are the spec's", () => {
  const ids = (id: string) => flattenSections(BUILTIN_RUBRICS.find((r) => r.id === id)!).map((f) => f.section.id);
  assert.deepEqual(
    BUILTIN_RUBRICS.map((r) => r.id),
    [
      'engaging-stakeholders',
      'working-together-for-student-success',
      'stakeholder-participation',
      'stakeholder-relationships',
      'district-stakeholder-engagement',
    ],
  );
  assert.deepEqual(ids('engaging-stakeholders'), [
    'part-1',
    'activity-description',
    'your-learning',
    'part-2',
    'engagement-evidence',
    'recordings',
    'part-3',
  ]);
  assert.deepEqual(ids('working-together-for-student-success'), [
    'part-1',
    'part-2',
    'artifact-1',
    'artifact-2',
    'artifact-3',
    'part-3',
  ]);
});

test("the rubrics carry the seeds' limits, guidance, criteria and rules", () => {
  const together = flattenSections(BUILTIN_RUBRICS.find((r) => r.id === 'working-together-for-student-success')!);
  const byId = (id: string) => together.find((f) => f.section.id === id)!.section;
  assert.deepEqual(byId('part-1').words, { min: 350, max: 450, limit: 'guide' });
  assert.deepEqual(byId('artifact-2').words, { min: 200, max: 300, limit: 'hard' });
  assert.equal(byId('artifact-1').items?.min, 5);
  assert.deepEqual(
    byId('artifact-1').criteria?.map((c) => c.level),
    ['Proficient', 'Basic', 'Developing'],
  );
  assert.equal(byId('artifact-3').media?.photos?.max, 20);
  for (const rubric of BUILTIN_RUBRICS) {
    assert.ok(rubric.anonymity && rubric.passing, rubric.id);
    for (const { section } of flattenSections(rubric))
      assert.ok(
        section.prompt || section.questions?.length || section.sections?.length,
        `${rubric.id}/${section.id} has guidance`,
      );
  }
});

test('invalid YAML in a rubric file is reported with its line and column', () => {
  const loaded = loadRubricText('id: mine\ntitle: [unclosed\nkind: framework\n');
  assert.equal(loaded.rubric, null);
  assert.match(loaded.problems[0].message, /Invalid YAML/);
  assert.ok(loaded.problems[0].range.start.line >= 1);
});

test('a schema violation points at the offending value', () => {
  const text =
    'id: my-rubric\ntitle: Mine\nkind: framework\nsource: Me\ndescription: A test\nsections:\n  - id: one\n    ' +
    'title: One\n    words: { max: -5, limit: hard }\n';
  const loaded = loadRubricText(text);
  assert.equal(loaded.rubric, null);
  const problem = loaded.problems.find((p) => p.message.includes('max'))!;
  assert.ok(problem, JSON.stringify(loaded.problems));
  assert.equal(problem.range.start.line, 8);
});

test('an unknown field, a bad id and duplicate section ids are each reported', () => {
  const base = 'title: Mine\nkind: framework\nsource: Me\ndescription: A test\n';
  assert.match(
    loadRubricText(`id: Not Valid\n${base}sections:\n  - id: one\n    title: One\n`).problems[0].message,
    /lower-case/,
  );
  assert.match(
    loadRubricText(`id: mine\n${base}colour: red\nsections:\n  - id: one\n    title: One\n`).problems[0].message,
    /unknown field "colour"/,
  );
  const duplicate = loadRubricText(
    `id: mine\n${base}sections:\n  - id: one\n    title: One\n  - id: one\n    title: Again\n`,
  );
  assert.match(duplicate.problems[0].message, /used twice/);
  assert.equal(duplicate.problems[0].range.start.line, 8);
});

test('a YAML alias bomb is refused with a message, not expanded', () => {
  const bomb = [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  ].join('\n');
  const loaded = loadRubricText(bomb);
  assert.equal(loaded.rubric, null);
  assert.match(loaded.problems[0].message, /alias/i);
});

test('a user rubric cannot replace a built-in one', () => {
  const registry = new RubricRegistry();
  const builtin = registry.get('engaging-stakeholders')!;
  const message = registry.add({ ...builtin, title: 'Impostor' }, 'mine.rubric.yaml');
  assert.match(message!, /built-in/);
  assert.equal(registry.get('engaging-stakeholders')!.title, builtin.title);
});

test('did-you-mean finds the intended id', () => {
  const registry = new RubricRegistry();
  assert.equal(registry.suggest('working-together'), 'working-together-for-student-success');
  assert.equal(registry.suggest('engaging-stakeholder'), 'engaging-stakeholders');
  assert.equal(registry.suggest('zzzzzzzzzzzzzzzz'), null);
});
