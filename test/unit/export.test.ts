import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countWords, exportDocx, exportPlainText, sectionPlainText, type Analysis } from '../../server/src/core';
import { readDocx } from './docxReader';
import { assertWellFormedDocx } from '../helpers/docxPackage';
import { check } from './helpers';

const EXAMPLES = join(__dirname, '../../examples');
const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.md'));

/** The words Word shows for each found section: its blocks from its heading up to the heading that ends it. */
function wordCountsByHeading(analysis: Analysis, blocks: { level: number; text: string }[]): Map<string, number> {
  const headingAt: number[] = [];
  blocks.forEach((block, i) => {
    if (block.level > 0) headingAt.push(i);
  });
  const counts = new Map<string, number>();
  for (const section of analysis.sections) {
    if (!section.heading) continue;
    const first = headingAt[section.heading.index];
    const endHeading = analysis.outline.find((h) => h.start >= section.end);
    const last = endHeading ? headingAt[endHeading.index] : blocks.length;
    const words = blocks.slice(first + 1, last).reduce((n, b) => n + (b.level > 0 ? 0 : countWords(b.text)), 0);
    counts.set(section.id, words);
  }
  return counts;
}

for (const name of examples) {
  test(`${name} in Word: the same headings in order, and each section's count is the checker's`, async () => {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    const analysis = check(text);
    const { bytes } = await exportDocx(analysis, { readImage: async () => null });
    const docx = await readDocx(bytes);
    assert.deepEqual(docx.messages, []);
    assert.deepEqual(
      docx.blocks.filter((b) => b.level > 0).map((b) => `${b.level} ${b.text}`),
      analysis.outline.map((h) => `${h.depth} ${h.text}`),
    );
    const counts = wordCountsByHeading(analysis, docx.blocks);
    for (const section of analysis.sections.filter((s) => s.heading))
      assert.equal(counts.get(section.id), section.words, `${section.id} in ${name}`);
    assert.doesNotMatch(docx.html, /rubric:|<!--|-->/);
  });
}

test('no guiding question, front matter or comment reaches the Word document', async () => {
  const text = readFileSync(join(EXAMPLES, 'working-together-for-student-success.md'), 'utf8');
  const docx = await readDocx((await exportDocx(check(text))).bytes);
  assert.doesNotMatch(docx.html, /Name at least two ideas/);
  assert.doesNotMatch(docx.html, /working-together-for-student-success/);
});

const SUBMISSION = (body: string) =>
  ['---', 'rubric: working-together-for-student-success', '---', '', '## Part 3 Reflection', '', body, ''].join('\n');

test("Markdown's marks become Word's: emphasis, strikethrough, lists, tables, links and headings", async () => {
  const text = SUBMISSION(
    [
      'Some **bold**, _italic_ and ~~struck~~ words, `code`, and [a link](https://example.org/a).',
      '',
      '#### A subheading',
      '',
      '1. First',
      '2. Second',
      '   - nested',
      '',
      '- [x] Done',
      '',
      '| Who | Why |',
      '| --- | --- |',
      '| Parents | a voice |',
      '',
      '> A quoted line.',
    ].join('\n'),
  );
  const { html } = await readDocx((await exportDocx(check(text))).bytes);
  assert.match(html, /<strong>bold<\/strong>/);
  assert.match(html, /<em>italic<\/em>/);
  assert.match(html, /<s>struck<\/s>/);
  assert.match(html, /<a href="https:\/\/example.org\/a">a link<\/a>/);
  assert.match(html, /<h2>Part 3 Reflection<\/h2>/);
  assert.match(html, /<h4>A subheading<\/h4>/);
  assert.match(html, /<ol><li>First<\/li><li>Second<ul><li>nested<\/li><\/ul><\/li><\/ol>/);
  assert.match(
    html,
    /<table><thead><tr><th><p><strong>Who<\/strong><\/p><\/th>.*<\/thead><tbody><tr><td><p>Parents<\/p><\/td>/,
  );
  assert.match(html, /<p>A quoted line.<\/p>/);
  assert.match(html, /<li>Done<\/li>/);
});

