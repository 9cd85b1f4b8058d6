import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { runs } from '../fuzzScale';
import { hostileText } from '../hostileText';
import { type Block, DocumentModel, splitBlocks } from '../../server/src/core/document/documentModel';
import { digestBlock } from '../../server/src/core/document/blockDigest';
import { documentTree, parseMarkdown } from '../../server/src/core/document';
import type { Root } from 'mdast';
import { MAX_DELIMITERS } from '../../server/src/core/document/complexity';
import { analyze, DocumentAnalyzer, fileReport, RubricRegistry } from '../../server/src/core';

/** What the rules see of a document, with absolute offsets: from its blocks, or from one whole parse. */
/** Cuts at every safe place (the strictest test of splitting). */
function view(text: string) {
  return viewOf(splitBlocks(text, 0));
}

function viewOf(blocks: readonly Block[]) {
  const shift = <T extends { start: number; end?: number }>(items: T[], by: number) =>
    items.map((item) => ({
      ...item,
      start: item.start + by,
      ...(item.end !== undefined ? { end: item.end + by } : {}),
    }));
  return {
    words: blocks.flatMap((b) =>
      Array.from(b.digest.wordStarts, (s, i) => [s + b.start, b.digest.wordEnds[i] + b.start]),
    ),
    headings: blocks.flatMap((b) => shift(b.digest.headings, b.start)),
    lists: blocks.flatMap((b) => shift(b.digest.lists, b.start)),
    tables: blocks.flatMap((b) => shift(b.digest.tables, b.start)),
    media: blocks.flatMap((b) => shift(b.digest.media, b.start)),
    entries: blocks.flatMap((b) => shift(b.digest.entries, b.start)),
    pointLabels: blocks.flatMap((b) => shift(b.digest.pointLabels, b.start)),
    timestamps: blocks.flatMap((b) => shift(b.digest.timestamps, b.start)),
    identifying: blocks.flatMap((b) => shift(b.digest.identifying, b.start)),
    plainRegions: blocks.flatMap((b) => shift(b.digest.plainRegions, b.start)),
    lines: blocks.reduce((n, b) => n + b.digest.lineStarts.length - 1, 0),
    blocks: blocks.length,
  };
}

function whole(text: string) {
  const s = digestBlock(text);
  return {
    words: Array.from(s.wordStarts, (start, i) => [start, s.wordEnds[i]]),
    headings: s.headings,
    lists: s.lists,
    tables: s.tables,
    media: s.media,
    entries: s.entries,
    pointLabels: s.pointLabels,
    timestamps: s.timestamps,
    identifying: s.identifying,
    plainRegions: s.plainRegions,
    lines: s.lineStarts.length - 1,
  };
}

function assertSameAsWhole(text: string) {
  const { blocks, ...split } = view(text);
  assert.deepEqual(split, whole(text), `document:\n${text}`);
  return blocks;
}

test('a document is split into blocks at its top-level headings and at safe blank lines', () => {
  assert.equal(assertSameAsWhole('Intro.\n\n# One\n\nText.\n\n## Two\n\nMore text.\n\n# Three\n'), 6);
});

test('no cut where the next line could continue what came before', () => {
  assert.equal(assertSameAsWhole('- item\n\n  continued item\n\n- next item\n'), 1);
  assert.equal(assertSameAsWhole('Para\n\n    indented code\n'), 1);
  assert.equal(assertSameAsWhole('![photo](p.jpg)\n\nIts caption paragraph.\n'), 1);
  assert.equal(assertSameAsWhole('[^1]: a note\n\n    more of the note\n'), 1);
});

test('a heading-like line inside fenced code does not split the document', () => {
  assertSameAsWhole('# A\n\n```sh\n# not a heading\n```\n\n# B\n\nText.\n');
  assertSameAsWhole('# A\n\n~~~~\n```\n# inside\n~~~~\n# B\n');
  assertSameAsWhole('# A\n\n    ```\n```\n# inside a real fence\n```\n# B\n');
});

