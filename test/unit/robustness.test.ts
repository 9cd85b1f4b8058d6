import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, DocumentAnalyzer, fileReport, RubricRegistry, type Analysis } from '../../server/src/core';
import { runs } from '../fuzzScale';
import { hostileText } from '../hostileText';

const registry = new RubricRegistry();

/** Pieces of hostile Markdown, joined by random line endings. */
const PIECES = [
  '---',
  'rubric: working-together-for-student-success',
  'rubric: [unclosed',
  'rubric: *alias',
  'rubric: &a x',
  'key: : :',
  '...',
  '# Part 1',
  '## Part 2. Work Examples',
  '### Artifact 2: Written Plan',
  '###### deep',
  '#',
  '#no space',
  'Setext',
  '===',
  '---',
  '- - -',
  '```',
  '~~~',
  '````md',
  '<!--',
  '-->',
  '<!-- rubric-writer-disable -->',
  '<div>',
  '</div>',
  '<script>',
  '| a | b |',
  '| --- | --- |',
  '|',
  '- item',
  '  - nested',
  '    - deeper',
  '1. one',
  '> quote',
  '>> nested quote',
  '[ref]: http://x',
  '[ref]',
  '[^1]',
  '[^1]: note',
  '![img](p.jpg)',
  '[video](v.mp4) (99:99)',
  '[v](v.mp4) 3 min 45 s',
  'plain words here',
  '\t\ttabs\tinside',
  '\u00a0nbsp\u00a0words',
  'zero\u200bwidth\u200djoin',
  '🎉👩‍🏫 emoji',
  '\ud800 lone surrogate',
  '\udfff',
  '\u0000 nul \u0001 \u001f control',
  'שלום עולם RTL',
  'مرحبا',
  '我们是学生',
  'a@b.org',
  '+1 555 123 4567',
  'K-12 2021-2022 1-4 3:45',
  'well-**known** [Ed](x)ucation',
  'R&amp;D &amp; w`code`w',
  'ESSA法案 review',
  'end\\',
  'a<br>b<b>c</b>',
];
const document = fc
  .tuple(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }),
    fc.array(fc.constantFrom('\n', '\r\n', '\r', ' '), { minLength: 1, maxLength: 50 }),
  )
  .map(([pieces, ends]) => pieces.map((p, i) => p + ends[i % ends.length]).join(''));

function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function assertSound(text: string, analysis: Analysis): void {
  const all = lines(text);
  for (const d of analysis.diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < all.length, `line ${p.line} of ${all.length}: ${d.code}`);
      assert.ok(
        p.character >= 0 && p.character <= all[p.line].length,
        `character ${p.character} on line ${p.line}: ${d.code}`,
      );
    }
    assert.ok(
      d.range.start.line < d.range.end.line ||
        (d.range.start.line === d.range.end.line && d.range.start.character <= d.range.end.character),
      d.code,
    );
  }
  const topLevel = analysis.sections
    .filter((s) => s.flat.depth === 0 && s.words !== null)
    .reduce((n, s) => n + s.words!, 0);
  assert.ok(
    topLevel <= analysis.blockIndex.totalWords,
    `top-level sections ${topLevel} > document ${analysis.blockIndex.totalWords}`,
  );
}

test(
  'property: any text gives sound results: no exception, ranges inside the document, section words within the ' +
    'total, deterministic',
  () => {
    fc.assert(
      fc.property(document, (text) => {
        const first = analyze(text, { registry, identifyingTerms: ['Riverbend'] });
        assertSound(text, first);
        assert.deepEqual(
          fileReport('d', analyze(text, { registry, identifyingTerms: ['Riverbend'] })),
          fileReport('d', first),
        );
      }),
      { numRuns: runs(400) },
    );
  },
);

test('property: any rubric named in the CLI way (--rubric) over any text gives sound results', () => {
  fc.assert(
    fc.property(
      document,
      fc.constantFrom(
        'engaging-stakeholders',
        'working-together-for-student-success',
        'district-stakeholder-engagement',
      ),
      (text, rubricId) => {
        assertSound(text, analyze(text, { registry, rubricId }));
      },
    ),
    { numRuns: runs(200) },
  );
});

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** Applies `edits` one by one to an analyzer opened on `start`: its analysis is sound and equals a fresh one. */
function assertEditsAgree(start: string, edits: readonly Edit[]): void {
  const analyzer = new DocumentAnalyzer();
  analyzer.analyze(start, { registry });
  let text = start;
  for (const { at, remove, insert } of edits) {
    const from = at % (text.length + 1);
    const to = Math.min(text.length, from + remove);
    text = text.slice(0, from) + insert + text.slice(to);
    analyzer.applyEdit(from, to, insert);
  }
  const incremental = analyzer.analyze(null, { registry });
  assertSound(text, incremental);
  assert.deepEqual(fileReport('d', incremental), fileReport('d', analyze(text, { registry })));
}

test(
  'property: word counts after any sequence of edits equal a fresh analysis of the final text, on hostile ' + 'text',
  () => {
    fc.assert(
      fc.property(
        document,
        fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: document }), {
          minLength: 1,
          maxLength: 8,
        }),
        (start, edits) => {
          assertEditsAgree(start, edits);
        },
      ),
      { numRuns: runs(150) },
    );
  },
);

/** Submissions with deep nesting and delimiter storms among the hostile pieces. */
const stormy = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...PIECES), hostileText), { maxLength: 12 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([pieces, eol]) => `---${eol}rubric: working-together-for-student-success${eol}---${eol}${pieces.join(eol)}`);

test(
  'property: deep nesting and delimiter storms give sound results, and edits through them equal a fresh ' + 'analysis',
  () => {
    fc.assert(
      fc.property(
        stormy,
        fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.oneof(document, hostileText) }), {
          minLength: 1,
          maxLength: 4,
        }),
        (start, edits) => {
          assertSound(start, analyze(start, { registry }));
          assertEditsAgree(start, edits);
        },
      ),
      { numRuns: runs(40) },
    );
  },
);

test('a Part ends where the next Part begins, whatever their heading levels', () => {
  const text =
    '---\nrubric: working-together-for-student-success\n---\n\n# Part 1. Overview Questions\n\nOne two three.\n\n## ' +
    'Part 2. Work Examples\n\nFour five.\n';
  const analysis = analyze(text, { registry });
  const words = (id: string) => analysis.sections.find((s) => s.id === id)!.words;
  assert.equal(words('part-1'), 3);
  assert.equal(words('part-2'), 2);
});

test('NUL and lone surrogates in front matter: the error is placed inside the front matter', () => {
  const text = '---\n\udfff\nrubric: &a x\n\u0000 nul\n---\n';
  const [diagnostic] = analyze(text, { registry }).diagnostics;
  assert.equal(diagnostic.code, 'invalid-front-matter');
  assert.deepEqual(diagnostic.range.start, { line: 1, character: 0 });
});
