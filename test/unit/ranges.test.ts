/**
 * Ranges are exact on every line ending: no range ends inside or after a line terminator, none
 * ends past its line. Every diagnostic code is triggered by the documents below, which are
 * checked with LF, CRLF and lone-CR line ends, and so are the LSP features' ranges (code lens,
 * symbols, folding, quick-fix edits).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyze,
  DIAGNOSTIC_CODES,
  RubricRegistry,
  type Analysis,
  type FileFacts,
  type Range,
} from '../../server/src/core';
import { codeLenses } from '../../server/src/lsp/codeLens';
import { documentSymbols, foldingRanges } from '../../server/src/lsp/symbols';
import { codeActions } from '../../server/src/lsp/codeActions';
import { toLspDiagnostic } from '../../server/src/lsp/diagnostics';
import { SubmissionDocument } from '../../server/src/lsp/documents';
import type { DocumentSymbol } from 'vscode-languageserver';

const registry = new RubricRegistry();
const words = (n: number, prefix: string) => Array.from({ length: n }, (_v, i) => `${prefix}${i + 1}`).join(' ');
const photos = (n: number) =>
  Array.from({ length: n }, (_v, i) => `![Photo ${i}](p${i}.jpg) Caption ${i}.`).join('\n\n');

/** A working-together submission of these blocks, a blank line after each. */
const workingTogether = (...blocks: string[]) =>
  ['---', 'rubric: working-together-for-student-success', '---', '', ...blocks.flatMap((b) => [b, ''])].join('\n');

const DOCUMENTS = [
  // working-together: under, too few items, over, duplicates, order, photos, e-mail, a missing Part, an empty section.
  [
    '---',
    'rubric: working-together-for-student-success',
    '---',
    '',
    '## Part 1. Overview Questions (Provides Context)',
    '',
    words(100, 'overview'),
    '',
    '## Part 2. Work Examples/Artifacts/Evidence',
    '',
    '### Artifact 2: Written Plan',
    '',
    words(320, 'plan'),
    '',
    '### Artifact 1: List of Stakeholders',
    '',
    '- Principal',
    '- Parents',
    '',
    '### Artifact 3: Visual Presentation',
    '',
    '![Alone](alone.jpg)',
    '',
    '![Next](next.jpg)',
    '',
    photos(20),
    '',
    'Write to me at someone@example.org or call 555-123-4567.',
    '',
    '<!-- rubric-writer-disable-next-line no-such-code -->',
    '### Written plan',
    '',
    'Again.',
    '',
  ].join('\n'),
  // engaging-stakeholders: recordings too long, no duration, over the total.
  [
    '---',
    'rubric: engaging-stakeholders',
    '---',
    '',
    '## Part 1. Overview questions',
    '',
    '### Activity Description',
    '',
    words(20, 'a'),
    '',
    '### Your Learning',
    '',
    words(20, 'b'),
    '',
    '## Part 2. Evidence/artifacts',
    '',
    '### Evidence of engagement',
    '',
    words(20, 'c'),
    '',
    '### Recordings',
    '',
    '- [One](one.mp4) (9:00)',
    '- [Two](two.mp4) (4:00)',
    '- [Three](three.mp4)',
    '',
    '## Part 3. Reflection',
    '',
    '',
  ].join('\n'),
  // working-together: a video timed once, past its end; a plan of two points.
  workingTogether(
    '### Artifact 2: Written Plan',
    'Point 1: one.',
    'Point 2: two.',
    '### Artifact 3: Visual Presentation',
    '[Video](v.mp4) (2:30)',
    'The vote begins at 2:50.',
  ),
  // working-together: a presentation in words with no video or photo.
  workingTogether('### Visual Presentation', 'I presented.'),
  // Nesting and brackets far past what the parser is given: plain text, a note on each region's first line.
  workingTogether(
    '## Part 3 Reflection',
    `${'['.repeat(3000)} words ${']'.repeat(3000)}`,
    `${'> '.repeat(40)}deep`,
    Array.from({ length: 40 }, (_v, i) => `${'- '.repeat(i + 1)}item`).join('\n'),
  ),
  ['---', 'rubric: no-such-rubric', '---', '', 'Text.', ''].join('\n'),
  ['---', 'rubric: [ x', '---', '', 'Text.', ''].join('\n'),
];

