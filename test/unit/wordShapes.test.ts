import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Bookmark, Document, Footer, Header, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { importWordDocument, type WordImport } from '../../server/src/core';
import { check, registry } from './helpers';
import { toArrayBuffer, words } from './wordFixtures';
import { edited, numbering, shapesDraft } from './wordShapes';

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

test('a bold line in pasted web text or in the Strong style is a heading when it names a section', async () => {
  const document = new Document({
    styles: {
      paragraphStyles: [{ id: 'NormalWeb', name: 'Normal (Web)', basedOn: 'Normal' }],
      characterStyles: [{ id: 'Strong', name: 'Strong', run: { bold: true } }],
    },
    sections: [
      {
        children: [
          new Paragraph({
            style: 'NormalWeb',
            children: [new TextRun({ text: 'Part 1 Overview', bold: true }), new TextRun(':')],
          }),
          new Paragraph({ style: 'NormalWeb', text: words(5) }),
          new Paragraph({ children: [new TextRun({ text: 'Part 3 Reflection', style: 'Strong' })] }),
          new Paragraph(words(4)),
        ],
      },
    ],
  });
  const result = await importWordDocument(toArrayBuffer(await Packer.toBuffer(document)), {
    registry,
    imageFolder: 'i',
  });
  assert.deepEqual(headings(result.markdown), ['# Part 1 Overview:', '# Part 3 Reflection']);
});

test('the writer named in a header or footer, the company field, tracked changes: as Word shows them', async () => {
  const draft = async (header: string, footer: string) =>
    toArrayBuffer(
      await Packer.toBuffer(
        new Document({
          creator: 'Maria Rivera',
          sections: [
            {
              headers: { default: new Header({ children: [new Paragraph(header)] }) },
              footers: { default: new Footer({ children: [new Paragraph(footer)] }) },
              children: [new Paragraph({ text: 'Part 3 Reflection', heading: HeadingLevel.HEADING_1 })],
            },
          ],
        }),
      ),
    );
  const named = await edited(await draft('M. Rivera, EDU 501', 'Draft by Maria Rivera'), {
    'docProps/app.xml': (xml) => xml.replace(/\/>$/, '><Company>maria.rivera@example.org</Company></Properties>'),
    // Word records a paragraph mark inserted with the text: a change of its own, but no inserted text.
    'word/document.xml': (xml) =>
      xml.replace(
        '<w:pPr>',
        '<w:pPr><w:rPr><w:ins w:id="7" w:author="Maria Rivera" w:date="2024-01-01T00:00:00Z"/></w:rPr>',
      ),
  });
  const options = { registry, rubricId: 'working-together-for-student-success', imageFolder: 'i' };
  const result = await importWordDocument(named, options);
  assert.deepEqual(result.metadata, [
    { place: 'Author', text: 'Maria Rivera' },
    { place: 'Company', text: 'maria.rivera@example.org' },
    { place: 'tracked-changes', text: 'Maria Rivera' },
    { place: 'footer', text: 'Maria Rivera' },
    { place: 'header', text: 'Rivera' },
  ]);
  assert.equal(result.insertions, 0);
  const anonymous = await edited(await draft('EDU 501', 'Page'), {
    'docProps/core.xml': (xml) => xml.replace(/<dc:creator>[^<]*<\/dc:creator>/, ''),
  });
  assert.deepEqual((await importWordDocument(anonymous, options)).metadata, []);
});

test('bold lines Word numbers ("1. Overview") are headings when they name a section, bold items stay', async () => {
  const numbered = (text: string, bold: boolean, instance = 1) =>
    new Paragraph({
      numbering: { reference: 'numbered', level: 0, instance },
      children: [new TextRun({ text, bold })],
    });
  const document = new Document({
    numbering,
    sections: [
      {
        children: [
          numbered('Overview Questions', true),
          new Paragraph(words(6)),
          numbered('Work Examples', true),
          numbered('Artifact 1: List of Stakeholders', true, 2),
          ...['Parents', 'Teachers', 'Students'].map((who) => numbered(who, true, 3)),
          numbered('Part 3 Reflection', true),
          new Paragraph(words(3)),
        ],
      },
    ],
  });
  const data = toArrayBuffer(await Packer.toBuffer(document));
  const { markdown } = await importWordDocument(data, { registry, imageFolder: 'i' });
  assert.deepEqual(headings(markdown), [
    '# Overview Questions',
    '# Work Examples',
    '## Artifact 1: List of Stakeholders',
    '# Part 3 Reflection',
  ]);
  const sections = check(markdown).sections;
  assert.equal(sections.find((s) => s.id === 'artifact-1')?.items, 3);
  assert.equal(sections.find((s) => s.id === 'part-1')?.words, 6);
});
