/**
 * A requirement fixture's hand-written expectation (`X.expected.yaml`) and the check that an import
 * gives it: every section's id, title and rules, the passing statement, the points marked to check.
 */
import assert from 'node:assert/strict';
import type { RubricDraft } from '../../server/src/core/intake';
import { flattenSections, type RubricSection } from '../../server/src/core/rubric';

/** What a writer's checks depend on: every rule of a section, not its prose. */
export function rules(section: RubricSection) {
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

interface ExpectedSection {
  id: string;
  title: string;
  words?: object;
  items?: object;
  statements?: object;
  minPoints?: number;
  media?: object;
  timestamps?: object;
  questions?: number;
  levels?: string[];
  passing?: boolean;
  children?: number;
  criteria?: string[];
  /** False for a section the text makes optional. */
  required?: boolean;
}

export interface ExpectedRubric {
  title?: string;
  /** Who publishes the credential, as the rubric's source names it. */
  issuer?: string;
  passing: boolean;
  /** The rubric states an anonymity (or privacy) rule. */
  anonymity?: boolean;
  sections: ExpectedSection[];
  /** Points the import must mark to check; a line when the fixture is text, where lines are plain. */
  uncertain?: { line?: number; why: string }[];
}

export function assertImportsAsExpected(draft: RubricDraft | null, expected: ExpectedRubric): void {
  assert.ok(draft, 'a rubric draft');
  const actual = flattenSections(draft.rubric).map(({ section }) => section);
  assert.deepEqual(
    actual.map((s) => s.id),
    expected.sections.map((s) => s.id),
  );
  actual.forEach((section, i) => {
    const want = expected.sections[i];
    assert.equal(section.title, want.title);
    assert.deepEqual(
      rules(section),
      {
        words: want.words ?? null,
        items: want.items ?? null,
        statements: want.statements ?? null,
        minPoints: want.minPoints ?? null,
        media: want.media ?? null,
        timestamps: want.timestamps ?? null,
        questions: want.questions ?? 0,
        levels: want.levels ?? [],
        passing: want.passing ?? false,
        children: want.children ?? 0,
      },
      `the rules of ${want.id}`,
    );
    assert.equal(section.required ?? true, want.required ?? true, `${want.id} is required`);
    if (want.criteria)
      assert.deepEqual(
        section.criteria?.map((c) => c.text),
        want.criteria,
        `the criteria of ${want.id}`,
      );
  });
  if (expected.title) assert.equal(draft.rubric.title, expected.title, 'the rubric title');
  if (expected.issuer) assert.equal(draft.rubric.source, expected.issuer, 'the issuer');
  assert.equal(Boolean(draft.rubric.passing), expected.passing, 'the overall passing statement');
  if (expected.anonymity !== undefined)
    assert.equal(Boolean(draft.rubric.anonymity), expected.anonymity, 'the anonymity rule');
  for (const { line, why } of expected.uncertain ?? [])
    assert.ok(
      draft.uncertain.some((u) => (line === undefined || u.line === line) && u.why.includes(why)),
      `a check note${line === undefined ? '' : ` on line ${line}`} (${why}): ${JSON.stringify(draft.uncertain)}`,
    );
}