const ENDINGS = { LF: '\n', CRLF: '\r\n', CR: '\r' } as const;

function assertInsideLines(text: string, range: Range, what: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  const { start, end } = range;
  assert.ok(start.line < lines.length && end.line < lines.length, `${what}: a line of the document`);
  assert.ok(
    start.line < end.line || (start.line === end.line && start.character <= end.character),
    `${what}: start before end`,
  );
  assert.ok(
    start.character <= lines[start.line].length,
    `${what}: starts inside line ${start.line} (${JSON.stringify(range)})`,
  );
  assert.ok(
    end.character <= lines[end.line].length,
    `${what}: ends inside line ${end.line} (${JSON.stringify(range)})`,
  );
  if (end.line > start.line)
    assert.ok(end.character > 0, `${what}: does not end just after a line terminator (${JSON.stringify(range)})`);
}

function symbolRanges(symbols: DocumentSymbol[]): Range[] {
  return symbols.flatMap((s) => [s.range, s.selectionRange, ...symbolRanges(s.children ?? [])]);
}

/** Codes about what the Markdown does not hold (a Word draft's author fields): no document can trigger them. */
const FROM_OUTSIDE_THE_TEXT = new Set<string>(['identifying-metadata']);

/** What the linked files say: one.mp4 is longer than written, three.mp4 is missing. */
const FILES: Record<string, FileFacts> = {
  'one.mp4': { exists: true, durationSeconds: 300 },
  'three.mp4': { exists: false, siblings: ['three-final.mp4'] },
};
const options = { registry, identifyingTerms: [], files: (path: string) => FILES[path] };

for (const [name, eol] of Object.entries(ENDINGS)) {
  describe(`ranges with ${name} line ends`, () => {
    const texts = DOCUMENTS.map((d) => d.replace(/\n/g, eol));
    const analyses: Analysis[] = texts.map((text) => analyze(text, options));

    test('the documents trigger every diagnostic code', () => {
      const seen = new Set(analyses.flatMap((a) => a.diagnostics.map((d) => d.code)));
      assert.deepEqual(
        DIAGNOSTIC_CODES.filter((code) => !seen.has(code) && !FROM_OUTSIDE_THE_TEXT.has(code)),
        [],
      );
    });

    test('every diagnostic range is inside its lines', () => {
      analyses.forEach((analysis, i) => {
        for (const d of analysis.diagnostics) assertInsideLines(texts[i], d.range, `${d.code} (${d.message})`);
      });
    });

    test('the same ranges as with LF line ends', () => {
      const lf = DOCUMENTS.map((text) => analyze(text, options));
      analyses.forEach((analysis, i) =>
        assert.deepEqual(
          analysis.diagnostics.map((d) => [d.code, d.range]),
          lf[i].diagnostics.map((d) => [d.code, d.range]),
        ),
      );
    });

    test('code lenses, symbols, folding ranges and quick-fix edits are inside their lines', () => {
      analyses.forEach((analysis, i) => {
        const text = texts[i];
        for (const lens of codeLenses('file:///x.md', analysis))
          assertInsideLines(text, lens.range, `lens ${lens.command?.title}`);
        for (const range of symbolRanges(documentSymbols(analysis))) assertInsideLines(text, range, 'symbol');
        const lines = text.split(/\r\n|\r|\n/);
        for (const fold of foldingRanges(analysis)) {
          assert.ok(
            fold.endLine < lines.length && lines[fold.endLine].trim() !== '',
            `folding ends on a line with text (${fold.endLine})`,
          );
        }
        const document = new SubmissionDocument('file:///x.md', 'markdown', 1, text);
        const actions = codeActions(document, analysis, analysis.diagnostics.map(toLspDiagnostic));
        for (const action of actions) {
          for (const edit of Object.values(action.edit?.changes ?? {}).flat())
            assertInsideLines(text, edit.range, `edit of "${action.title}"`);
        }
      });
    });
  });
}
