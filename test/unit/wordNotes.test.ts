/**
 * Footnotes and endnotes are read as the body is: Word shows and counts a note's text the same way, so a carriage
 * return or an absolute tab parts its words, a page number it computes is no word the writer wrote, and hidden text
 * is neither shown nor counted (but still checked for what would identify the writer). Each count is worked out by
 * hand from the text below.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importWordDocument, type WordImport } from '../../server/src/core';
import { registry } from './helpers';
import { paragraph, type RawDraft, rawDraft, run, sectionWords, style, styled } from './wordXml';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const P1 = 'Part 1. Overview Questions (Provides Context)';
const P3 = 'Part 3 Reflection';
const HEADING = style('Heading1', 'heading 1', '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>');

async function imported(draft: RawDraft): Promise<WordImport> {
  return importWordDocument(await rawDraft(draft), {
    registry,
    rubricId: 'working-together-for-student-success',
    imageFolder: 'draft-images',
    identifyingTerms: ['Rivera'],
  });
}

/** A notes part (`footnote` or `endnote`) with Word's two separators and one note of the given paragraph content. */
function notesPart(kind: 'footnote' | 'endnote', content: string): string {
  const separator = (id: number, type: string) =>
    `<w:${kind} w:type="${type}" w:id="${id}"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${kind}s xmlns:w="${W}" xmlns:r="${R}">` +
    `${separator(-1, 'separator')}${separator(0, 'continuationSeparator')}` +
    `<w:${kind} w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:${kind}Ref/></w:r>` +
    `${content}</w:p></w:${kind}></w:${kind}s>`
  );
}

const reference = (kind: 'footnote' | 'endnote') =>
  `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:${kind}Reference w:id="1"/></w:r>`;

/** A note as Word writes one typed with Shift+Enter, a right-aligned tab, a page cross-reference and hidden text. */
const NOTE =
  '<w:r><w:t xml:space="preserve"> Survey</w:t><w:cr/><w:t>results</w:t>' +
  '<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>' +
  '<w:t xml:space="preserve">in spring, see page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
  '<w:r><w:instrText xml:space="preserve"> PAGEREF _Ref1 \\h </w:instrText></w:r>' +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
  `${run('.')}${run(' Ask Ms Rivera first', '<w:vanish/>')}`;

for (const [kind, a] of [
  ['footnote', 'a'],
  ['endnote', 'an'],
] as const) {
  const title = `${a} ${kind} is read as the body: breaks and tabs part words, page numbers and hidden text are out`;
  test(title, async () => {
    const result = await imported({
      styles: HEADING,
      body:
        styled('Heading1', P1) +
        paragraph(run('Families plan together.') + reference(kind)) +
        styled('Heading1', P3) +
        paragraph(run('We learned a lot.')),
      relationships: `<Relationship Id="rIdNotes" Type="${R}/${kind}s" Target="${kind}s.xml"/>`,
      parts: { [`word/${kind}s.xml`]: notesPart(kind, NOTE) },
    });
    // Word shows the note as "Survey", "results", "in spring, see page 3." with the page number computed: the
    // section counts "Families plan together." (3) and "Survey results in spring, see page ." (6).
    assert.match(result.markdown, /Survey\\?\s+results in spring, see page \.$/m);
    assert.doesNotMatch(result.markdown, /Rivera|page 3/);
    assert.deepEqual(sectionWords(result.markdown), { 'part-1': 9, 'part-3': 4 });
    assert.equal(result.hiddenWords, 4);
    assert.ok(result.metadata.some((finding) => finding.place === 'hidden-text' && /Rivera/.test(finding.text)));
  });
}

test("a tracked change in a footnote is signed with its writer's name, as one in the body", async () => {
  const inserted = '<w:ins w:id="7" w:author="Jo Rivera" w:date="2024-03-01T00:00:00Z">' + run(' More.') + '</w:ins>';
  const result = await imported({
    styles: HEADING,
    body: styled('Heading1', P1) + paragraph(run('Families plan together.') + reference('footnote')),
    relationships: `<Relationship Id="rIdNotes" Type="${R}/footnotes" Target="footnotes.xml"/>`,
    parts: { 'word/footnotes.xml': notesPart('footnote', run(' Survey.') + inserted) },
  });
  assert.deepEqual(
    result.metadata.filter((finding) => finding.place === 'tracked-changes'),
    [{ place: 'tracked-changes', text: 'Jo Rivera' }],
  );
  assert.match(result.markdown, /Survey\. More\./);
});