test('an unclosed fence swallows every later heading, as in the whole document', () => {
  const text = '# A\n\nText.\n\n```\n# B\n\n# C\n';
  const blocks = assertSameAsWhole(text);
  assert.equal(whole(text).headings.length, 1);
  // The fence's lines are cut too, each block read as the rest of the code: an edit there re-parses a few lines.
  assert.equal(blocks, 5);
});

test('identifying text in a fenced code or HTML block cut into blocks is found as in the whole document', () => {
  const fence = '# A\n\n```\nmail a.b@riverbend.org\n\nPhone 555-123-4567\n\n# C x@y.org\n```\n\n# B\n';
  assertSameAsWhole(fence);
  assert.equal(whole(fence).identifying.length, 3);
  const unclosed = '# A\n\n<div>\nWrite to kim@riverbend.org\n\nMore kim@riverbend.org\n';
  assertSameAsWhole(unclosed);
  assert.equal(whole(unclosed).identifying.length, 2);
});

test('HTML comments and HTML blocks keep heading-like lines inside them', () => {
  assertSameAsWhole('# A\n\n<!--\n# commented out\n-->\n\n# B\n');
  assertSameAsWhole('# A\n\n<div>\n# swallowed by the html block\n</div>\n\n# B\n');
  assertSameAsWhole('# A\n\n<!-- open comment with no end\n# B\n\nwords\n');
  assertSameAsWhole('# A\n\n<script>\n# x\n</script>\n# B\n');
});

test('front matter with comment lines is not split', () => {
  assertSameAsWhole('---\nrubric: x\n# a YAML comment\n---\n\n# A\n\nText.\n');
  assertSameAsWhole('---\n# unclosed front matter\n\n# A\n');
});

test('references and footnotes defined in another block resolve as in the whole document', () => {
  assertSameAsWhole(
    '# A\n\nSee [the guide][g] and a note.[^n]\n\n# B\n\n[g]: https://example.org\n\n[^n]: The note text.\n',
  );
});

test('a link definition labelled ^1 after another definition is no footnote: [^1] reads as in a whole parse', () => {
  // Indented under `[ref]:`, `[^1]:` continues the definitions as a link definition, not a footnote.
  assertSameAsWhole('Plan text.[^1]\n\n[ref]: https://example.org\n\t[^1]: \n note.\n');
  assertSameAsWhole('# Plan\n\nPlan text.[^1] and [ref].\n\n[ref]: /a\n[^1]: /b\n');
});

test('CRLF and CR line endings give the same lines and offsets', () => {
  assertSameAsWhole('# A\r\n\r\nText one.\r\n\r\n# B\r\n\r\nText two.\r\n');
  assertSameAsWhole('# A\r\rText.\r# B\rMore.\r');
});

test('an offset between \r and \n is the end of its line, in the document and in its analysis alike', () => {
  const text = '# Goals\r\n\r\nFirst line.\r\nSecond\rThird\n\r\n# Plan\r\n\r\nLast.\r\n';
  const analyzer = new DocumentAnalyzer();
  analyzer.setText('');
  analyzer.applyEdit(0, 0, text);
  const analysis = analyzer.analyze(null, { registry });
  const editor = TextDocument.create('file:///doc.md', 'markdown', 1, text);
  const insideCrLf = text.indexOf('\r\n') + 1;
  assert.deepEqual(analyzer.positionAt(insideCrLf), { line: 0, character: 7 });
  for (let offset = -1; offset <= text.length + 1; offset++) {
    const expected = editor.positionAt(offset);
    assert.deepEqual(analyzer.positionAt(offset), expected, `document positionAt(${offset})`);
    assert.deepEqual(analysis.blockIndex.position(offset), expected, `analysis position(${offset})`);
  }
});