test('footnotes become Word footnotes, and the words of the whole document stay the checker’s', async () => {
  const text = SUBMISSION('A claim that needs a source.[^1] And more.\n\n[^1]: The district report, page 4.');
  const analysis = check(text);
  const docx = await readDocx((await exportDocx(analysis)).bytes);
  assert.match(docx.html, /<li id="footnote-1"><p>The district report, page 4\./);
  const words = docx.blocks.reduce((n, b) => n + (b.level > 0 ? 0 : countWords(b.text)), 0);
  assert.equal(words, analysis.sections.find((s) => s.id === 'part-3')!.words);
});

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('a local image is embedded with its alt text; a missing one is a warning, not a failure', async () => {
  const text = SUBMISSION(
    '![Parents at the math night](photos/math%20night.png) Families playing.\n\n![Gone](photos/gone.jpg) Lost.',
  );
  const asked: string[] = [];
  const result = await exportDocx(check(text), {
    readImage: async (path) => {
      asked.push(path);
      return path === 'photos/math night.png' ? new Uint8Array(PNG) : null;
    },
  });
  assert.deepEqual(asked, ['photos/math night.png', 'photos/gone.jpg']);
  assert.ok(Buffer.from(result.bytes).includes('word/media/'), 'the package holds the image');
  const { html } = await readDocx(result.bytes);
  assert.match(html, /<img alt="Parents at the math night" src="data:image\/png;base64,/);
  assert.deepEqual(result.warnings, [
    { line: 9, message: 'the image photos/gone.jpg was not found, so it is left out' },
  ]);
});

test('a remote image becomes a link; a code block is left out with a warning', async () => {
  const text = SUBMISSION('![Poster](https://example.org/poster.png) Our poster.\n\n```\nnot counted\n```');
  const result = await exportDocx(check(text), { readImage: async () => assert.fail('nothing local to read') });
  const { html } = await readDocx(result.bytes);
  assert.match(html, /<a href="https:\/\/example.org\/poster.png">Poster<\/a> Our poster./);
  assert.doesNotMatch(html, /not counted/);
  assert.deepEqual(
    result.warnings.map((w) => w.line),
    [7, 9],
  );
});

test('plain text: each section under its title, with the text copy-as-plain-text gives', () => {
  const text = readFileSync(join(EXAMPLES, 'working-together-for-student-success.md'), 'utf8');
  const analysis = check(text);
  const exported = exportPlainText(analysis);
  for (const id of ['artifact-1', 'artifact-2', 'artifact-3', 'part-3']) {
    const copied = sectionPlainText(analysis, id)!;
    assert.ok(
      exported.includes(`${copied.title}\n${'-='[+(id === 'part-3')].repeat(copied.title.length)}\n\n${copied.text}\n`),
      id,
    );
  }
  // Part 2 holds only its own words: its artifacts are not pasted twice.
  const part2 = exported.slice(exported.indexOf('Part 2.'), exported.indexOf('Artifact 1'));
  assert.doesNotMatch(part2, /stakeholder/i);
  assert.doesNotMatch(exported, /<!--|rubric:/);
});

test('a line too costly to read as Markdown is plain text in Word and in plain text, counted as checked', async () => {
  const run = `${'*'.repeat(2000)}storm${'*'.repeat(2000)}`;
  const text = SUBMISSION(`A first paragraph of words.\n\n${run}\n\nA *last* paragraph.`);
  const analysis = check(text);
  assert.ok(analysis.diagnostics.some((d) => d.code === 'too-complex-markdown'));
  const docx = await readDocx((await exportDocx(analysis)).bytes);
  assert.ok(
    docx.blocks.some((b) => b.text === run),
    'the line as written, not as emphasis',
  );
  assert.equal(
    wordCountsByHeading(analysis, docx.blocks).get('part-3'),
    analysis.sections.find((s) => s.id === 'part-3')!.words,
  );
  assert.match(exportPlainText(analysis), new RegExp(`\\n${run.replace(/\*/g, '\\*')}\\n`));
});

test('a reference defined in another section reads in Word and in plain text as in the whole document', async () => {
  const text = SUBMISSION(
    'We followed [the district plan][plan] closely.\n\n## Part 1 Readiness\n\n[plan]: https://example.org/plan',
  );
  const analysis = check(text);
  assert.equal(sectionPlainText(analysis, 'part-3')!.text, 'We followed the district plan closely.');
  const docx = await readDocx((await exportDocx(analysis)).bytes);
  assert.ok(docx.blocks.some((b) => b.text === 'We followed the district plan closely.'));
});

test('characters XML 1.0 forbids never reach the Word file: every part of it is well-formed XML', async () => {
  const forbidden = '\uFFFE\uFFFF\u0001\u001b\uD800\u0008';
  // A link's destination holds no ASCII controls, so only the others reach one.
  const inUrl = '\uFFFE\uFFFF\uD800';
  const text = SUBMISSION(
    [
      `Words${forbidden} in text, **bold${forbidden}**, \`code${forbidden}\` and ` +
        `[a link${forbidden}](https://example.org/a${inUrl}b).`,
      '',
      `A [relative link](notes${inUrl}.md) and a note.[^1] ![alt${forbidden}](https://example.org/p${inUrl}.png)`,
      '',
      `| Who${forbidden} |`,
      '| --- |',
      `| Parents${forbidden} |`,
      '',
      `[^1]: A footnote${forbidden}.`,
    ].join('\n'),
  );
  const analysis = check(text);
  const { bytes } = await exportDocx(analysis);
  assert.doesNotThrow(() => assertWellFormedDocx(bytes));
  const docx = await readDocx(bytes);
  assert.ok(docx.blocks.some((b) => b.text === 'Words in text, bold, code and a link.'));
  assert.match(docx.html, /<a href="https:\/\/example.org\/ab">a link<\/a>/);
  assert.match(docx.html, /<li id="footnote-1"><p>A footnote\./);
});

test('a <br>, vertical tab, form feed or left-out image keeps words apart in Word and in plain text', async () => {
  const text = SUBMISSION(
    'Parents<br>Guardians and Teachers<br/>Aides, Nurses\vCounselors, Coaches\fTutors, ' +
      'Families![](gone.png)Mentors.',
  );
  const analysis = check(text);
  const words = analysis.sections.find((s) => s.id === 'part-3')!.words;
  assert.equal(words, 11);
  const docx = await readDocx((await exportDocx(analysis, { readImage: async () => null })).bytes);
  assert.equal(wordCountsByHeading(analysis, docx.blocks).get('part-3'), words);
  assert.doesNotMatch(docx.html, /ParentsGuardians|TeachersAides|NursesCounselors|CoachesTutors|FamiliesMentors/);
  const plain = sectionPlainText(analysis, 'part-3')!.text;
  assert.equal(countWords(plain), words);
  assert.doesNotMatch(plain, /[\v\f]/);
  assert.equal(countWords(exportPlainText(analysis).split('\n\n').slice(-1)[0]), words);
});

/** A PNG's signature and header, claiming `width` × `height` pixels, padded to `bytes`. */
function pngClaiming(width: number, height: number, bytes = 64): Uint8Array {
  const png = Buffer.alloc(bytes);
  PNG.copy(png, 0, 0, 16);
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  PNG.copy(png, 24, 24, PNG.length);
  return new Uint8Array(png);
}

test('each image is read once however spelled, within a total per export and a size Word holds', async () => {
  const spellings = ['big.png', './big.png', 'photos/../big.png', '%62ig.png', './/big.png', 'file:big.png'];
  const others = ['a.png', 'b.png', 'c.png', 'd.png', 'e.png'];
  const text = SUBMISSION(
    [...spellings, ...others, 'huge.png'].map((path, i) => `![Picture ${i}](${path}) Words.`).join('\n\n'),
  );
  const asked: string[] = [];
  // Read, so counted in the total, though not embedded: no image.
  const large = new Uint8Array(30 * 1024 * 1024);
  const result = await exportDocx(check(text), {
    readImage: async (path) => {
      asked.push(path);
      return path === 'huge.png' ? pngClaiming(100_000, 100_000) : path === 'big.png' ? new Uint8Array(PNG) : large;
    },
  });
  assert.deepEqual(asked, ['big.png', 'a.png', 'b.png', 'c.png', 'd.png']);
  assert.deepEqual(
    result.warnings.map((w) => w.message),
    [
      ...['a', 'b', 'c', 'd'].map((n) => `the image ${n}.png is not a PNG, JPEG, GIF or BMP file, so it is left out`),
      'the image e.png is left out: the images before it make 120 MB, as many as one export holds',
      'the image huge.png is left out: the images before it make 120 MB, as many as one export holds',
    ],
  );
  const alone = await exportDocx(check(SUBMISSION('![Trap](huge.png) Words.')), {
    readImage: async () => pngClaiming(100_000, 100_000),
  });
  assert.deepEqual(
    alone.warnings.map((w) => w.message),
    ['the image huge.png is 100000 × 100000 pixels, larger than Word holds, so it is left out'],
  );
});

test('an image on a Windows drive or a file: URI to one is read from this computer, not made a link', async () => {
  const text = SUBMISSION('![Night](C:\\photos\\a.jpg) and ![Day](file:///D:/photos/My%20b.jpg) were taken.');
  const asked: string[] = [];
  const result = await exportDocx(check(text), {
    readImage: async (path) => {
      asked.push(path);
      return null;
    },
  });
  assert.deepEqual(asked, ['C:\\photos\\a.jpg', 'D:/photos/My b.jpg']);
  assert.doesNotMatch((await readDocx(result.bytes)).html, /<a href/);
});
