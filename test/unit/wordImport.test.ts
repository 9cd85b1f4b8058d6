import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importWordDocument, type WordImport } from '../../server/src/core';
import { check, registry } from './helpers';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { fullDraft, toArrayBuffer } from './wordFixtures';

let imported: Promise<WordImport> | undefined;
const draft = () =>
  (imported ??= fullDraft().then((data) =>
    importWordDocument(data, { registry, imageFolder: 'draft-images', identifyingTerms: ['Riverbend'] }),
  ));

test('a Word draft becomes a submission to the rubric its headings match, styled or typed in bold', async () => {
  const result = await draft();
  assert.equal(result.rubric?.id, 'working-together-for-student-success');
  assert.match(result.markdown, /^---\nrubric: working-together-for-student-success\n---\n/);
  assert.match(result.markdown, /^# Part 1\. Overview Questions \(Provides Context\)$/m);
  assert.match(result.markdown, /^## Artifact 2: Written Plan$/m, 'a bold Normal line that names a section');
  assert.equal(result.sectionsFound.length, 6);
  const sections = check(result.markdown).sections;
  assert.ok(
    sections.every((s) => s.heading !== null),
    'every section found',
  );
});

test('typed numbering and bullets become lists; tables, footnotes in place, links and breaks carry over', async () => {
  const { markdown } = await draft();
  assert.match(markdown, /^1\. Parents because/m);
  assert.match(markdown, /^5\. Board members because/m);
  assert.match(markdown, /^- Point 2: share the plan/m);
  assert.match(markdown, /^\| Step +\| When +\|\n\| -+ \| -+ \|\n\| Survey +\| September \|$/m);
  assert.match(markdown, /languages\[\^1\] and \*well-being\* matters/);
  assert.match(
    markdown,
    /matters\. .*\n\n\[\^1\]: Family survey, spring term\.\n\n# Part 2/,
    'the note right after its paragraph',
  );
  assert.match(markdown, /\[the law\]\(https:\/\/www\.ed\.gov\/essa\)/);
  assert.match(markdown, /line one\\\nline two/);
  const stakeholders = check(markdown).sections.find((s) => s.id === 'artifact-1')!;
  assert.equal(stakeholders.items, 5);
});

test('non-breaking spaces read as spaces and smart quotes stay as typed', async () => {
  const { markdown } = await draft();
  assert.match(markdown, /Our families speak “many” languages/);
  assert.doesNotMatch(markdown, /\u00a0|&#xA0;/);
});

test('tracked changes read as accepted and comments left out: a Part exactly at its limit stays at it', async () => {
  const result = await draft();
  assert.equal(result.insertions, 1);
  assert.equal(result.deletions, 1);
  assert.equal(result.comments, 1);
  assert.doesNotMatch(result.markdown, /removed words here|Remove this address/);
  const analysis = check(result.markdown);
  assert.equal(analysis.sections.find((s) => s.id === 'part-3')!.words, 400);
  assert.ok(!analysis.diagnostics.some((d) => d.code === 'word-limit-exceeded'));
  assert.ok(
    analysis.diagnostics.some((d) => d.code === 'identifying-information'),
    'the commented e-mail address',
  );
});

test('images are written beside the Markdown and linked with their descriptions; captions stay captions', async () => {
  const result = await draft();
  assert.deepEqual(
    result.images.map((image) => [image.path, image.contentType, image.bytes[1]]),
    [1, 2, 3, 4].map((n) => [`draft-images/image-${n}.png`, 'image/png', 0x50]),
  );
  assert.match(result.markdown, /!\[Families at the fair\]\(draft-images\/image-1\.png\)\n\nFamilies meet teachers/);
  const captions = check(result.markdown).diagnostics.filter((d) => d.code === 'missing-caption');
  assert.equal(captions.length, 1, 'only the uncaptioned photo');
  assert.equal(result.markdown.split('\n')[captions[0].range.start.line], '![Hallway](draft-images/image-4.png)');
});

test('author fields, names on changes and comments, a header naming the school: reported, not imported', async () => {
  const result = await draft();
  assert.deepEqual(result.metadata, [
    { place: 'Author', text: 'Maria Rivera' },
    { place: 'Last modified by', text: 'Maria Rivera' },
    { place: 'tracked-changes', text: 'Maria Rivera' },
    { place: 'comments', text: 'Mentor' },
    { place: 'header', text: 'Riverbend' },
  ]);
  assert.doesNotMatch(result.markdown, /Riverbend|Maria Rivera/);
});

test('each Markdown block knows the Word paragraph it came from', async () => {
  const result = await draft();
  const lines = result.markdown.split('\n');
  const at = (paragraph: number) => lines[result.paragraphs.find((p) => p.paragraph === paragraph)!.line];
  assert.equal(at(1), '# Part 1. Overview Questions (Provides Context)');
  assert.equal(at(4), '## Artifact 1: List of Stakeholders');
  assert.equal(at(27).split(' ')[0], 'word');
});

test('a short line larger than the body is a heading when it names a section; other bold lines stay bold', async () => {
  const body = (text: string) => new Paragraph({ children: [new TextRun({ text, size: 24 })] });
  const larger = (text: string) => new Paragraph({ children: [new TextRun({ text, size: 32 })] });
  const document = new Document({
    sections: [
      {
        children: [
          larger('Part 1. Overview Questions'),
          body('Our school serves many families.'),
          new Paragraph({ children: [new TextRun({ text: 'Why this matters', bold: true, size: 24 })] }),
          body('Because families know their children.'),
          larger('Part 3. Reflection'),
          body('I learned to listen.'),
        ],
      },
    ],
  });
  const result = await importWordDocument(toArrayBuffer(await Packer.toBuffer(document)), {
    registry,
    rubricId: 'engaging-stakeholders',
    imageFolder: 'draft-images',
  });
  assert.match(result.markdown, /^# Part 1\. Overview Questions$/m);
  assert.match(result.markdown, /^# Part 3\. Reflection$/m);
  assert.match(result.markdown, /^\*\*Why this matters\*\*$/m);
  assert.deepEqual(result.sectionsFound, ['Part 1. Overview questions', 'Part 3. Reflection']);
});
