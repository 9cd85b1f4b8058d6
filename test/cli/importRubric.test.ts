/**
 * `rubric-writer import-rubric` end to end: a credential's requirements in, a rubric file out that
 * the CLI loads at once; the JSON draft; never over a file, never a built-in id.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, run } from './run';

const FIXTURES = join(ROOT, 'test/fixtures/requirements');
const fresh = () => mkdtempSync(join(tmpdir(), 'import-rubric-'));

test('import-rubric writes <id>.rubric.yaml, says what it read and lists what to check with its line', async () => {
  const dir = fresh();
  const done = await run(['import-rubric', join(FIXTURES, 'trap-method-numbers-page-limit.txt')], { cwd: dir });
  assert.equal(done.status, 0, done.stderr);
  const file = join(dir, 'differentiated-instruction-in-mathematics.rubric.yaml');
  const text = readFileSync(file, 'utf8');
  assert.match(done.stdout, /wrote differentiated-instruction-in-mathematics\.rubric\.yaml: 6 sections, \d+ rules/);
  assert.match(done.stdout, /line 19: a page limit \("2 pages"\) is not a word limit/);
  assert.match(text, /# line 13: "Activity Description \(400-word limit\):"\n\s+- id: activity-description/);
  assert.match(text, /# check: a page limit/);
  const rubric = parseYaml(text);
  assert.equal(rubric.sections[0].sections[0].words.max, 400);
});

test('a requirements text with a line of 400,000 dots is imported, not left running for minutes', async () => {
  // A table of contents' leader ("Part 1 ........ 3") run wild: a leader is looked for at a line's end only.
  const dir = fresh();
  const dots = `${'.'.repeat(400_000)}\n${'. '.repeat(50_000)}3\n`;
  const text = `Submission Requirements\nPart 1. Plan (no more than 300 words)\n${dots}`;
  writeFileSync(join(dir, 'dots.txt'), text);
  const done = await run(['import-rubric', 'dots.txt', '--id', 'dots'], { cwd: dir, timeoutMs: 60_000 });
  assert.equal(done.status, 0, done.stderr);
  assert.match(done.stdout, /wrote dots\.rubric\.yaml: 1 section/);
});

test('the written rubric loads with --rubrics without a problem, and new gives every section', async () => {
  const dir = fresh();
  const rubrics = join(dir, 'rubrics');
  mkdirSync(rubrics);
  const imported = await run(
    ['import-rubric', join(FIXTURES, 'working-together-for-student-success.txt'), '--id', 'working-together'],
    { cwd: rubrics },
  );
  assert.equal(imported.status, 0, imported.stderr);
  const listed = await run(['rubrics', '--rubrics', rubrics]);
  assert.equal(listed.stderr, '');
  assert.match(listed.stdout, /working-together\s+Working Together for Student Success/);
  const template = await run(['new', 'working-together', '--rubrics', rubrics]);
  assert.equal(template.status, 0, template.stderr);
  for (const heading of [
    'Part 1. Overview Questions',
    'Artifact 1: List of Stakeholders',
    'Artifact 3: Visual',
    'Part 3',
  ])
    assert.match(template.stdout, new RegExp(`^#+ ${heading}`, 'm'));
  const draft = join(dir, 'draft.md');
  writeFileSync(draft, template.stdout);
  const checked = await run(['check', '--format', 'json', '--rubrics', rubrics, draft]);
  const report = JSON.parse(checked.stdout);
  assert.equal(report.files[0].rubric, 'working-together');
  assert.ok(report.files[0].sections.every((section: { found: boolean }) => section.found));
});

test('import-rubric --format json prints the rubric, each rule with its line, and the points to check', async () => {
  const done = await run(['import-rubric', '-', '--id', 'exit-tickets', '--format', 'json'], {
    input: readFileSync(join(FIXTURES, 'digital-promise-exit-tickets.txt'), 'utf8'),
  });
  assert.equal(done.status, 0, done.stderr);
  const out = JSON.parse(done.stdout);
  assert.equal(out.rubric.id, 'exit-tickets');
  assert.deepEqual(
    out.provenance.find((p: { path: string }) => p.path === '/sections/1/sections/1/words'),
    {
      path: '/sections/1/sections/1/words',
      line: 29,
      quote: 'Write an analysis of no more than 400 words sorting student responses into groups.',
    },
  );
  assert.ok(Array.isArray(out.uncertain));
});

test('import-rubric never overwrites a file without --force, never takes a built-in id, and says why', async () => {
  const dir = fresh();
  const source = join(FIXTURES, 'bloomboard-no-parts.txt');
  writeFileSync(join(dir, 'mine.rubric.yaml'), 'kept');
  const refused = await run(['import-rubric', source, '-o', 'mine.rubric.yaml'], { cwd: dir });
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /mine\.rubric\.yaml already exists; not overwriting it/);
  assert.equal(readFileSync(join(dir, 'mine.rubric.yaml'), 'utf8'), 'kept');
  const forced = await run(['import-rubric', source, '-o', 'mine.rubric.yaml', '--force'], { cwd: dir });
  assert.equal(forced.status, 0, forced.stderr);
  const builtin = await run(['import-rubric', join(FIXTURES, 'engaging-stakeholders.txt')], { cwd: dir });
  assert.equal(builtin.status, 2);
  assert.match(builtin.stderr, /"engaging-stakeholders" is a built-in rubric; choose another id with --id/);
});

test('import-rubric exits 2 with one line when the input is missing or holds no section', async () => {
  const missing = await run(['import-rubric', 'no-such-requirements.txt']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no-such-requirements\.txt: cannot read \(no such file\)/);
  const none = await run(['import-rubric', '-'], { input: 'A shopping list\n\nMilk, bread and 3 apples.\n' });
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no Part, artifact or section found/);
});

/** A credential's requirements as a Word document, its rubric a real Word table. */
async function requirementsDocx(): Promise<Buffer> {
  const { Document, Packer, Paragraph, HeadingLevel, Table, TableRow, TableCell } = await import('docx');
  const row = (cells: string[]) =>
    new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) });
  const lines = (texts: string[]) => texts.map((text) => new Paragraph(text));
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Math Talk in the Primary Grades', heading: HeadingLevel.TITLE }),
          ...lines(['Made by Digital Promise', 'Key Method', 'Students discuss 2 problems a day for 30 minutes.']),
          new Paragraph({ text: 'Submission Requirements', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Part 1. Overview Questions', heading: HeadingLevel.HEADING_2 }),
          ...lines(['(250-300 words)']),
          new Paragraph({ text: 'How do your students talk about math now?', bullet: { level: 0 } }),
          new Paragraph({ text: 'Part 2. Artifacts', heading: HeadingLevel.HEADING_2 }),
          ...lines([
            'Artifact 1: Lesson Plan',
            'Submit a lesson plan of no more than 2 pages.',
            'Artifact 2: Student Samples',
            'Provide at least three student work samples, with a statement for each.',
          ]),
          new Paragraph({ text: 'Part 2. Rubric', heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [
              row(['', 'Proficient', 'Basic', 'Developing']),
              row(['Artifact 1: Lesson Plan', 'The plan sets daily math talk.', 'The plan is vague.', 'No plan.']),
              row(['Artifact 2: Student Samples', 'Three or more samples, each explained.', 'Two samples.', 'None.']),
            ],
          }),
          new Paragraph({ text: 'Part 3. Reflection (no more than 400 words)', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'What changed in your math talk?', bullet: { level: 0 } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

test('a Word copy of the requirements, its rubric a Word table, imports as its text would', async () => {
  const dir = fresh();
  const file = join(dir, 'Math Talk requirements.docx');
  writeFileSync(file, await requirementsDocx());
  const done = await run(['import-rubric', file, '--format', 'json']);
  assert.equal(done.status, 0, done.stderr);
  const { rubric, uncertain } = JSON.parse(done.stdout);
  const [part1, part2, part3] = rubric.sections;
  assert.deepEqual(part1.words, { min: 250, max: 300, limit: 'hard' });
  assert.equal(part1.questions.length, 1);
  assert.deepEqual(
    part2.sections.map((s: { id: string }) => s.id),
    ['artifact-1', 'artifact-2'],
  );
  assert.equal(part2.sections[0].words, undefined, 'a page limit is not a word limit');
  assert.deepEqual(part2.sections[1].items, { min: 3, noun: 'student work sample' });
  assert.deepEqual(part2.sections[1].statements, { minWords: 6 });
  assert.deepEqual(
    part2.sections[1].criteria.map((c: { level: string }) => c.level),
    ['Proficient', 'Basic', 'Developing'],
  );
  assert.equal(part2.sections[1].criteria[0].text, 'Three or more samples, each explained.');
  assert.deepEqual(part3.words, { max: 400, limit: 'hard' });
  assert.ok(uncertain.some((u: { why: string }) => /page limit/.test(u.why)));
});

test('a file that is not a Word document gets one line and exit 2', async () => {
  const dir = fresh();
  writeFileSync(join(dir, 'broken.docx'), 'not a zip');
  const done = await run(['import-rubric', join(dir, 'broken.docx')]);
  assert.equal(done.status, 2);
  assert.match(done.stderr, /broken\.docx: is not a Word document/);
});

test('a saved web page of the requirements imports from its text, not its navigation or scripts', async () => {
  const done = await run(['import-rubric', join(FIXTURES, 'nea-saved-page.html'), '--format', 'json']);
  assert.equal(done.status, 0, done.stderr);
  const { rubric } = JSON.parse(done.stdout);
  assert.equal(rubric.title, 'Supporting English Learners in Science');
  assert.equal(rubric.source, 'National Education Association');
  assert.deepEqual(rubric.sections[0].words, { min: 300, max: 400, limit: 'guide' });
  assert.deepEqual(rubric.sections[1].sections[1].media.recordings, { minSeconds: 300, maxSeconds: 420 });
});

test('a binary file is refused as no requirement text, exit 2, nothing written', async () => {
  const dir = fresh();
  const file = join(dir, 'requirements.txt');
  writeFileSync(file, Buffer.from([0, 1, 2, 3, 0, 5, 6, 7, 0, 0, 14, 15, 16, 0, 1, 2].flatMap((b) => [b, b, b, b])));
  const done = await run(['import-rubric', file, '-o', join(dir, 'out.yaml')], { cwd: dir });
  assert.equal(done.status, 2, done.stderr);
  assert.match(done.stderr, /requirements\.txt: looks like a binary file, not requirement text/);
  assert.throws(() => readFileSync(join(dir, 'out.yaml')));
});
