/**
 * A credential's requirements as a Word copy: what Word shows and a converter alone would lose or add
 * (list-numbered "Part 1." headings, the Title style, hidden text). Files that are no .docx: the CLI's
 * test/cli/importRubricUnreadable.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ILevelsOptions,
} from 'docx';
import JSZip from 'jszip';
import { htmlToRequirementText, readRequirements } from '../../server/src/core/intake/requirements';
import { requirementWordData } from '../../server/src/core/intake/word';
import { withListNumbersWritten } from '../../server/src/core/intake/word/listNumbers';
import { wordToHtml } from '../../server/src/node/wordReader';

const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string): ILevelsOptions => ({
  level: 0,
  format,
  text,
  alignment: AlignmentType.LEFT,
});

async function requirements(parts: (typeof LevelFormat)[keyof typeof LevelFormat], partText: string) {
  const numbered = (reference: string, text: string) =>
    new Paragraph({ text, heading: HeadingLevel.HEADING_2, numbering: { reference, level: 0 } });
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'parts', levels: [level(parts, partText)] },
        { reference: 'artifacts', levels: [level(LevelFormat.DECIMAL, 'Artifact %1:')] },
        { reference: 'questions', levels: [level(LevelFormat.DECIMAL, '%1.')] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Family Math Nights', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Key Method', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Hold 2 family nights of 90 minutes.'),
          new Paragraph({ text: 'Submission Requirements', heading: HeadingLevel.HEADING_1 }),
          numbered('parts', 'Overview Questions (200–300 words)'),
          new Paragraph({ text: 'Why family math?', numbering: { reference: 'questions', level: 0 } }),
          new Paragraph({ text: 'Who came?', numbering: { reference: 'questions', level: 0 } }),
          numbered('parts', 'Work Examples'),
          numbered('artifacts', 'Family Invitation'),
          new Paragraph({
            children: [
              new TextRun('Submit the invitation you sent.'),
              new TextRun({ text: ' (No more than 900 words.)', vanish: true }),
            ],
          }),
          numbered('artifacts', 'Event Photos'),
          new Paragraph('Submit up to 6 photos, each with a caption.'),
          numbered('parts', 'Reflection (no more than 400 words)'),
        ],
      },
    ],
  });
  const html = await wordToHtml(new Uint8Array(await Packer.toBuffer(doc)));
  return readRequirements(htmlToRequirementText(html));
}

test('Parts and artifacts numbered by Word ("Part %1.", "Artifact %1:") are read with their numbers', async () => {
  const draft = await requirements(LevelFormat.DECIMAL, 'Part %1.');
  assert.equal(draft?.rubric.title, 'Family Math Nights');
  const [part1, part2, part3] = draft?.rubric.sections ?? [];
  assert.deepEqual(
    [part1?.title, part2?.title, part3?.title],
    ['Part 1. Overview Questions', 'Part 2. Work Examples', 'Part 3. Reflection'],
  );
  assert.equal(part1.questions?.length, 2);
  assert.deepEqual(
    part2.sections?.map((s) => s.title),
    ['Artifact 1: Family Invitation', 'Artifact 2: Event Photos'],
  );
  assert.deepEqual(part3.words, { max: 400, limit: 'hard' });
  // The hidden run's limit is no rule: Word shows it to no reader.
  assert.equal(part2.sections?.[0].words, undefined);
});

test('a Part numbered in roman numerals or in words by Word is a Part', async () => {
  const roman = await requirements(LevelFormat.UPPER_ROMAN, 'PART %1 –');
  assert.deepEqual(
    roman?.rubric.sections.map((s) => s.id),
    ['part-1', 'part-2', 'part-3'],
  );
  const words = await requirements(LevelFormat.CARDINAL_TEXT, 'Part %1:');
  assert.equal(words?.rubric.sections[1].title, 'Part Two: Work Examples');
});

const NUMBERING =
  '<w:numbering><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>' +
  '<w:pStyle w:val="Heading2"/><w:lvlText w:val="Part %1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>' +
  '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1%2)"/></w:lvl></w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>' +
  '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
  '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
  '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/>' +
  '</w:lvlOverride></w:num></w:numbering>';
const STYLES =
  '<w:styles><w:style w:type="paragraph" w:styleId="Heading2"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>' +
  '</w:pPr></w:style></w:styles>';
const paragraph = (properties: string, text: string) =>
  `<w:p><w:pPr>${properties}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const texts = (xml: string) => [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((p) => p[0].replace(/<[^>]+>/g, ''));

test("an outline's numbering carried by the heading style, and a list restarted at 4, write their words", () => {
  const body = [
    paragraph('<w:pStyle w:val="Heading2"/>', 'Overview'),
    paragraph('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>', 'A bullet'),
    paragraph('<w:pStyle w:val="Heading2"/>', 'Evidence'),
    paragraph('<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>', 'A sub-item'),
    paragraph('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>', 'Reflection'),
  ].join('');
  const out = withListNumbersWritten(`<w:body>${body}</w:body>`, NUMBERING, STYLES);
  assert.ok(out);
  assert.deepEqual(texts(out), [
    'Part 1. Overview',
    'A bullet',
    'Part 2. Evidence',
    'A sub-item',
    'Part 4. Reflection',
  ]);
  // The paragraphs given words keep no list; the bullet and the plain "2a)" stay lists.
  assert.equal(out.match(/<w:numId w:val="0"\/>/g)?.length, 3);
});

test("LibreOffice's list: its first item restarts the numbers (a start override), the next items go on", () => {
  // LibreOffice writes a list's first paragraph with a num of its own that restarts at 1, the rest with
  // the plain num of the same abstract list: Word and LibreOffice show Part 1, Part 2, Part 3.
  const numbering = NUMBERING.replace(
    '</w:numbering>',
    '<w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>' +
      '</w:lvlOverride></w:num></w:numbering>',
  );
  const item = (numId: number, text: string) =>
    paragraph(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`, text);
  const body = [item(5, 'Overview'), item(1, 'Evidence'), item(1, 'Reflection')].join('');
  const out = withListNumbersWritten(`<w:body>${body}</w:body>`, numbering, '');
  assert.deepEqual(texts(out ?? ''), ['Part 1. Overview', 'Part 2. Evidence', 'Part 3. Reflection']);
});

test('a document whose lists are only numbers and bullets is left as it is', () => {
  const body = paragraph('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>', 'A bullet');
  assert.equal(withListNumbersWritten(`<w:body>${body}</w:body>`, NUMBERING, ''), null);
});

test("a Word copy's package is unzipped once to be made ready, and its bytes kept when nothing changes", async (t) => {
  const doc = new Document({
    numbering: { config: [{ reference: 'parts', levels: [level(LevelFormat.DECIMAL, 'Part %1.')] }] },
    sections: [{ children: [new Paragraph({ text: 'Overview', numbering: { reference: 'parts', level: 0 } })] }],
  });
  const bytes = await Packer.toBuffer(doc);
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const loads = t.mock.method(JSZip, 'loadAsync');
  const ready = await requirementWordData(data);
  assert.equal(loads.mock.callCount(), 1, 'one unzip');
  const body = await (await JSZip.loadAsync(ready)).file('word/document.xml')?.async('string');
  assert.match(body ?? '', /Part 1\./, 'the list number written in the text');
  const plain = new Document({ sections: [{ children: [new Paragraph('Overview')] }] });
  const plainBytes = await Packer.toBuffer(plain);
  const plainData = plainBytes.buffer.slice(plainBytes.byteOffset, plainBytes.byteOffset + plainBytes.byteLength);
  assert.equal(await requirementWordData(plainData as ArrayBuffer), plainData, 'the same bytes, not zipped again');
});