const LINES = [
  '# Part 1',
  '## Artifact 2: Written Plan',
  '### Recordings',
  '#',
  '#no space',
  'Setext title',
  '====',
  '----',
  '',
  'Plain words in a sentence.',
  'More words, with punctuation!',
  '- a list item',
  '  - nested reason',
  '1. numbered',
  '> quoted text',
  '```',
  '~~~',
  '````md',
  '    ```',
  '    indented code',
  '<!--',
  '-->',
  '<!-- one line comment -->',
  '<div>',
  '</div>',
  '<script>',
  '</script>',
  '[ref]: https://example.org',
  'see [ref] and [text][ref]',
  '[^1]: a footnote',
  'a claim[^1]',
  '---',
  '| a | b |',
  '| --- | --- |',
  '| c | d |',
  '![photo](p.jpg) with a caption',
  '![alone](q.png)',
  '[video](v.mp4) (3:45)',
  'mail me at a.b@example.org',
  'call 555-123-4567',
  '\tTabbed words',
  'CJK 我们是学生',
  'well-**known** and [Ed](x)ucation',
  'R&amp;D &amp; w`code`w \\*x\\*',
  'hard  ',
  'ESSA法案 review',
  'Point 1 at 0:25, and 1:02:03 later',
  '**Point 2.** ends at 6:30 p.m. (3:1)',
  '- Point 3: a labelled item',
  '### Artifact 3: Visual Presentation',
  '[clip](c.mp4) 2:30 then 2:50',
];

test('property: splitting never changes what the document means', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
      const text = lines.join(eol);
      const { blocks: _blocks, ...split } = view(text);
      assert.deepEqual(split, whole(text));
    }),
    { numRuns: runs(300) },
  );
});

test('a list item before lines read as plain text ends where its text ends, however the document is split', () => {
  const deep = '>'.repeat(40);
  const text = `${'* '.repeat(29)}x\n    \`\`\`\n${deep}\`\`\`\n# Part 1`;
  assert.deepEqual(view(text).entries, whole(text).entries);
});

test('property: splitting never changes what the document means, with deep nesting and delimiter storms', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.constantFrom(...LINES), hostileText), { maxLength: 12 }),
      fc.constantFrom('\n', '\r\n'),
      (lines, eol) => {
        const text = lines.join(eol).replace(/\r?\n/g, eol);
        const { blocks: _blocks, ...split } = view(text);
        assert.deepEqual(split, whole(text));
      },
    ),
    { numRuns: runs(150) },
  );
});

const registry = new RubricRegistry();
const report = (analysis: ReturnType<typeof analyze>) => fileReport('doc.md', analysis);
const START = [
  '---',
  'rubric: working-together-for-student-success',
  '---',
  '',
  '## Part 1 Overview',
  '',
  'Some words here.',
  '',
  '## Part 2',
  '',
  '### Artifact 1',
  '',
  '- one',
  '- two',
  '',
  'A [ref] here.',
  '',
  '### Artifact 2',
  '',
  'Plan text.[^1]',
  '',
  '[ref]: https://example.org',
  '',
  '[^1]: A note.',
  '',
].join('\n');
const ANYWHERE = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.constantFrom(...LINES.map((l) => `${l}\n`), 'word ', '', '\n', '\n\n', '`', '#', '<!--', '![', '- '),
});
/**
 * An edit at the start of a line: where blocks begin, so indenting or outdenting it can join a block to
 * the one before (a paragraph after a list becomes the list's last item) or split them.
 */
const AT_LINE_START = fc.record({
  line: fc.nat(),
  remove: fc.constantFrom(0, 1, 2, 4),
  insert: fc.constantFrom('', ' ', '  ', '    ', '\t', '- ', '> ', '\n'),
});
type Edit = { at: number; remove: number; insert: string } | { line: number; remove: number; insert: string };
const EDIT: fc.Arbitrary<Edit> = fc.oneof(ANYWHERE, AT_LINE_START);

