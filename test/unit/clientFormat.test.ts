import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checklistItems,
  insertChoices,
  languageStatus,
  shortTitle,
  readinessText,
  sectionAtLine,
  sectionsTooltip,
  statusBarText,
} from '../../client/src/format';
import { sectionsResult } from '../../server/src/lsp/requests';
import { check } from './helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const problems = readFileSync(join(__dirname, '../../examples/problems.md'), 'utf8');
const table = sectionsResult('file:///problems.md', 1, check(problems));
const lineOf = (prefix: string) => problems.split('\n').findIndex((l) => l.startsWith(prefix));

test('the status bar names the section under the cursor with its words against its limit', () => {
  const artifact2 = sectionAtLine(table, lineOf('### Artifact 2') + 3)!;
  assert.equal(statusBarText(artifact2), 'Artifact 2: 342 / 200–300 words', 'the range, as the rubric gives it');
  assert.equal(statusBarText(sectionAtLine(table, lineOf('## Part 1') + 2)!), 'Part 1: 238 / 350–450 words');
  assert.equal(statusBarText(sectionAtLine(table, lineOf('## Part 2') + 1)!), 'Part 2: 503 words');
  assert.equal(sectionAtLine(table, 0), null);
});

test('the status bar keeps a section on the blank lines after it and on a blank last line', () => {
  const lines = problems.split('\n');
  const blank = (line: number) => lines[line].trim() === '';
  const at = (line: number) => sectionAtLine(table, line, blank)?.id ?? null;
  const lastBlankAfter = (prefix: string) => {
    let line = lineOf(prefix) + 1;
    while (line < lines.length && !lines[line].startsWith('#')) line++;
    return line - 1;
  };
  assert.equal(at(lastBlankAfter('## Part 1')), 'part-1', 'the blank line before Part 2');
  assert.equal(at(lastBlankAfter('### Artifact 1')), 'artifact-1', 'not its Part, before Artifact 2');
  assert.equal(at(lines.length - 1), 'artifact-3', 'the blank last line');
  assert.equal(at(lineOf('### Artifact 2') + 1), 'artifact-2', 'the blank line under a heading');
  assert.equal(at(0), null, 'the front matter');
});

test('the tooltip lists every section with its counts and status', () => {
  const tooltip = sectionsTooltip(table);
  const row =
    /\| (&nbsp;)+Artifact 2: Written Plan \| 342 \/ 200–300 words — 42 over \| words over the limit · not ready \|/;
  assert.match(tooltip, row);
  assert.match(tooltip, /\| Part 3 Reflection \| — \| missing · not ready \|/);
  // A section with a warning is never just "ok": its words are ok, the section is not ready.
  assert.match(tooltip, /Artifact 3: Visual Presentation \| 59 words · 3 photos \| words ok · not ready \|/);
  const artifact3 = checklistItems(table)[1].children.find((c) => c.id === 'artifact-3')!;
  assert.equal(artifact3.tooltip, 'Artifact 3: Visual Presentation: 59 words · 3 photos (words ok, not ready)');
});

test('the language status counts sections found and limits overrun, with the worst severity', () => {
  const status = languageStatus(table);
  assert.equal(status.text, 'Rubric: 5/6 sections · 1 over limit · 1 under minimum');
  assert.equal(status.tone, 'error');
  assert.match(status.detail, /2 errors, 4 warnings/);
});

test('the language status shows the counts the server sends with the section table, and counts nothing itself', () => {
  assert.deepEqual(table.status, {
    requiredFound: table.sections.filter((s) => s.required && s.found).length,
    required: table.sections.filter((s) => s.required).length,
    over: 1,
    under: 1,
    empty: 0,
    errors: table.readiness.errors,
    warnings: table.readiness.warnings,
    tone: 'error',
  });
  const status = { ...table.status, requiredFound: 6, over: 0, under: 0, empty: 2, errors: 0, warnings: 1 };
  const shown = languageStatus({ ...table, status: { ...status, tone: 'warning' } });
  assert.equal(shown.text, 'Rubric: 6/6 sections · 2 empty');
  assert.equal(shown.tone, 'warning');
  assert.match(shown.detail, /0 errors, 1 warning$/);
});

test('the checklist is a tree of Parts and their sections, each with an icon for its state', () => {
  const items = checklistItems(table);
  assert.deepEqual(
    items.map((i) => i.label),
    ['Part 1. Overview Questions (Provides Context)', 'Part 2. Work Examples/Artifacts/Evidence', 'Part 3 Reflection'],
  );
  const artifacts = items[1].children;
  assert.deepEqual(
    artifacts.map((i) => [i.id, i.icon]),
    [
      ['artifact-1', 'warning'],
      ['artifact-2', 'error'],
      ['artifact-3', 'warning'],
    ],
  );
  assert.equal(items[1].icon, 'error', 'a Part with a section over its hard limit is not green');
  assert.equal(items[2].icon, 'error');
  assert.equal(items[2].description, 'missing');
  assert.equal(readinessText(table), '0 of 6 sections ready', 'nothing in problems.md is ready');
  assert.equal(items[2].line, null);
  assert.equal(artifacts[1].line, lineOf('### Artifact 2'));
});

