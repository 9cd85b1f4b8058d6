/**
 * Every view of a submission formats the same derived facts: the CLI's text and JSON, the readiness
 * report, the checklist's data (the sections request) and the hover agree on each section's words,
 * status and readiness, and on the file's ready sections and problem counts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportReadinessReport, fileReport, type Analysis } from '../../server/src/core';
import { formatJson, formatText } from '../../server/src/cli/formatters';
import { hover } from '../../server/src/lsp/hover';
import { sectionsResult } from '../../server/src/lsp/requests';
import { check } from './helpers';

const EXAMPLES = join(__dirname, '../../examples');
const FIXTURES = join(__dirname, '../fixtures');

/** What one view says: per section (by id) its words, status and readiness; the file's counts. */
interface Said {
  sections: Map<string, { words?: number | null; status?: string; ready?: boolean; problems?: number }>;
  file: { readySections?: number; sections?: number; errors?: number; warnings?: number };
}

const said = (): Said => ({ sections: new Map(), file: {} });

function cliText(name: string, analysis: Analysis): Said {
  const out = said();
  const report = fileReport(name, analysis);
  const text = formatText([report], true);
  const rows = text.split('\n');
  const rule = rows.findIndex((row) => /^-+( {2}-+)+$/.test(row));
  // The columns, where the rule under the header puts them: Section, Words, Limit, Items, Status, Ready.
  const columns = [...rows[rule].matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  report.sections.forEach((section, i) => {
    const row = rows[rule + 1 + i].padEnd(rows[rule].length);
    const [, words, , , status, ready] = columns.map(([from, to]) => row.slice(from, to).trim());
    assert.ok(row.startsWith(section.title), `row ${i} of ${name} is ${section.title}`);
    out.sections.set(section.id, { words: words === '—' ? null : Number(words), status, ready: ready !== '' });
  });
  const line = /(\d+) of (\d+) sections? ready; (\d+) errors?, (\d+) warnings?/.exec(text);
  assert.ok(line, `the readiness line of ${name}`);
  out.file = { readySections: +line[1], sections: +line[2], errors: +line[3], warnings: +line[4] };
  return out;
}

function cliJson(name: string, analysis: Analysis): Said {
  const out = said();
  const [file] = JSON.parse(formatJson([fileReport(name, analysis)])).files;
  for (const s of file.sections) out.sections.set(s.id, { words: s.words, status: s.status, ready: s.ready });
  const severities = file.diagnostics.map((d: { severity: string }) => d.severity);
  out.file = {
    readySections: file.sections.filter((s: { ready: boolean }) => s.ready).length,
    errors: severities.filter((s: string) => s === 'error').length,
    warnings: severities.filter((s: string) => s === 'warning').length,
  };
  return out;
}

function report(name: string, analysis: Analysis): Said {
  const out = said();
  const html = exportReadinessReport(analysis, { file: name });
  for (const [, id, body] of html.matchAll(/<section class="part[^"]*" id="section-([^"]+)">([\s\S]*?)<\/section>/g)) {
    const count = /class="count-text">([^<]+)</.exec(body)![1];
    const verdict = /class="readiness">([^<]+)</.exec(body)![1];
    const status = /class="status status-(\w+)"/.exec(body)![1];
    out.sections.set(id, {
      words: count === 'missing' ? null : wordsOf(count),
      status,
      ready: verdict.startsWith('ready'),
      problems: [...body.matchAll(/<li class="(error|warning)">/g)].length,
    });
  }
  const summary = /(\d+) of (\d+) sections ready · (\d+) errors? · (\d+) warnings?/.exec(html);
  assert.ok(summary, `the report's summary of ${name}`);
  out.file = { readySections: +summary[1], sections: +summary[2], errors: +summary[3], warnings: +summary[4] };
  return out;
}

function checklist(analysis: Analysis): Said {
  const out = said();
  const result = sectionsResult('file:///s.md', 1, analysis);
  for (const s of result.sections)
    out.sections.set(s.id, { words: s.words, status: s.status, ready: s.ready, problems: s.errors + s.warnings });
  const { readySections, sections, errors, warnings } = result.readiness;
  assert.deepEqual([result.errors, result.warnings], [errors, warnings]);
  out.file = { readySections, sections, errors, warnings };
  return out;
}

/** The hover of each found heading: "*Now:* 212 / 350–450 words · ready". */
function hovers(analysis: Analysis): Said {
  const out = said();
  for (const section of analysis.sections) {
    if (!section.heading) continue;
    const line = analysis.blockIndex.position(section.heading.start).line;
    const value = (hover(analysis, { line, character: 0 })!.contents as { value: string }).value;
    const now = /\*Now:\* (.*)/.exec(value)![1];
    const ready = now.endsWith('not ready yet') ? false : /· ready[^·]*$/.test(now);
    const words = section.judgedByRecording ? section.words : wordsOf(now);
    out.sections.set(section.id, { words, ready });
  }
  return out;
}

/** The word count at the start of a count line: "212 / 350–450 words", "503 words · 3 photos". */
function wordsOf(count: string): number | null {
  const match = /^(\d+)(?: \/ [^ ]+)? words?\b/.exec(count);
  return match ? Number(match[1]) : null;
}

/** Each view agrees with the core's own facts wherever it says something. */
function assertAgree(name: string, analysis: Analysis, views: Record<string, Said>): void {
  const summary = fileReport(name, analysis).readiness;
  for (const [view, { sections, file }] of Object.entries(views)) {
    for (const [key, value] of Object.entries(file))
      assert.equal(value, summary[key as keyof typeof summary], `${view} of ${name}: ${key}`);
    for (const state of analysis.states) {
      const shown = sections.get(state.id);
      if (!shown) {
        assert.ok(view === 'hover' && !state.found, `${view} of ${name} shows ${state.id}`);
        continue;
      }
      const judged = analysis.sections[analysis.states.indexOf(state)].judgedByRecording;
      if (shown.words !== undefined && !(judged && view === 'report'))
        assert.equal(shown.words, state.found ? state.words : null, `${view} of ${name}: words of ${state.id}`);
      if (shown.status !== undefined) assert.equal(shown.status, state.status, `${view} of ${name}: ${state.id}`);
      assert.equal(shown.ready, state.ready, `${view} of ${name}: readiness of ${state.id}`);
      if (shown.problems !== undefined && state.found)
        assert.equal(shown.problems, state.errors + state.warnings, `${view} of ${name}: problems of ${state.id}`);
    }
  }
}

function submissions(): [string, string][] {
  const read = (dir: string, name: string): [string, string] => [name, readFileSync(join(dir, name), 'utf8')];
  const examples = readdirSync(EXAMPLES)
    .filter((name) => name.endsWith('.md'))
    .map((name) => read(EXAMPLES, name));
  const fixtures = ['evidence-gaps.md', 'no-video.md'].map((name) => read(FIXTURES, name));
  // The district example without its optional first section: optional and unwritten, it is not counted.
  const district = examples.find(([name]) => name === 'district-stakeholder-engagement.md')![1];
  const withoutFirst = district.replace(/## Meaningful partnerships[\s\S]*?(?=\n## )/, '');
  assert.notEqual(withoutFirst, district);
  return [...examples, ...fixtures, ['district-without-its-first-section.md', withoutFirst]];
}

for (const [name, text] of submissions()) {
  test(`every view agrees on ${name}: words, status and readiness of each section, and the file's counts`, () => {
    const analysis = check(text);
    assert.ok(analysis.rubric, `${name} names a rubric`);
    assertAgree(name, analysis, {
      'CLI text': cliText(name, analysis),
      'CLI JSON': cliJson(name, analysis),
      report: report(name, analysis),
      checklist: checklist(analysis),
      hover: hovers(analysis),
    });
  });
}

test('the district example without its optional first section is "5 of 5 sections ready" in every view', () => {
  const [, text] = submissions().find(([name]) => name === 'district-without-its-first-section.md')!;
  const analysis = check(text);
  const first = analysis.states[0];
  assert.equal(first.found, false);
  assert.equal(first.required, false);
  assert.match(formatText([fileReport('d.md', analysis)], false), /5 of 5 sections ready/);
  assert.match(exportReadinessReport(analysis, { file: 'd.md' }), /5 of 5 sections ready/);
});
