import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describeConversionNote, describeMetadataFinding, importWordDocument } from '../../server/src/core';
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
  const notes = result.messages.map((note) => describeConversionNote(note));
  assert.ok(notes.includes('hidden text (7 words) was left out: Word neither shows nor counts it'), notes.join('\n'));
});
