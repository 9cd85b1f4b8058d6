import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordsIn } from './helpers';

test('plain prose: words separated by spaces and punctuation', () => {
  assert.equal(wordsIn('Families came to the meeting, and they stayed late.'), 9);
});

test('a contraction is one word; a hyphenated compound is two', () => {
  assert.equal(wordsIn("We don't know."), 3);
  assert.equal(wordsIn('Student well-being matters.'), 4);
});

test('numbers are words; punctuation and symbols alone are not', () => {
  assert.equal(wordsIn('In 2021 we met 12 times — every month!'), 8);
  assert.equal(wordsIn('— … ; !'), 0);
});

test('CJK text is split into words by the segmenter, not counted as one run', () => {
  assert.equal(wordsIn('我们是学生'), 3);
});

test('emoji are not words', () => {
  assert.equal(wordsIn('Great 🎉 day 👩‍🏫'), 2);
});

test('tabs separate words like spaces', () => {
  assert.equal(wordsIn('one\ttwo\tthree'), 3);
});

test('CRLF line endings count the same as LF', () => {
  const body = 'First line of text.\nSecond line here.\n\nA new paragraph.';
  assert.equal(wordsIn(body.replace(/\n/g, '\r\n'), '\r\n'), wordsIn(body));
  assert.equal(wordsIn(body), 10);
});

test('footnote markers are not words; footnote text is', () => {
  assert.equal(wordsIn('A claim.[^1]\n\n[^1]: Source text here.'), 5);
});

test('table cells are counted, header included; the delimiter row is not', () => {
  assert.equal(wordsIn('| Who | Why |\n| --- | --- |\n| The principal | approves budgets |'), 6);
});

test('inline code is counted as words', () => {
  assert.equal(wordsIn('Run `npm test` before you submit.'), 6);
});

test('a bare URL or e-mail autolink is one word; a link counts its text, not its URL', () => {
  assert.equal(wordsIn('See https://example.org/family-night/agenda for more.'), 4);
  assert.equal(wordsIn('See <https://example.org/a-b-c> now.'), 3);
  assert.equal(wordsIn('Read [the family guide](https://example.org/guide) first.'), 5);
});

test('HTML comments (guiding questions) are not counted', () => {
  assert.equal(wordsIn('<!-- What went well? What would you change? -->\n\nIt went well.'), 3);
  assert.equal(wordsIn('It went <!-- inline note --> well.'), 3);
});

test('code blocks are not counted, fenced or indented', () => {
  assert.equal(wordsIn('Before.\n\n```\nlots of code words here\n```\n\nAfter.'), 2);
  assert.equal(wordsIn('Before.\n\n    indented code words\n\nAfter.'), 2);
});

test('image alt text is not counted; a caption beside the image is', () => {
  assert.equal(wordsIn('![Five parents at the table](photo.jpg)'), 0);
  assert.equal(wordsIn('![Five parents at the table](photo.jpg) Family night.'), 2);
});

test('headings are not counted, not even subheadings inside a section', () => {
  assert.equal(wordsIn('Intro words here.\n\n### What went well\n\nThree more words.'), 6);
});

test('emphasis, strikethrough and block quotes count their words', () => {
  assert.equal(wordsIn('**Bold** and _italic_ and ~~struck~~.\n\n> Quoted words here.'), 8);
});

test('front matter is not counted', () => {
  const text = '---\nrubric: working-together-for-student-success\ntitle: Many words in the title\n---\n\n## Part 3 Reflection\n\nOnly four words here.\n';
  const { check } = require('./helpers') as typeof import('./helpers');
  assert.equal(check(text).sections.find((s) => s.id === 'part-3')!.words, 4);
});

test('property: the fast path for plain text finds exactly the words Intl.Segmenter finds', async () => {
  const fc = (await import('fast-check')).default;
  const { forEachWord, segmentWords } = await import('../../server/src/core/words');
  const { runs } = await import('../fuzzScale');
  const pool = [...'aZ09_ \t\n.,;:\'’‘"“”—–…-!?@#$%&*()[]{}<>/\\|+=~^`', '\u00a0', 'don', 'U.S.', '1,000', 'e.g.'];
  const words = (text: string, find: typeof forEachWord) => {
    const found: [number, number][] = [];
    find(text, (s, e) => found.push([s, e]));
    return found;
  };
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(words(text, forEachWord), words(text, segmentWords), JSON.stringify(text));
    }),
    { numRuns: runs(3000) },
  );
});
