import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Bookmark, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { importWordDocument, type WordImport } from '../../server/src/core';
import { check, registry } from './helpers';
import { toArrayBuffer, words } from './wordFixtures';
import { shapesDraft } from './wordShapes';

let imported: Promise<WordImport> | undefined;
const shapes = () =>
  (imported ??= shapesDraft().then((data) => importWordDocument(data, { registry, imageFolder: 'i' })));
const headings = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('#'));

test('headings are found in every style a word processor gives them; a numbered one names its section', async () => {
  const { markdown, rubric, sectionsFound } = await shapes();
  assert.equal(rubric?.id, 'working-together-for-student-success');
  assert.deepEqual(headings(markdown), [
    '# Working Together',
    '# 1. Overview Questions',
    '# Part 2. Work Examples/Artifacts/Evidence',
    '## Artifact 1: List of Stakeholders',
    '## Artifact 2: Written Plan',
    '## 3. Artifact 3: Visual Presentation',
    '# 4. Part 3 Reflection',
  ]);
  assert.match(markdown, /^Contents$/m, 'a contents title (outline level "body text") is no heading');
  assert.equal(sectionsFound.length, 6);
  assert.ok(check(markdown).sections.every((section) => section.heading !== null));
});

test('each section counts what Word shows: lists, a stakeholder table, notes, captions, text boxes', async () => {
  const { markdown } = await shapes();
  const sections = Object.fromEntries(check(markdown).sections.map((s) => [s.id, [s.words, s.items]]));
  assert.deepEqual(sections, {
    'part-1': [27, null],
    'part-2': [42, null],
    'artifact-1': [18, 5],
    'artifact-2': [15, null],
    'artifact-3': [9, null],
    'part-3': [12, null],
  });
});

test('hyphens, quotes, dashes and breaks stay as the writer typed them', async () => {
  const { markdown } = await shapes();
  assert.match(markdown, /four well\u2011being co\u00adoperate five/);
  assert.match(markdown, /^“Smart” quotes — and em dash word—word end\\\nafter break$/m);
  assert.match(markdown, /^1\. first numbered\n {3}1\. nested numbered\n2\. second numbered$/m);
  assert.doesNotMatch(markdown, /deleted three words|Page footer/);
});

test('a heading that a table of contents links to is a heading, not an empty link', async () => {
  const heading = (text: string) =>
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new Bookmark({ id: '_Toc1', children: [new TextRun(text)] })],
    });
  const document = new Document({
    sections: [{ children: [heading('Part 1 Overview'), new Paragraph(words(5)), heading('Part 3 Reflection')] }],
  });
  const result = await importWordDocument(toArrayBuffer(await Packer.toBuffer(document)), {
    registry,
    imageFolder: 'i',
  });
  assert.deepEqual(headings(result.markdown), ['# Part 1 Overview', '# Part 3 Reflection']);
});
