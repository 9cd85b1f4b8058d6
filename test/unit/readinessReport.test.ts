import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, exportReadinessReport, loadRubricText, RubricRegistry } from '../../server/src/core';
import { check } from './helpers';

/** Each section of the report as a line: its id, classes, status, readiness, count and problems' lines. */
function structure(html: string): string[] {
  return [...html.matchAll(/<section class="([^"]*)" id="section-([^"]+)">([\s\S]*?)<\/section>/g)].map(
    ([, classes, id, body]) => {
      const status = /class="status status-(\w+)"/.exec(body)![1];
      const readiness = /class="readiness">([^<]+)</.exec(body)![1];
      const count = /class="count-text">([^<]+)</.exec(body)![1];
      const lines = [...body.matchAll(/class="line">line (\d+)</g)].map((m) => m[1]);
      return `${id} [${classes}] ${status} ${readiness} "${count}" lines ${lines.join(',') || '-'}`;
    },
  );
}

test('the report of problems.md: every section with its count, status, readiness and problems by line', () => {
  const text = readFileSync(join(__dirname, '../../examples/problems.md'), 'utf8');
  const analysis = check(text);
  const html = exportReadinessReport(analysis, { file: 'problems.md' });
  // Sections without a word limit show their count as the core measures it (words.test.ts holds the rule).
  const words = (id: string) => analysis.sections.find((s) => s.id === id)!.words;
  assert.deepEqual(structure(html), [
    'part-1 [part depth-0 tone-warning] under not ready "238 / 350–450 words — 112 short" lines 29',
    `part-2 [part depth-0 tone-ok] ok not ready "${words('part-2')} words · 3 photos" lines -`,
    `artifact-1 [part depth-1 tone-warning] ok not ready "${words('artifact-1')} words · 4 / 5 stakeholders" lines 43`,
    'artifact-2 [part depth-1 tone-error] over not ready "342 / 200–300 words — 42 over" lines 72',
    `artifact-3 [part depth-1 tone-warning] ok not ready "${words('artifact-3')} words · 3 photos" lines 80,82`,
    'part-3 [part depth-0 tone-error] missing not ready "missing" lines 2',
  ]);
  assert.match(html, /0 of 6 sections ready · 2 errors · 4 warnings/);
  // The e-mail address names no section: it is listed once, under the section it lies in (Artifact 3).
  assert.equal(html.match(/identifying-information/g)?.length, 1);
  assert.doesNotMatch(html, /The whole document/);
  assert.match(
    html,
    /id="section-artifact-3">(?:(?!<\/section>)[\s\S])*line 82<\/span> <span class="severity">warning<\/span> An/,
  );
  // Each status is labelled as words, never as a verdict on the section.
  assert.match(html, /<span class="status status-ok">words ok<\/span>/);
  assert.match(html, /<span class="status status-over">words over the limit<\/span>/);
  assert.doesNotMatch(html, /<span class="status status-ok">ok<\/span>/);
  // What the rubric asks, each marked from the same checks as the diagnostics: Artifact 1 lists 4 of 5.
  assert.match(html, /<li class="unmet"><span class="mark">✗<\/span> at least 5 stakeholders \(4 listed\)/);
  assert.match(html, /<li class="met"><span class="mark">✓<\/span> 3 points \(3 found\)/);
  assert.match(html, /To pass<\/h2>/);
});

test('the report is self-contained: no script, nothing fetched, no link', () => {
  const text = readFileSync(join(__dirname, '../../examples/working-together-for-student-success.md'), 'utf8');
  const html = exportReadinessReport(check(text), { file: 'draft.md' });
  assert.doesNotMatch(html, /<script|<link|<img|<iframe|src=|href=|@import|url\(/i);
  assert.match(html, /<style>[\s\S]+<\/style>/);
});

test('text from a rubric file or a submission is escaped, never markup', () => {
  const registry = new RubricRegistry();
  const loaded = loadRubricText(
    [
      'id: hostile',
      'title: "<script>alert(1)</script> & Co"',
      'kind: framework',
      'source: "<img src=x onerror=alert(2)>"',
      'description: d',
      'passing: "Pass <b>bold</b>"',
      'sections:',
      '  - id: part-1',
      '    title: "Part 1 <iframe src=//evil>"',
      '    aliases: ["Part 1"]',
      '    words: { max: 3, limit: hard }',
    ].join('\n'),
  );
  assert.ok(loaded.rubric, JSON.stringify(loaded.problems));
  registry.add(loaded.rubric, 'hostile.rubric.yaml');
  const text = '---\nrubric: hostile\n---\n\n## Part 1\n\nOne two three four <span onclick="x()">five</span>.\n';
  const analysis = analyze(text, { registry });
  const html = exportReadinessReport(analysis, { file: '<draft>.md' });
  assert.doesNotMatch(html, /<script|<img|<iframe|<b>|<span onclick|<draft>/);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; Co/);
  assert.match(html, /Part 1 &lt;iframe src=\/\/evil&gt;/);
  assert.match(html, /Pass &lt;b&gt;bold&lt;\/b&gt;/);
  assert.match(html, /&lt;draft&gt;\.md/);
});
