import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { describeMetadataFinding, importNotes, importWordDocument } from '../../server/src/core';
import { check, registry } from './helpers';
import { toArrayBuffer } from './wordFixtures';

const RUBRIC = 'working-together-for-student-success';

/** Hidden runs, set on the run itself and through a character style, around text Word shows. */
async function hiddenTextDraft(): Promise<ArrayBuffer> {
  const document = new Document({
    styles: { characterStyles: [{ id: 'Secret', name: 'Secret', run: { vanish: true } }] },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Part 1. Overview Questions (Provides Context)', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Families plan the survey together '),
              new TextRun({ text: 'maria.rivera@example.org draft only ', vanish: true }),
              new TextRun('each term.'),
            ],
          }),
          new Paragraph({
            children: [new TextRun({ text: 'Ask Ms Rivera first', style: 'Secret' }), new TextRun(' Teachers listen.')],
          }),
          new Paragraph({ text: 'Part 3 Reflection', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('We learned a lot.'),
        ],
      },
    ],
  });
  return toArrayBuffer(await Packer.toBuffer(document));
}

test('hidden text is left out as Word does in its count; what in it identifies the writer is reported', async () => {
  const result = await importWordDocument(await hiddenTextDraft(), {
    registry,
    rubricId: RUBRIC,
    imageFolder: 'draft-images',
    identifyingTerms: ['Rivera'],
  });
  // Word shows "Families plan the survey together each term." (7) and "Teachers listen." (2).
  assert.match(result.markdown, /^Families plan the survey together each term\.$/m);
  assert.doesNotMatch(result.markdown, /maria\.rivera|draft only|Ask Ms Rivera/);
  const sections = check(result.markdown).sections;
  assert.equal(sections.find((s) => s.id === 'part-1')!.words, 9);
  assert.equal(sections.find((s) => s.id === 'part-3')!.words, 4);
  const findings = result.metadata.filter((f) => f.place === 'hidden-text').map((f) => f.text);
  assert.ok(findings.includes('maria.rivera@example.org') && findings.includes('Rivera'), findings.join(', '));
  assert.match(
    describeMetadataFinding(result.metadata.find((f) => f.place === 'hidden-text')!),
    /^Hidden text in the Word/,
  );
  const notes = importNotes(result);
  assert.ok(notes.includes('hidden text (7 words) was left out: Word neither shows nor counts it'), notes.join('\n'));
});

test('deleted tracked text, comments and document properties are reported when they would identify', async () => {
  const document = new Document({
    title: 'Survey plan, write to maria.rivera@example.org',
    comments: {
      children: [
        { id: 0, author: 'Mentor', date: new Date(0), children: [new Paragraph('Call me on 555-867-5309 first')] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Part 1. Overview Questions (Provides Context)', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('Families plan the survey. '),
              new DeletedTextRun({
                text: 'Ask m.rivera@example.org',
                id: 1,
                author: 'Mentor',
                date: '2024-01-01T00:00:00Z',
              }),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
        ],
      },
    ],
  });
  const result = await importWordDocument(toArrayBuffer(await Packer.toBuffer(document)), {
    registry,
    rubricId: RUBRIC,
    imageFolder: 'draft-images',
  });
  assert.doesNotMatch(result.markdown, /rivera|555/);
  const found = (place: string) => result.metadata.filter((f) => f.place === place).map((f) => f.text);
  assert.deepEqual(found('deleted-text'), ['m.rivera@example.org']);
  assert.deepEqual(found('comment-text'), ['555-867-5309']);
  assert.deepEqual(found('Title'), ['maria.rivera@example.org']);
  const messages = result.metadata.map((finding) => describeMetadataFinding(finding));
  assert.ok(messages.some((m) => m.startsWith('Text deleted with tracked changes in the Word document holds')));
  assert.ok(messages.some((m) => m.startsWith('A comment in the Word document holds "555-867-5309"')));
});
