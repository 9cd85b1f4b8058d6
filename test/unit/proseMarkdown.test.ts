import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { runs } from '../fuzzScale';
import { parseMarkdown } from '../../server/src/core/document/parse';
import { parseProseMarkdown } from '../../server/src/core/document/proseMarkdown';
import { splitBlocks } from '../../server/src/core/document/documentModel';
import { generateSubmission } from '../../bench/generate';

/** remark-parse's tree, with every GFM part: the reference the prose reader must equal. */
const reference = (text: string) => parseMarkdown(text, true);

/** Asserts the prose reader reads `text` (when `read`), and that whenever it reads it, it gives remark-parse's tree. */
function assertReads(text: string, read = true) {
  const prose = parseProseMarkdown(text);
  if (read) assert.notEqual(prose, null, `the prose reader should read ${JSON.stringify(text)}`);
  if (prose) assert.deepEqual(prose, reference(text), `text: ${JSON.stringify(text)}`);
}

test('prose reads as remark-parse reads it: headings, paragraphs, comments, lists, links, emphasis, notes', () => {
  assertReads('');
  assertReads('## Part 1. Overview  \n\nSome words, and more.\nA second line.\n');
  assertReads('---\nrubric: working-together\n---\n\n# Title\n');
  assertReads('---\n---\n');
  assertReads('<!-- 1. Name two ideas. -->\n<!-- 2. Name two areas. -->\n\nText\n<!-- a\n\nb --> after\nnext\n');
  assertReads('- **The principal.** Leads the plan.\n  - At first, she asked.\n- Two: the *council*.\n\nAfter.\n');
  assertReads('1. One\n2. Two\n   1. Nested\n\n* Other list\n');
  assertReads('- Loose\n  - nested\n\n- items\n\n\n- of one list\n\nAfter.\n');
  assertReads(
    '| Date | Stakeholder | Next step |\n| --- | :-: | --: |\n| Week 2 | **Families** | a [call](x.md) |\n| 3 |\n',
  );
  assertReads('Date | Who\n:-- | --\nWeek 2 | the council |\n\nAfter the table.\n');
  // Each item's content starts after its own marker, however many digits it has.
  assertReads('9. Nine\n10. Ten\n    - Nested\n11. Eleven\n');
  assertReads('10. Ten\n9. Nine\n   - Nested\n8. Eight\n');
  assertReads('9. Nine\n\n10. Ten, loose\n');
  assertReads('A paragraph\n- that a list interrupts\n# and a heading\n');
  assertReads('See [the notes](notes/meeting.md) and ![A vote](photos/vote.jpg) with `budget-2024.xlsx`.\n');
  assertReads('Said, “**yes**”—then *¿por qué?* and **educación** (3:20).\n');
  assertReads('A claim[^1] and another[^Note-2].\n\n[^1]: The source.\n\n[^note-2]: Another.\n');
  assertReads('Three areas[^1]: budget, staff and time.\n\n[^1]: As the plan names them.\n');
  assertReads('[Presentation](media/presentation.mp4) (3:20)\n\nPoint 1 begins at 0:35.\n');
  assertReads('``a ` b`` and ` c ` and **a [link *in* it](x) here**.\n');
});

test('what the prose reader leaves to remark-parse still parses as remark-parse parses it', () => {
  for (const text of [
    'a  \nb',
    'a\\\nb',
    'a\n===\n',
    'a\n---\n',
    '- a\n\n- b\n\n  c\n',
    '- a\n\n  - x\n- b\n',
    '- a\nlazy\n',
    '- a\n   - b\n',
    '> quote\n',
    '```\ncode\n```\n',
    '    indented\n',
    'a | b\n--|--\n1 | 2\n',
    '| a | b |\n| - |\n| 1 | 2 |\n',
    '| a | |\n| - | - |\n',
    '| `a|b` | c |\n| - | - |\n',
    '| a |\n| - |\nlazy row\n',
    'text\n| a |\n| - |\n',
    '> |\n|:-:\n',
    '| a |\n| - |\n> b |\n',
    'a | b\n- | -\n',
    'Write to me@example.org or www.example.org.\n',
    'snake_case and _emphasis_\n',
    '[ref] and [ref]: x\n',
    'A note[^1]\n[^1]: Big note.\n',
    '<!--\n[^1]: not a definition\n-->\n\nA call[^1].\n',
    '- [^1]: a definition in an item\n\n[^1]: Another.\n',
    'A line\n[^1]: a definition that ends the paragraph\n\n[^1]: Another.\n',
    '*a **b* c**\n',
    '**a*\n',
    'a*b*c\n',
    '&amp; &#35;\n',
    'line\r\nend\r\n',
    '- [ ] task\n',
    '[^1]: n\n\n- [^1]: a note defined in an item\n',
    '2. starts at two\n',
    '1. a\n\n1. b\n',
    '# heading #\n',
    '<div>\nx\n</div>\n',
    '<!-->\nx\n',
    '\uFEFF# A file saved with a byte order mark\n',
  ]) {
    assert.deepEqual(parseMarkdown(text), reference(text), `text: ${JSON.stringify(text)}`);
  }
});

/** Pieces of prose and of the Markdown beside it, near misses included. */
const PIECES = [
  'word',
  'Two',
  'é',
  'ó',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '.',
  ',',
  ':',
  '"',
  '“',
  '—',
  '(',
  ')',
  '¿',
  '*',
  '**',
  '***',
  '_',
  '`',
  '``',
  '[',
  ']',
  '[a](b)',
  '| a ',
  '| - ',
  '|:-:',
  ' |\n',
  '[*a*](b/c.md)',
  '![alt](p.jpg)',
  '[^1]',
  '[^1]: note',
  '[^x]',
  '- ',
  '* ',
  '+ ',
  '  - ',
  '   ',
  '1. ',
  '2) ',
  '# ',
  '## ',
  '#',
  '<!-- c -->',
  '<!--',
  '-->',
  '<!---->',
  '---\n',
  '---',
  '===',
  '>',
  '|',
  '&',
  '&amp;',
  '@',
  'www.',
  'http://a.b',
  '\\',
  '~',
  '\t',
  '\r\n',
];

test('property: wherever the prose reader gives a tree, it is remark-parse’s tree', () => {
  let read = 0;
  let total = 0;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      total++;
      const prose = parseProseMarkdown(text);
      if (!prose) return;
      read++;
      assert.deepEqual(prose, reference(text), `text: ${JSON.stringify(text)}`);
    }),
    { numRuns: runs(3000) },
  );
  // The property is only worth its name if the reader reads a good share of the texts.
  assert.ok(read > total / 10, `the prose reader read ${read} of ${total} texts`);
});

test('submissions are read by the prose reader, block by block, except where remark-parse must read them', () => {
  const texts = [
    ...['', 'es'].flatMap((folder) => {
      const dir = join('examples', folder);
      return readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .map((name) => readFileSync(join(dir, name), 'utf8'));
    }),
    generateSubmission({ words: 3000, seed: 7 }).text,
  ];
  let blocks = 0;
  let read = 0;
  for (const text of texts) {
    for (const block of splitBlocks(text)) {
      blocks++;
      if (parseProseMarkdown(block.text)) read++;
      assertReads(block.text, false);
    }
  }
  // The few blocks left to remark-parse hold an e-mail address or a web address written out.
  assert.ok(read / blocks > 0.9, `the prose reader read ${read} of ${blocks} blocks`);
});