test('insert choices put missing sections first', () => {
  assert.deepEqual(
    insertChoices(table).map((c) => c.id),
    ['part-3', 'part-1', 'part-2', 'artifact-1', 'artifact-2', 'artifact-3'],
  );
});

test(
  'a suppressed diagnostic leaves no red: the status bar and the checklist show what the server reports after ' +
    'suppressions',
  () => {
    const suppressed = problems.replace(
      '### Artifact 2: Written Plan',
      '<!-- rubric-writer-disable-next-line word-limit-exceeded -->\n### Artifact 2: Written Plan',
    );
    const after = sectionsResult('file:///problems.md', 2, check(suppressed));
    const artifact2 = after.sections.find((s) => s.id === 'artifact-2')!;
    assert.equal(artifact2.status, 'over', 'the status still speaks of words');
    assert.equal(artifact2.tone, 'ok');
    assert.equal(artifact2.ready, true);
    const lines = suppressed.split('\n');
    const inArtifact2 = sectionAtLine(after, lines.findIndex((l) => l.startsWith('### Artifact 2')) + 3)!;
    assert.equal(inArtifact2.id, 'artifact-2');
    assert.equal(inArtifact2.tone, 'ok', 'the status bar is not red');
    const item = checklistItems(after)[1].children.find((c) => c.id === 'artifact-2')!;
    assert.equal(item.icon, 'check', 'ready: a check mark');
    assert.equal(item.color, 'testing.iconPassed');
    assert.equal(readinessText(after), '1 of 6 sections ready');
    // Ready, but accepted by the writer, not met: every view says so.
    assert.equal(statusBarText(inArtifact2), 'Artifact 2: 342 / 200–300 words (accepted by you)');
    assert.equal(artifact2.summary, '342 / 200–300 words — 42 over: accepted');
    assert.equal(item.description, '342 / 200–300 words — 42 over: accepted');
    assert.equal(
      item.tooltip,
      'Artifact 2: Written Plan: 342 / 200–300 words — 42 over: accepted ' +
        '(words over the limit: accepted by you, ready, 1 problem accepted by you)',
    );
    assert.match(sectionsTooltip(after), /words over the limit: accepted by you · ready, 1 problem accepted by you \|/);
    assert.equal(after.readiness.accepted, 1);
    // Without the comment the same section is red in both.
    assert.equal(table.sections.find((s) => s.id === 'artifact-2')!.tone, 'error');
  },
);

test(
  'ready sections carry a check mark and the checklist counts them; a Part is ready only with all its ' + 'sections',
  () => {
    const together = readFileSync(join(__dirname, '../../examples/working-together-for-student-success.md'), 'utf8');
    const clean = sectionsResult('file:///together.md', 1, check(together));
    assert.equal(clean.ready, true);
    assert.deepEqual(clean.readiness, {
      ready: true,
      readySections: 6,
      sections: 6,
      errors: 0,
      warnings: 0,
      notes: 0,
      accepted: 0,
    });
    assert.equal(readinessText(clean), '6 of 6 sections ready');
    const icons = (items: ReturnType<typeof checklistItems>): string[] =>
      items.flatMap((item) => [item.icon, ...icons(item.children)]);
    assert.deepEqual([...new Set(icons(checklistItems(clean)))], ['check']);

    // One bare stakeholder: Artifact 1 is not ready, so neither is Part 2; the rest still are.
    const bare = together.replace(/^- \*\*The principal\.\*\*.*$/m, '- The principal');
    const after = sectionsResult('file:///together.md', 2, check(bare));
    assert.deepEqual(
      after.sections.filter((s) => !s.ready).map((s) => s.id),
      ['part-2', 'artifact-1'],
    );
    assert.equal(after.ready, false);
    assert.equal(readinessText(after), '4 of 6 sections ready');
    const part2 = checklistItems(after)[1];
    assert.equal(part2.icon, 'warning');
    assert.deepEqual(
      part2.children.map((c) => c.icon),
      ['warning', 'check', 'check'],
    );
  },
);

test('the status bar shortens a title at every numbered label the heading matcher knows', () => {
  assert.equal(shortTitle({ title: 'Driver 2: Systems that sustain family partnerships' }), 'Driver 2');
  assert.equal(shortTitle({ title: 'Artefact III. Visual presentation' }), 'Artefact III');
  assert.equal(shortTitle({ title: 'Component 4 — reflection' }), 'Component 4');
  assert.equal(shortTitle({ title: 'Part 1. Overview Questions' }), 'Part 1');
  assert.equal(shortTitle({ title: 'Reflection' }), 'Reflection');
});
