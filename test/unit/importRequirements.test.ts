import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { readRequirements } from '../../server/src/core/intake';
import { flattenSections, type Rubric, type RubricSection } from '../../server/src/core/rubric';

const root = join(__dirname, '../..');
const fixture = (name: string) => readFileSync(join(root, 'test/fixtures/requirements', name), 'utf8');
const builtin = (id: string): Rubric => YAML.parse(readFileSync(join(root, 'rubrics', `${id}.yaml`), 'utf8'));

/** What a writer's checks depend on: every rule of a section, not its prose. */
function rules(section: RubricSection) {
  return {
    words: section.words ?? null,
    items: section.items ?? null,
    statements: section.statements ?? null,
    minPoints: section.minPoints ?? null,
    media: section.media ?? null,
    timestamps: section.timestamps ?? null,
    questions: section.questions?.length ?? 0,
    levels: section.criteria?.map((c) => c.level) ?? [],
    passing: Boolean(section.passing),
    children: section.sections?.length ?? 0,
  };
}

for (const id of ['engaging-stakeholders', 'working-together-for-student-success']) {
  test(`importing the ${id} requirements gives the built-in rubric, rule for rule`, () => {
    const draft = readRequirements(fixture(`${id}.txt`));
    assert.ok(draft);
    const expected = flattenSections(builtin(id));
    const actual = flattenSections(draft.rubric);
    const paths = sectionPaths(draft.rubric.sections);
    assert.equal(actual.length, expected.length, 'the same number of sections');
    const guessed = new Set(
      draft.uncertain.filter((u) => u.path.at(-1) === 'title').map((u) => JSON.stringify(u.path.slice(0, -1))),
    );
    actual.forEach((flat, i) => {
      const want = expected[i].section;
      const path = JSON.stringify(paths[i]);
      assert.deepEqual(rules(flat.section), rules(want), `rules of ${want.id}`);
      if (guessed.has(path)) return; // a title made from a list item is marked for the writer to confirm
      assert.equal(flat.section.id, want.id);
      assert.equal(flat.section.title, want.title);
    });
    assert.equal(draft.rubric.title, builtin(id).title);
    assert.equal(Boolean(draft.rubric.passing), true);
  });
}

/** Each section's path in the rubric, in the order flattenSections gives them. */
function sectionPaths(sections: RubricSection[], prefix: (string | number)[] = []): (string | number)[][] {
  return sections.flatMap((section, i) => {
    const path = [...prefix, 'sections', i];
    return [path, ...sectionPaths(section.sections ?? [], path)];
  });
}
