/**
 * The word rule of the spec ("Counting words"): the word processor's rule. Each example of the
 * spec's table, and each thing the rule counts or leaves out, is one assertion, through the whole
 * pipeline (a section's count), so what is tested is what a writer sees.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, countWords, renderTemplate, RubricRegistry } from '../../server/src/core';
import { check, wordsIn } from './helpers';

describe("the spec's word table", () => {
  const table: [string, number][] = [
    ["well-being don't e.g. 3.5 K-12 and/or word—word", 7],
    ['Grades 6–8 — a one-to-one program', 5],
    ['100% of 24/7 $2,000 #1', 5],
    ['🎉 Great news ✅', 2],
    ['日本語のテキスト', 8],
    ['ESSA法案 review', 4],
    ['Visit https://www.ed.gov/essa?src=home today.', 3],
    ['- [x] Parents', 1],
  ];
  for (const [text, words] of table) {
    test(`${JSON.stringify(text)} is ${words} words`, () => assert.equal(wordsIn(text), words));
  }
});

describe('a word is a run of non-whitespace holding a letter or digit', () => {
  test('punctuation inside a run keeps it one word', () => assert.equal(wordsIn('grade-level K-5 3-5 35-minute'), 4));
  test('a run of only punctuation or symbols is no word', () => assert.equal(wordsIn('— … ; ! & * ->'), 0));
  test('punctuation attached to a word is part of it', () => assert.equal(wordsIn('"Yes," she said (twice).'), 4));
  test('tabs, no-break spaces and ideographic spaces separate words', () =>
    assert.equal(wordsIn('one\ttwo\u00a0three\u3000four'), 4));
  test('Hangul is written with spaces and counted by runs', () => assert.equal(wordsIn('학부모 회의'), 2));
  test('Han characters between Latin letters: each a word, the letters too', () =>
    assert.equal(wordsIn('K12教育plan'), 4));
  test('East Asian punctuation is no word', () => assert.equal(wordsIn('学校。'), 2));
  test('countWords is the same rule on plain text', () => assert.equal(countWords("well-being isn't 2,000 — ok"), 4));
});

describe('Spanish, as a word processor counts it', () => {
  const table: [string, number][] = [
    ['¿Qué?', 1],
    ['educación', 1],
    ['p. ej.', 2],
    ['¡Bienvenidos a la reunión de familias!', 6],
    ['«Aprender juntos» — año escolar 2025-2026', 5],
    ['La niña, el señor Núñez y sus pingüinos', 8],
  ];
  for (const [text, words] of table) {
    test(`${JSON.stringify(text)} is ${words} words`, () => assert.equal(wordsIn(text), words));
  }
  test('a decomposed accent (NFD) is one word too', () => assert.equal(wordsIn('educacio\u0301n bilingu\u0308e'), 2));
});

describe('counted', () => {
  test('paragraphs', () => assert.equal(wordsIn('One two.\n\nThree four five.'), 5));
  test('list items', () => assert.equal(wordsIn('- one two\n- three\n  - four'), 4));
  test('block quotes', () => assert.equal(wordsIn('> Quoted words here.\n> And more.'), 5));
  test('table cells, header row included; the delimiter row is not', () =>
    assert.equal(wordsIn('| Who | Why |\n| --- | --- |\n| The principal | approves budgets |'), 6));
  test('table cells are read one by one: neighbouring cells do not join', () =>
    assert.equal(wordsIn('| a | b |\n| - | - |\n| c | d |'), 4));
  test('footnote text (the marker is not a word)', () =>
    assert.equal(wordsIn('A claim.[^1]\n\n[^1]: Source text here.'), 5));
  test('emphasis and strikethrough text', () => assert.equal(wordsIn('**Bold** and _italic_ and ~~struck~~.'), 5));
  test('link text', () => assert.equal(wordsIn('Read [the family guide](https://example.org/guide) first.'), 5));
  test('inline code', () => assert.equal(wordsIn('Run `npm test` before you submit.'), 6));
  test('a bare URL is one word', () =>
    assert.equal(wordsIn('See https://example.org/family-night/agenda for more.'), 4));
  test('an autolink is one word', () => assert.equal(wordsIn('See <https://example.org/a-b-c> now.'), 3));
  test('an e-mail address is one word', () => assert.equal(wordsIn('Write to office@example.org today.'), 4));
});

describe('inline markup is removed before words are found', () => {
  test('emphasis inside a word does not split it', () => assert.equal(wordsIn('a well-**known** idea'), 3));
  test('a link inside a word does not split it', () => assert.equal(wordsIn('[Ed](x)ucation matters'), 2));
  test('a code span inside a word does not split it', () => assert.equal(wordsIn('use well-`known` names'), 3));
  test('a soft line break is whitespace', () => assert.equal(wordsIn('end of one\nline and the next'), 7));
  test('a hard line break is whitespace', () => assert.equal(wordsIn('first  \nsecond\\\nthird'), 3));
  test('an inline HTML tag is removed; <br> breaks the line', () =>
    assert.equal(wordsIn('<b>well</b>-being and one<br>two'), 4));
  test('an escape is the character it escapes', () => assert.equal(wordsIn('\\*not emphasis\\* here'), 3));
});

describe('not counted', () => {
  test('headings, the section’s own and its subheadings', () =>
    assert.equal(wordsIn('Intro words here.\n\n### What went well\n\nThree more words.'), 6));
  test('front matter', () => {
    const text =
      '---\nrubric: working-together-for-student-success\ntitle: Many words in the title\n---\n\n## Part 3 ' +
      'Reflection\n\nOnly four words here.\n';
    assert.equal(check(text).sections.find((s) => s.id === 'part-3')!.words, 4);
  });
  test('HTML blocks', () => assert.equal(wordsIn('<div>\nhidden words here\n</div>\n\nShown.'), 1));
  test('HTML comments (guiding questions)', () =>
    assert.equal(wordsIn('<!-- What went well? What would you change? -->\n\nIt went well.'), 3));
  test('inline comments', () => assert.equal(wordsIn('It went <!-- inline note --> well.'), 3));
  test('fenced code blocks', () => assert.equal(wordsIn('Before.\n\n```\nlots of code words here\n```\n\nAfter.'), 2));
  test('indented code blocks', () => assert.equal(wordsIn('Before.\n\n    indented code words\n\nAfter.'), 2));
  test('image alt text and destinations', () =>
    assert.equal(wordsIn('![Five parents at the table](photos/family-night.jpg)'), 0));
  test('an image beside words leaves the words', () =>
    assert.equal(wordsIn('![Five parents at the table](photo.jpg) Family night.'), 2));
  test('link destinations', () => assert.equal(wordsIn('[Guide](https://example.org/a/b/c "A title here")'), 1));
  test('footnote markers', () => assert.equal(wordsIn('Claim[^note] here.\n\n[^note]: Ok.'), 3));
  test('task-list markers', () => assert.equal(wordsIn('- [ ] Parents\n- [x] Teachers'), 2));
  test('character references decode first: R&amp;D is one word, a lone &amp; none', () =>
    assert.equal(wordsIn('R&amp;D &amp; more'), 2));
});

test('CRLF and CR line ends count the same as LF', () => {
  const body = 'First line of text.\nSecond line here.\n\nA new paragraph.';
  assert.equal(wordsIn(body), 10);
  assert.equal(wordsIn(body.replace(/\n/g, '\r\n'), '\r\n'), 10);
  assert.equal(wordsIn(body.replace(/\n/g, '\r'), '\r'), 10);
});

test('a 300-word Part written with hyphenated words is 300 words, as a word processor counts it', () => {
  const phrases = [
    'grade-level',
    'K-5',
    '3-5',
    '35-minute',
    'well-being',
    'one-to-one',
    'follow-up',
    "parents'",
    "don't",
    '2021-2022',
  ];
  const words = Array.from({ length: 300 }, (_v, i) => phrases[i % phrases.length]);
  assert.equal(wordsIn(words.join(' ')), 300);
});

test('property: the count of plain prose is its whitespace-run count (the word processor’s)', async () => {
  const fc = (await import('fast-check')).default;
  const { runs } = await import('../fuzzScale');
  // Pieces of prose with no Markdown syntax in them: words, hyphens, apostrophes, digits, dashes.
  const word = fc.constantFrom(
    'well-being',
    "don't",
    'K-12',
    '3.5',
    'and/or',
    'word—word',
    'grade-level',
    '2,000',
    'e.g.',
    'teachers',
    'Ms',
    'café',
    'naïve',
    '100%',
    '24/7',
    '(twice)',
    '"quoted"',
  );
  const space = fc.constantFrom(' ', '  ', '\t', '\n');
  const prose = fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 80 }).map((parts) =>
    parts
      .map(([w, s]) => w + s)
      .join('')
      .trim(),
  );
  fc.assert(
    fc.property(prose, (text) => {
      assert.equal(
        wordsIn(text),
        text.split(/\s+/).filter((run) => /[\p{L}\p{N}]/u.test(run)).length,
        JSON.stringify(text),
      );
    }),
    { numRuns: runs(300) },
  );
});

describe('placeholders a template, snippet or quick fix wrote count no words until replaced', () => {
  test('a point label with nothing after it is no word; with the point written, it counts', () => {
    assert.equal(wordsIn('Point 2:'), 0);
    assert.equal(wordsIn('**Point 2.**'), 0);
    assert.equal(wordsIn('Point 2: We meet the parents.'), 6);
  });

  test('m:ss and a "Point N at m:ss" line are no words; a real time is', () => {
    assert.equal(wordsIn('(m:ss)'), 0);
    assert.equal(wordsIn('Point 1 at m:ss'), 0);
    assert.equal(wordsIn('Point 1 at 0:25'), 4);
  });

  test('a link to a bare https:// is no words; a real link counts its text', () => {
    assert.equal(wordsIn('[My presentation video](https://) (m:ss)'), 0);
    assert.equal(wordsIn('[My presentation video](https://youtu.be/abc) (3:10)'), 4);
  });

  test('a fresh template counts no words in any section', () => {
    const registry = new RubricRegistry();
    for (const { rubric } of registry.list()) {
      const analysis = analyze(renderTemplate(rubric), { registry });
      for (const state of analysis.states) assert.equal(state.words, 0, `${rubric.id} ${state.id}`);
    }
  });
});