/** The [from, to) an edit replaces in `text`: its offset taken modulo the text's length, or a line's start. */
function editRange(text: string, edit: Edit): { from: number; to: number } {
  let from: number;
  if ('at' in edit) from = edit.at % (text.length + 1);
  else {
    const starts = [0, ...Array.from(text.matchAll(/\r\n|\r|\n/g), (m) => m.index + m[0].length)];
    from = starts[edit.line % starts.length];
  }
  return { from, to: Math.min(text.length, from + edit.remove) };
}

/**
 * Applies `edits` one by one to an analyzer opened on `start`, each offset taken modulo the text's
 * length as the property tests draw them; `each` sees the analyzer and the expected text after each.
 */
function replayEdits(
  start: string,
  edits: readonly Edit[],
  each: (analyzer: DocumentAnalyzer, text: string) => void = () => undefined,
): { analyzer: DocumentAnalyzer; text: string } {
  const analyzer = new DocumentAnalyzer();
  analyzer.analyze(start, { registry });
  let text = start;
  for (const edit of edits) {
    const { from, to } = editRange(text, edit);
    text = text.slice(0, from) + edit.insert + text.slice(to);
    analyzer.applyEdit(from, to, edit.insert);
    each(analyzer, text);
  }
  return { analyzer, text };
}

test('property: after any sequence of edits, the incremental analysis equals a fresh one', () => {
  fc.assert(
    fc.property(fc.array(EDIT, { minLength: 1, maxLength: 25 }), (edits) => {
      replayEdits(START, edits, (analyzer, text) => {
        assert.equal(analyzer.text, text);
        assert.deepEqual(report(analyzer.analyze(null, { registry })), report(analyze(text, { registry })));
      });
    }),
    { numRuns: runs(150) },
  );
});

test('property: positions, offsets and text ranges read from the blocks agree with an LSP text document', () => {
  fc.assert(
    fc.property(fc.array(EDIT, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'), (edits, eol) => {
      const start = START.replaceAll('\n', eol);
      const analyzer = new DocumentAnalyzer();
      analyzer.setText(start);
      const editor = TextDocument.create('file:///doc.md', 'markdown', 1, start);
      for (const edit of edits) {
        const { from, to } = editRange(editor.getText(), edit);
        const insert = edit.insert;
        const range = { start: editor.positionAt(from), end: editor.positionAt(to) };
        const change = insert.replaceAll('\n', eol);
        TextDocument.update(editor, [{ range, text: change }], editor.version + 1);
        analyzer.applyEdit(analyzer.offsetAt(range.start), analyzer.offsetAt(range.end), change);
        const length = editor.getText().length;
        assert.equal(analyzer.length, length);
        assert.equal(analyzer.lineCount, editor.lineCount);
        for (let offset = -1; offset <= length + 1; offset += 1 + ((offset + 7) % 5)) {
          assert.deepEqual(analyzer.positionAt(offset), editor.positionAt(offset), `positionAt(${offset})`);
          assert.equal(analyzer.textIn(offset, offset + 9), editor.getText().slice(Math.max(0, offset), offset + 9));
        }
        for (let line = -1; line <= editor.lineCount; line++) {
          for (const character of [0, 1, 5, 40, 1000])
            assert.equal(
              analyzer.offsetAt({ line, character }),
              editor.offsetAt({ line, character }),
              `offsetAt(${line}:${character})`,
            );
        }
      }
      assert.equal(analyzer.text, editor.getText());
    }),
    { numRuns: runs(100) },
  );
});

test('property: after edits anywhere and at line starts, the blocks read the text as one whole parse does', () => {
  fc.assert(
    fc.property(fc.array(EDIT, { minLength: 1, maxLength: 25 }), (edits) => {
      const model = new DocumentModel();
      model.setText(START);
      let text = START;
      for (const edit of edits) {
        const { from, to } = editRange(text, edit);
        text = text.slice(0, from) + edit.insert + text.slice(to);
        model.applyEdit(from, to, edit.insert);
        const { blocks: _blocks, ...split } = viewOf(model.blocks);
        assert.deepEqual(split, whole(text), `document:\n${text}`);
      }
    }),
    { numRuns: runs(150) },
  );
});

