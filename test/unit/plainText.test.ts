import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToPlainText } from '../../server/src/core';

test('Markdown marks are stripped, paragraphs kept apart by blank lines', () => {
  assert.equal(
    markdownToPlainText('Some **bold** and _italic_ words.\n\nA second\nparagraph.'),
    'Some bold and italic words.\n\nA second paragraph.',
  );
});

test("comments, images and headings' marks go; subheadings stay as lines", () => {
  assert.equal(
    markdownToPlainText('<!-- guiding question -->\n\n### Point one\n\n![alt](p.jpg) A caption.'),
    'Point one\n\nA caption.',
  );
});

test('lists keep their markers and nesting; links keep their URL', () => {
  assert.equal(
    markdownToPlainText('- The principal\n  - approves the budget\n- [Families](https://example.org/f)'),
    '- The principal\n  - approves the budget\n- Families (https://example.org/f)',
  );
  assert.equal(markdownToPlainText('1. First\n2. Second'), '1. First\n2. Second');
});

test('tables become rows with cells separated by bars; footnotes follow the text', () => {
  assert.equal(markdownToPlainText('| Who | Why |\n| --- | --- |\n| Parents | voice |'), 'Who | Why\nParents | voice');
  assert.equal(markdownToPlainText('A claim.[^1]\n\n[^1]: The source.'), 'A claim.[1]\n\n[1] The source.');
});
