/**
 * Guidance comments are written in one place and cannot be broken out of: a rubric line holding
 * `-->` stays inside its comment in the template, the inserted section and the snippet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyze,
  generateSnippets,
  insertionFor,
  RubricRegistry,
  renderTemplate,
  rubricMarkdown,
  type Rubric,
} from '../../server/src/core';
import type { Node } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const hostile: Rubric = {
  id: 'hostile-guidance',
  title: 'Hostile guidance',
  kind: 'framework',
  source: 'test',
  description: 'Rubric strings that try to close the comment.',
  sections: [
    { id: 'one-line', title: 'One line', prompt: 'one line --> <b>x</b>' },
    {
      id: 'many-lines',
      title: 'Many lines',
      prompt: 'first --> shown?',
      questions: ['second -- > also', 'third --->'],
    },
  ],
};

/**
 * What is left once every HTML comment is taken out, the way a browser reads it (a comment ends at
 * its first `-->`).
 */
const visibleText = (markdown: string) => markdown.replace(/<!--[\s\S]*?-->/g, ' ');

test('the template keeps every guidance line inside its comment', () => {
  const template = renderTemplate(hostile);
  assert.doesNotMatch(visibleText(template), /<b>|shown|also|-->/);
  assert.match(template, /one line – <b>x<\/b>/);
});

test('Insert Section (the quick fix) keeps a one-line prompt with --> inside its comment', () => {
  const registry = new RubricRegistry();
  registry.add(hostile, 'test');
  const text = '---\nrubric: hostile-guidance\n---\n\n## Many lines\n\nText.\n';
  const analysis = analyze(text, { registry });
  const insertion = insertionFor(text, analysis, 'one-line')!;
  assert.equal(insertion.text.match(/<!--/g)?.length, 1);
  assert.equal(visibleText(insertion.text).trim(), '## One line', 'only the heading is visible');
});

test('snippets keep guidance inside the comment too', () => {
  const snippets = generateSnippets([hostile]);
  for (const snippet of Object.values(snippets)) {
    const body = snippet.body.join('\n').replace(/\$\{\d+(:[^}]*)?\}/g, '');
    assert.doesNotMatch(visibleText(body), /<b>|shown|also|-->/, snippet.prefix);
  }
});

const htmlInRubric: Rubric = {
  id: 'html-in-rubric',
  title: 'Two\nHeadings <img src=x onerror=alert(1)>',
  kind: 'framework',
  source: 'test </script>',
  description: 'A [link](javascript:alert(1)) and *emphasis*\n# not a heading\n1. not a list',
  sections: [
    {
      id: 'part',
      title: 'Part <script>alert(1)</script>',
      prompt: '<iframe src="https://example.com"></iframe> & more',
      criteria: [{ level: 'Proficient | x', text: '<b>bold</b>' }],
    },
  ],
};

test('a rubric title holding a line break is one heading in the template', () => {
  const template = renderTemplate(htmlInRubric);
  assert.equal(template.split('\n').filter((line) => line.startsWith('# ')).length, 1);
  assert.match(template, /^# Two Headings/m);
});

test('Show Rubric and hover show rubric text as text: no HTML, links or headings from a rubric file', () => {
  const markdown = rubricMarkdown(htmlInRubric);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const kinds = new Set<string>();
  const texts: string[] = [];
  const stack: Node[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Node & { children?: Node[]; value?: string; url?: string };
    // A bare web address may still show as a link (GFM does that to text); no other link can be made.
    if (node.type === 'link' && /^https?:\/\//.test(node.url ?? '')) continue;
    kinds.add(node.type);
    if (node.type === 'text' && node.value) texts.push(node.value);
    stack.push(...(node.children ?? []));
  }
  for (const kind of ['html', 'link', 'list']) assert.ok(!kinds.has(kind), `${kind} in ${markdown}`);
  const shown = texts.join(' ');
  for (const text of [
    '<img src=x onerror=alert(1)>',
    '</script>',
    '*emphasis*',
    '[link](javascript:alert(1))',
    '# not a heading',
  ])
    assert.ok(shown.includes(text), `${text} not shown as text in: ${shown}`);
  const headings = tree.children.filter((node) => node.type === 'heading');
  assert.deepEqual(
    headings.map((h) => toString(h)),
    ['Two Headings <img src=x onerror=alert(1)>', 'Part <script>alert(1)</script>'],
  );
});
