import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import YAML from 'yaml';
import { decodeHtml, htmlToRequirementText, readRequirements } from '../../server/src/core/intake/requirements';
import { createMatcher } from '../../server/src/core/check';
import { flattenSections, type Rubric, type RubricSection } from '../../server/src/core/rubric';
import { assertImportsAsExpected, type ExpectedRubric, rules } from '../helpers/expectedRubric';

const root = join(__dirname, '../..');
const fixture = (name: string) => readFileSync(join(root, 'test/fixtures/requirements', name), 'utf8');
/** A fixture's requirement text: plain text or Markdown as it is, a saved page (in its encoding) through its HTML. */
const requirementText = (name: string) =>
  existsSync(join(root, 'test/fixtures/requirements', `${name}.html`))
    ? htmlToRequirementText(decodeHtml(readFileSync(join(root, 'test/fixtures/requirements', `${name}.html`))))
    : existsSync(join(root, 'test/fixtures/requirements', `${name}.md`))
      ? fixture(`${name}.md`)
      : fixture(`${name}.txt`);
const builtin = (id: string): Rubric => YAML.parse(readFileSync(join(root, 'rubrics', `${id}.yaml`), 'utf8'));

/**
 * Sections a seed asks for only as list items ("Please submit: • Evidence that you engaged with…"): the
 * import names each by the item's opening words and marks the title check:. The built-in rubric names
 * them in its editors' words ("Evidence of engagement with at least two stakeholders"), which the seed's
 * text does not hold, so no honest import gives them. What the text does give, the import must: the
 * item's words as title and id, and the headings a writer may take from the item find the section.
 */
const FROM_LIST_ITEMS: Record<string, Record<string, { id: string; title: string; headings: string[] }>> = {
  'engaging-stakeholders': {
    'engagement-evidence': { id: 'evidence', title: 'Evidence', headings: ['Evidence'] },
    recordings: {
      id: 'audio-or-video-recordings',
      title: 'Audio or video recordings',
      headings: ['Audio or video recordings', 'Recordings', 'Video or audio recordings'],
    },
  },
  'working-together-for-student-success': {},
};

for (const id of ['engaging-stakeholders', 'working-together-for-student-success']) {
  test(`importing the ${id} requirements gives the built-in rubric, rule for rule, title for title`, () => {
    const draft = readRequirements(fixture(`${id}.txt`));
    assert.ok(draft);
    const expected = flattenSections(builtin(id));
    const actual = flattenSections(draft.rubric);
    const paths = sectionPaths(draft.rubric.sections);
    assert.equal(actual.length, expected.length, 'the same number of sections');
    const guessed = new Set(
      draft.uncertain.filter((u) => u.path.at(-1) === 'title').map((u) => JSON.stringify(u.path.slice(0, -1))),
    );
    const match = createMatcher(draft.rubric);
    const lines = fixture(`${id}.txt`).split('\n');
    actual.forEach((flat, i) => {
      const want = expected[i].section;
      const path = JSON.stringify(paths[i]);
      assert.deepEqual(rules(flat.section), rules(want), `rules of ${want.id}`);
      const fromItem = FROM_LIST_ITEMS[id][want.id];
      assert.equal(guessed.has(path), Boolean(fromItem), `${want.id}: titled from a list item, and marked so`);
      if (!fromItem) {
        assert.equal(flat.section.id, want.id);
        assert.equal(flat.section.title, want.title);
        return;
      }
      assert.equal(flat.section.id, fromItem.id);
      assert.equal(flat.section.title, fromItem.title);
      const source = draft.provenance.find((p) => JSON.stringify(p.path) === path);
      assert.ok(source && cleanItem(lines[source.line - 1]).startsWith(fromItem.title), "the item's own words");
      for (const heading of fromItem.headings)
        assert.equal(match(heading)?.index, i, `"${heading}" finds ${fromItem.id}`);
    });
    assert.equal(draft.rubric.title, builtin(id).title);
    assert.equal(Boolean(draft.rubric.passing), true);
  });
}

const cleanItem = (line: string) => line.trim().replace(/^[•*-]\s+/, '');

/** Each section's path in the rubric, in the order flattenSections gives them. */
function sectionPaths(sections: RubricSection[], prefix: (string | number)[] = []): (string | number)[][] {
  return sections.flatMap((section, i) => {
    const path = [...prefix, 'sections', i];
    return [path, ...sectionPaths(section.sections ?? [], path)];
  });
}

const FIXTURES = join(root, 'test/fixtures/requirements');
/** Fixtures in text (plain, Markdown or a saved page); the Word and PDF ones are read in importDocuments.test.ts. */
const HAND_WRITTEN = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.expected.yaml'))
  .map((name) => name.replace(/\.expected\.yaml$/, ''))
  .filter((name) => ['txt', 'md', 'html'].some((ext) => existsSync(join(FIXTURES, `${name}.${ext}`))));

for (const name of HAND_WRITTEN) {
  test(`the ${name} requirements import as their hand-written rubric, nothing invented`, () => {
    const expected: ExpectedRubric = YAML.parse(fixture(`${name}.expected.yaml`));
    assertImportsAsExpected(readRequirements(requirementText(name)), expected);
  });
}

const ALL_FIXTURES = [...HAND_WRITTEN, 'engaging-stakeholders', 'working-together-for-student-success'];
const START = new RegExp(
  '^[#*\\s]*(?:submission (?:requirements|guidelines)|requisitos (?:de presentación|para la entrega)|what to submit|' +
    'requirements for earning|part\\s+(?:1|one|a)\\b|artifact 1\\b|evidence 1\\b)',
  'i',
);