test("indenting the paragraph after a list makes it the last item's statement, as in a fresh analysis", () => {
  const text = [
    '---',
    'rubric: working-together-for-student-success',
    '---',
    '',
    '### Artifact 1: List of Stakeholders',
    '',
    '- **The principal** leads the plan for the whole school',
    '- **The council**',
    '',
    'It decides how the family engagement funds are used.',
    '',
    '### Artifact 2: Written Plan',
    '',
  ].join('\n');
  const analyzer = new DocumentAnalyzer();
  analyzer.analyze(text, { registry });
  const paragraph = text.indexOf('It decides');
  // A keystroke in the paragraph first: the text around it is then split at every safe place.
  analyzer.applyEdit(paragraph + 3, paragraph + 3, 'x');
  analyzer.applyEdit(paragraph + 3, paragraph + 4, '');
  analyzer.applyEdit(paragraph, paragraph, '  ');
  const edited = report(analyzer.analyze(null, { registry }));
  const fresh = report(analyze(analyzer.text, { registry }));
  assert.ok(!fresh.diagnostics.some((d) => d.code === 'missing-statement'));
  assert.deepEqual(edited, fresh);
});

test('property: whole-text updates reuse blocks and equal a fresh analysis', () => {
  fc.assert(
    fc.property(fc.array(EDIT, { minLength: 1, maxLength: 15 }), (edits) => {
      const analyzer = new DocumentAnalyzer();
      let text = START;
      for (const edit of edits) {
        const { from, to } = editRange(text, edit);
        text = text.slice(0, from) + edit.insert + text.slice(to);
        assert.deepEqual(report(analyzer.analyze(text, { registry })), report(analyze(text, { registry })));
      }
    }),
    { numRuns: runs(80) },
  );
});

test('an edit re-parses only the block it touches', () => {
  const model = new DocumentModel();
  const sections = Array.from(
    { length: 20 },
    (_v, i) => `## Section ${i}\n\n${'Words in this section. '.repeat(20)}\n`,
  );
  model.setText(sections.join('\n'), 0);
  const before = [...model.blocks];
  const at = model.text.indexOf('## Section 7\n\nWords') + 15;
  model.applyEdit(at, at + 5, 'Fewer');
  assert.equal(model.blocks.length, before.length);
  const reparsed = model.blocks.filter((block, i) => block.digest !== before[i].digest);
  assert.equal(reparsed.length, 1);
  assert.ok(reparsed[0].text.includes('Fewer'));
  assert.equal(model.blocks[15].start, before[15].start);
});

for (const opener of ['```', '<script>']) {
  test(`below an unclosed ${opener} at the top, an edit re-parses the text around it, which stays code`, () => {
    const sections = Array.from({ length: 200 }, (_v, i) => `## Section ${i}\n\n${'Words in it. '.repeat(20)}\n`);
    const model = new DocumentModel();
    model.setText(`# Top\n\n${opener}\n\n${sections.join('\n')}`);
    const before = [...model.blocks];
    const at = model.text.indexOf('## Section 150') + 20;
    model.applyEdit(at, at, 'more ');
    const reparsed = model.blocks.filter((block) => !before.some((old) => old.digest === block.digest));
    const reparsedChars = reparsed.reduce((n, block) => n + block.text.length, 0);
    assert.ok(reparsedChars < model.length / 20, `${reparsedChars} of ${model.length} characters parsed again`);
    const { blocks: _blocks, ...split } = viewOf(model.blocks);
    assert.deepEqual(split, whole(model.text));
    assert.equal(split.words.length, 0);
    assert.equal(split.headings.length, 1);
  });
}