test('no rule without a provenance line inside the requirements part, whatever numbers the method holds', () => {
  const sentence = fc
    .tuple(fc.integer({ min: 2, max: 900 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom('Key Method', 'Overview'))
    .map(
      ([words, count, heading]) =>
        `${heading}\nThe educator writes a ${words}-word plan with at least ${count} key stakeholders, three key ` +
        `points and a ${count}-${count + 2} minute video of no more than ${count} photos ` +
        `(no more than ${words} words).\n`,
    );
  fc.assert(
    fc.property(fc.constantFrom(...ALL_FIXTURES), sentence, (name, method) => {
      const text = requirementText(name);
      const lines = text.split('\n');
      const title = lines.findIndex((line) => line.trim());
      const withMethod = [...lines.slice(0, title + 1), method, ...lines.slice(title + 1)].join('\n');
      const plain = readRequirements(text);
      const draft = readRequirements(withMethod);
      assert.ok(plain && draft);
      assert.deepEqual(
        flattenSections(draft.rubric).map(({ section }) => rules(section)),
        flattenSections(plain.rubric).map(({ section }) => rules(section)),
        'text before the requirements changes no rule',
      );
      const numbered = withMethod.split('\n');
      const start = numbered.findIndex((line) => START.test(line.trim())) + 1;
      const noted = new Set(draft.provenance.map((p) => JSON.stringify(p.path)));
      for (const p of draft.provenance) {
        assert.ok(p.line >= start, `${JSON.stringify(p.path)} comes from line ${p.line}, before the requirements`);
        // A Markdown heading's marks ("### ") are no part of the line it quotes.
        const source = numbered[p.line - 1]
          .trim()
          .replace(/^#{1,6}\s+/, '')
          .replace(/\t+/g, ' | ');
        assert.ok(source.startsWith(p.quote.replace(/\.\.\.$/, '')), `line ${p.line} is quoted as it is written`);
      }
      sectionPaths(draft.rubric.sections).forEach((path, i) => {
        const section = flattenSections(draft.rubric)[i].section;
        for (const key of RULE_KEYS)
          if (section[key] !== undefined)
            assert.ok(
              noted.has(JSON.stringify([...path, key])) ||
                (key === 'media' && [...noted].some((p) => p.startsWith(JSON.stringify([...path, key]).slice(0, -1)))),
              `${section.id}.${key} has no source line`,
            );
      });
    }),
    { numRuns: 60 },
  );
});

const RULE_KEYS = ['words', 'items', 'statements', 'minPoints', 'media', 'timestamps', 'criteria', 'passing'] as const;

test('the requirements as Markdown (headings, bold, block quotes) give the same rules as the plain text', () => {
  for (const name of ['working-together-for-student-success', 'nea-scoring-guide', 'bloomboard-no-parts']) {
    const text = fixture(`${name}.txt`);
    const markdown = text
      .split('\n')
      .map((line) =>
        /^(?:Part \d|Artifact \d)/.test(line)
          ? `## **${line}**`
          : /^Submission/.test(line)
            ? `# ${line}`
            : /^Passing:/.test(line)
              ? `> ${line}`
              : line,
      )
      .join('\n');
    assert.notEqual(markdown, text);
    const plain = readRequirements(text);
    const marked = readRequirements(markdown);
    assert.ok(plain && marked);
    assert.deepEqual(
      flattenSections(marked.rubric).map(({ section }) => [section.id, section.title, rules(section)]),
      flattenSections(plain.rubric).map(({ section }) => [section.id, section.title, rules(section)]),
      name,
    );
  }
});

/**
 * The text as a printed page or an e-mail wraps it: long lines broken before a word in lowercase or
 * digits (a page's own footer, "… Page 2", is furniture, and a table row, tabbed or piped, is no wrapped prose).
 */
function hardWrap(text: string, width: number): string {
  const wrapLine = (line: string): string[] => {
    if (
      line.includes('\t') ||
      line.trim().startsWith('|') ||
      line.includes(' | ') ||
      line.length <= width ||
      /\bpage \d/i.test(line)
    )
      return [line];
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current.trim() && `${current} ${word}`.length > width && /^[a-z0-9]/.test(word)) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    return [...out, current];
  };
  return text.split('\n').flatMap(wrapLine).join('\n');
}

test('requirements whose lines a page wrapped give the same sections and rules as the unwrapped text', () => {
  for (const name of ALL_FIXTURES.filter((n) => existsSync(join(root, 'test/fixtures/requirements', `${n}.txt`))))
    for (const width of [45, 60, 80]) {
      const text = fixture(`${name}.txt`);
      const wrapped = hardWrap(text, width);
      if (width === 45) assert.notEqual(wrapped, text, `${name} has lines to wrap`);
      const plain = readRequirements(text);
      const read = readRequirements(wrapped);
      assert.ok(plain && read);
      assert.deepEqual(
        flattenSections(read.rubric).map(({ section }) => [section.id, section.title, rules(section)]),
        flattenSections(plain.rubric).map(({ section }) => [section.id, section.title, rules(section)]),
        `${name} wrapped at ${width}`,
      );
      assert.equal(Boolean(read.rubric.passing), Boolean(plain.rubric.passing), `${name}: passing`);
    }
});