test('code and raw HTML cut into blocks export as one node each, as in a whole parse', () => {
  for (const text of ['# A\n\n```\nline one\n\nline two\n\n# three\n', '<script>\nx\n\ny\n\nz\n']) {
    const nodes = (tree: Root) =>
      tree.children.map((node) => ({ type: node.type, value: 'value' in node && node.value }));
    assert.deepEqual(nodes(documentTree(splitBlocks(text, 0))), nodes(parseMarkdown(text)));
  }
});

test('typing an unclosed fence at the top makes the rest code, as in the whole document', () => {
  const analyzer = new DocumentAnalyzer();
  const text = [
    '---',
    'rubric: working-together-for-student-success',
    '---',
    '',
    '## Part 1 Overview',
    '',
    'Words.',
    '',
    ...Array.from({ length: 200 }, (_v, i) => `### Note ${i}\n\nMore words here.\n`),
  ].join('\n');
  analyzer.analyze(text, { registry });
  const at = text.indexOf('Words.');
  analyzer.applyEdit(at, at, '```\n');
  const fresh = analyze(analyzer.text, { registry });
  assert.deepEqual(report(analyzer.analyze(null, { registry })), report(fresh));
  assert.equal(fresh.outline.length, 1);
});

test('an edit that removes the front matter closer, with a --- line further down: incremental equals fresh', () => {
  // Found by the property test above: the sixth edit turns the closing --- into text, so the front
  // matter runs to a --- line blocks further down.
  const edits = [
    { at: 75974003, remove: 5, insert: 'call 555-123-4567\n' },
    { at: 2871361, remove: 4, insert: '# Part 1\n' },
    { at: 181848011, remove: 12, insert: '![alone](q.png)\n' },
    { at: 175797987, remove: 3, insert: '---\n' },
    { at: 7085033, remove: 0, insert: '\n' },
    { at: 1153168347, remove: 3, insert: '# Part 1\n' },
  ];
  const { analyzer, text } = replayEdits(START, edits);
  const fresh = report(analyze(text, { registry }));
  assert.ok(fresh.diagnostics.some((d) => d.code === 'invalid-front-matter'));
  assert.deepEqual(report(analyzer.analyze(null, { registry })), fresh);
});

test('splitting keeps an item inside its block when its open fence would run into the definitions after it', () => {
  const text = ['[^1]: a footnote', '- Point 3: a labelled item', '    ```'].join('\n');
  assert.deepEqual(view(text).entries, whole(text).entries);
});

test('a block ending the document is read as at the end, its definitions parsed before it', () => {
  // micromark takes `</script>` into the list item only when more text follows it.
  for (const eol of ['\n', '\r\n']) {
    const text = ['[ref]: https://example.org', '  - nested reason', '</script>'].join(eol);
    const { blocks: _blocks, ...split } = view(text);
    assert.deepEqual(split, whole(text));
  }
});

test('an unclosed --- first line keeps its block first: a footnote after it reads as in the whole document', () => {
  const text = ['---', '[^1]: a footnote'].join('\n');
  const { blocks: _blocks, ...split } = view(text);
  assert.deepEqual(split, whole(text));
});

test('a line of only tabs is blank, not nested: it is never read as plain text', () => {
  const text = ['\t'.repeat(34), `${'>'.repeat(33)}x`].join('\n');
  assert.deepEqual(view(text).plainRegions, whole(text).plainRegions);
});

test('timestamps in a line read as plain text come in document order, however the document is split', () => {
  const text = `${'['.repeat(MAX_DELIMITERS + 1)}\nPoint 1 at 0:25\n# Part 1\n[clip](c.mp4) 2:30 then 2:50`;
  assertSameAsWhole(text);
  assert.deepEqual(
    whole(text).timestamps.map((t) => t.seconds),
    [25, 170],
  );
});
