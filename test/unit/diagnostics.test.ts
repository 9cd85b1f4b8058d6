/**
 * Every diagnostic code of the spec's table, through analyze(): a small submission that triggers
 * it (code, severity, section, the numbers in the message, the 0-based range) and a close variant
 * that must not. Documents are assembled here from front matter, headings and generated prose of a
 * known number of words ("word1 word2 ..."), so every expected count follows from how the text
 * was built.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, RULES, RubricRegistry, type Analysis, type Diagnostic, type Range } from '../../server/src/core';

const registry = new RubricRegistry();
const run = (text: string, identifyingTerms?: string[]): Analysis => analyze(text, { registry, identifyingTerms });

// ---------------------------------------------------------------------------------------------
// Building documents

/** Exactly `n` words: "word1 word2 ... wordN" (each is one word: letters then digits). */
function words(n: number, prefix = 'word'): string {
  return Array.from({ length: n }, (_v, i) => `${prefix}${i + 1}`).join(' ');
}

/** Exactly `n` words as one paragraph wrapped over lines of `perLine` words. */
function wrapped(n: number, prefix = 'word', perLine = 20): string {
  const all = Array.from({ length: n }, (_v, i) => `${prefix}${i + 1}`);
  const lines: string[] = [];
  for (let i = 0; i < all.length; i += perLine) lines.push(all.slice(i, i + perLine).join(' '));
  return lines.join('\n');
}

/** Exactly `n` words as a plan's three points: three list items (list markers are no words). */
function plan(n: number): string {
  const all = Array.from({ length: n }, (_v, i) => `plan${i + 1}`);
  const third = Math.ceil(n / 3);
  return [0, 1, 2].map((k) => `- ${all.slice(k * third, (k + 1) * third).join(' ')}`).join('\n');
}

/** A list of `n` stakeholders, each with a statement (7 words) and `nested` nested reasons. */
function stakeholders(n: number, nested = 0): string {
  const lines: string[] = [];
  for (let i = 1; i <= n; i++) {
    lines.push(`- Stakeholder ${i} leads the school improvement plan`);
    for (let j = 1; j <= nested; j++) lines.push(`  - reason ${i}.${j} matters`);
  }
  return lines.join('\n');
}

type Section = [heading: string, body?: string];

function doc(rubric: string | null, sections: Section[]): string {
  const out: string[] = rubric === null ? [] : ['---', `rubric: ${rubric}`, '---', ''];
  for (const [heading, body] of sections) {
    out.push(heading, '');
    if (body) out.push(body, '');
  }
  return out.join('\n');
}

const WT = 'working-together-for-student-success';
const ES = 'engaging-stakeholders';

type WtId = 'part-1' | 'part-2' | 'artifact-1' | 'artifact-2' | 'artifact-3' | 'part-3';
const WT_ORDER: WtId[] = ['part-1', 'part-2', 'artifact-1', 'artifact-2', 'artifact-3', 'part-3'];
const WT_HEADINGS: Record<WtId, string> = {
  'part-1': '## Part 1. Overview Questions (Provides Context)',
  'part-2': '## Part 2. Work Examples/Artifacts/Evidence',
  'artifact-1': '### Artifact 1: List of Stakeholders',
  'artifact-2': '### Artifact 2: Written Plan',
  'artifact-3': '### Artifact 3: Visual Presentation',
  'part-3': '## Part 3 Reflection',
};
/** When the video addresses each of the plan's three points (inside the shortest video the tests write). */
const TIMED = '\n\nPoint 1 at 0:20, point 2 at 0:40, point 3 at 1:00.';
const WT_BODIES: Record<WtId, string> = {
  'part-1': words(400, 'overview'), // 350-450 guide
  'part-2': '',
  'artifact-1': stakeholders(5, 1), // at least 5
  'artifact-2': plan(250), // 200-300 hard
  'artifact-3': `[Presentation video](media/presentation.mp4) (3:00)${TIMED}`, // 2-4 minutes, each point timed
  'part-3': words(350, 'reflection'), // 300-400 guide
};

/** A clean working-together submission; a body override of null leaves the heading out. */
function wt(bodies: Partial<Record<WtId, string | null>> = {}, headings: Partial<Record<WtId, string>> = {}): string {
  const sections: Section[] = [];
  for (const id of WT_ORDER) {
    const body = id in bodies ? bodies[id] : WT_BODIES[id];
    if (body === null) continue;
    sections.push([headings[id] ?? WT_HEADINGS[id], body]);
  }
  return doc(WT, sections);
}

type EsId =
  | 'part-1'
  | 'activity-description'
  | 'your-learning'
  | 'part-2'
  | 'engagement-evidence'
  | 'recordings'
  | 'part-3';
const ES_ORDER: EsId[] = [
  'part-1',
  'activity-description',
  'your-learning',
  'part-2',
  'engagement-evidence',
  'recordings',
  'part-3',
];
const ES_HEADINGS: Record<EsId, string> = {
  'part-1': '## Part 1. Overview questions',
  'activity-description': '### Activity Description (300-word limit):',
  'your-learning': '### Activity Description - Your Learning (300-word maximum)',
  'part-2': '## Part 2. Evidence/artifacts',
  'engagement-evidence': '### Evidence of engagement with at least two stakeholders',
  recordings: '### Recordings',
  'part-3': '## Part 3. Reflection',
};
const ES_BODIES: Record<EsId, string> = {
  'part-1': '',
  'activity-description': words(200, 'activity'),
  'your-learning': words(200, 'learning'),
  'part-2': '',
  'engagement-evidence': words(60, 'evidence'),
  recordings:
    '- [Practice with the principal](rec/one.mp4) (4:00)\n- [Talking with the coordinator](rec/two.mp3) (3:30)',
  'part-3': words(450, 'thought'),
};

function es(bodies: Partial<Record<EsId, string | null>> = {}, headings: Partial<Record<EsId, string>> = {}): string {
  const sections: Section[] = [];
  for (const id of ES_ORDER) {
    const body = id in bodies ? bodies[id] : ES_BODIES[id];
    if (body === null) continue;
    sections.push([headings[id] ?? ES_HEADINGS[id], body]);
  }
  return doc(ES, sections);
}

// ---------------------------------------------------------------------------------------------
// Positions

function pos(text: string, offset: number) {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}

function rangeAt(text: string, start: number, end: number): Range {
  return { start: pos(text, start), end: pos(text, end) };
}

/** Offset of `needle` in `text` (the n-th occurrence, 0-based); fails the test when absent. */
function offsetOf(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) is in the test document`);
  }
  return at;
}

/** The range of a line of text (e.g. a heading), without its line ending. */
function rangeOf(text: string, needle: string, occurrence = 0): Range {
  const at = offsetOf(text, needle, occurrence);
  return rangeAt(text, at, at + needle.length);
}

/** The range of a whole word such as "plan301" (not "plan3010"). */
function wordRange(text: string, word: string): Range {
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  assert.ok(match, `${word} is in the test document`);
  return rangeAt(text, match.index, match.index + word.length);
}

const RUBRIC_LINE = (text: string) => {
  const line = text.split('\n').findIndex((l) => l.startsWith('rubric:'));
  return { start: { line, character: 0 }, end: { line, character: text.split('\n')[line].length } };
};

const codes = (analysis: Analysis) => analysis.diagnostics.map((d) => d.code);
const withCode = (analysis: Analysis, code: string) => analysis.diagnostics.filter((d) => d.code === code);
const section = (analysis: Analysis, id: string) => {
  const found = analysis.sections.find((s) => s.id === id);
  assert.ok(found, `section ${id} is reported`);
  return found;
};
const describeAll = (analysis: Analysis) =>
  analysis.diagnostics.map((d) => `${d.code}@${d.section}: ${d.message}`).join('\n');

/** Exactly one diagnostic, and it is the one with this code. */
function single(analysis: Analysis, code: string): Diagnostic {
  assert.deepEqual(codes(analysis), [code], `expected only ${code}; got:\n${describeAll(analysis)}`);
  return analysis.diagnostics[0];
}

function none(analysis: Analysis) {
  assert.deepEqual(analysis.diagnostics, [], `expected no diagnostics; got:\n${describeAll(analysis)}`);
}

// ---------------------------------------------------------------------------------------------

describe('the baseline documents', () => {
  test('a complete working-together submission within every limit gets no diagnostics', () => {
    const analysis = run(wt());
    none(analysis);
    assert.equal(analysis.rubric?.id, WT);
    assert.equal(section(analysis, 'part-1').words, 400);
    assert.equal(section(analysis, 'artifact-2').words, 250);
    assert.equal(section(analysis, 'part-3').words, 350);
    assert.equal(section(analysis, 'artifact-1').items, 5);
    for (const s of analysis.sections) assert.equal(s.status, 'ok', s.id);
  });

  test('a complete engaging-stakeholders submission within every limit gets no diagnostics', () => {
    const analysis = run(es());
    none(analysis);
    assert.equal(section(analysis, 'activity-description').words, 200);
    assert.equal(section(analysis, 'your-learning').words, 200);
    assert.equal(section(analysis, 'part-3').words, 450);
    assert.equal(section(analysis, 'recordings').recordings.length, 2);
  });
});

describe('missing-section', () => {
  test('a missing top-level Part is an error on the rubric: line, naming the section and its limit', () => {
    const text = wt({ 'part-3': null });
    const d = single(run(text), 'missing-section');
    assert.equal(d.severity, 'error');
    assert.equal(d.section, 'part-3');
    assert.match(d.message, /Part 3 Reflection/);
    assert.match(d.message, /300\D{1,3}400/);
    assert.deepEqual(d.range, RUBRIC_LINE(text));
  });

  test('a missing Part with all its subsections is ONE diagnostic, on the rubric: line', () => {
    const text = wt({ 'part-2': null, 'artifact-1': null, 'artifact-2': null, 'artifact-3': null });
    const analysis = run(text);
    const d = single(analysis, 'missing-section');
    assert.equal(d.section, 'part-2');
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, RUBRIC_LINE(text));
    for (const id of ['part-2', 'artifact-1', 'artifact-2', 'artifact-3']) {
      assert.equal(section(analysis, id).status, 'missing', id);
      assert.equal(section(analysis, id).words, null, id);
    }
  });

  test("a missing subsection is reported on its Part's heading", () => {
    const text = wt({ 'artifact-2': null });
    const d = single(run(text), 'missing-section');
    assert.equal(d.severity, 'error');
    assert.equal(d.section, 'artifact-2');
    assert.match(d.message, /Artifact 2: Written Plan/);
    assert.match(d.message, /300/);
    assert.deepEqual(d.range, rangeOf(text, WT_HEADINGS['part-2']));
  });

  test("a missing subsection of engaging-stakeholders Part 2 is reported on Part 2's heading", () => {
    const text = es({ recordings: null });
    const d = single(run(text), 'missing-section');
    assert.equal(d.section, 'recordings');
    assert.deepEqual(d.range, rangeOf(text, ES_HEADINGS['part-2']));
  });

  test('not missing: the same subsection under one of the headings writers use', () => {
    none(run(wt({}, { 'artifact-2': '### Written plan' })));
    none(run(es({}, { recordings: '### Audio or video recordings' })));
  });
});

describe('empty-section', () => {
  test('a heading with no words is a warning on the heading, and nothing else', () => {
    const text = wt({ 'artifact-2': '' });
    const analysis = run(text);
    const d = single(analysis, 'empty-section');
    assert.equal(d.severity, 'warning');
    assert.equal(d.section, 'artifact-2');
    assert.match(d.message, /Artifact 2: Written Plan/);
    assert.deepEqual(d.range, rangeOf(text, WT_HEADINGS['artifact-2']));
    // Zero words is empty, not under the 200-word minimum.
    assert.equal(section(analysis, 'artifact-2').status, 'empty');
    assert.equal(section(analysis, 'artifact-2').words, 0);
  });

  test('a guiding-question comment is not text: the section is still empty', () => {
    const text = wt({ 'part-3': '<!-- What went well? Is there anything that you would do differently? -->' });
    const d = single(run(text), 'empty-section');
    assert.equal(d.section, 'part-3');
    assert.deepEqual(d.range, rangeOf(text, WT_HEADINGS['part-3']));
  });

  test('an empty stakeholder list gets empty-section only, not too-few-items', () => {
    const text = wt({ 'artifact-1': '' });
    const d = single(run(text), 'empty-section');
    assert.equal(d.section, 'artifact-1');
  });

  test('a Part whose subsections are all empty is empty, but only the subsections say so', () => {
    const text = wt({ 'artifact-1': '', 'artifact-2': '', 'artifact-3': '' });
    const analysis = run(text);
    const empties = withCode(analysis, 'empty-section');
    assert.deepEqual(
      empties.map((d) => d.section),
      ['artifact-1', 'artifact-2', 'artifact-3'],
      describeAll(analysis),
    );
    assert.deepEqual(codes(analysis), ['empty-section', 'empty-section', 'empty-section']);
    assert.equal(section(analysis, 'part-2').status, 'empty');
    for (const id of ['artifact-1', 'artifact-2', 'artifact-3']) {
      const d = empties.find((e) => e.section === id)!;
      assert.deepEqual(d.range, rangeOf(text, WT_HEADINGS[id as WtId]), id);
    }
  });

  test('the same for engaging-stakeholders Part 1 with both its subsections empty', () => {
    const analysis = run(es({ 'activity-description': '', 'your-learning': '' }));
    assert.deepEqual(
      analysis.diagnostics.map((d) => `${d.code}:${d.section}`),
      ['empty-section:activity-description', 'empty-section:your-learning'],
    );
    assert.equal(section(analysis, 'part-1').status, 'empty');
  });

  test('not empty: a section whose only content is a photo', () => {
    const text = wt({ 'artifact-3': '![](photos/poster.jpg)' });
    const analysis = run(text);
    assert.equal(withCode(analysis, 'empty-section').length, 0, describeAll(analysis));
    assert.equal(section(analysis, 'artifact-3').words, 0);
    assert.notEqual(section(analysis, 'artifact-3').status, 'empty');
  });

  test('not empty: a recordings section holding only a recording', () => {
    const text = es({ recordings: '![](rec/practice.mp4)' });
    const analysis = run(text);
    assert.equal(withCode(analysis, 'empty-section').length, 0, describeAll(analysis));
    assert.equal(section(analysis, 'recordings').status, 'ok');
  });

  test('not empty: one word is enough', () => {
    const analysis = run(wt({ 'artifact-3': 'Pending.' }));
    assert.equal(withCode(analysis, 'empty-section').length, 0, describeAll(analysis));
  });
});

describe('word-limit-exceeded', () => {
  test('a hard limit (Artifact 2): error from the first word past the limit to the last word', () => {
    const text = wt({ 'artifact-2': plan(342) });
    const analysis = run(text);
    const d = single(analysis, 'word-limit-exceeded');
    assert.equal(d.severity, 'error');
    assert.equal(d.section, 'artifact-2');
    assert.match(d.message, /342/);
    assert.match(d.message, /300/);
    assert.match(d.message, /42 over/);
    assert.deepEqual(d.range, { start: wordRange(text, 'plan301').start, end: wordRange(text, 'plan342').end });
    assert.equal(section(analysis, 'artifact-2').status, 'over');
    assert.equal(section(analysis, 'artifact-2').words, 342);
  });

  test('the range spans lines when the text does', () => {
    const text = es({ 'activity-description': wrapped(330, 'act', 20) });
    const d = single(run(text), 'word-limit-exceeded');
    assert.equal(d.severity, 'error');
    assert.equal(d.section, 'activity-description');
    assert.match(d.message, /330/);
    assert.match(d.message, /30 over/);
    const expected = { start: wordRange(text, 'act301').start, end: wordRange(text, 'act330').end };
    assert.notEqual(expected.start.line, expected.end.line);
    assert.deepEqual(d.range, expected);
  });

  test('the other hard limits: Your Learning (300) and engaging-stakeholders Part 3 (500)', () => {
    const learning = single(run(es({ 'your-learning': words(301, 'learn') })), 'word-limit-exceeded');
    assert.equal(learning.severity, 'error');
    assert.equal(learning.section, 'your-learning');
    assert.match(learning.message, /1 over/);
    const reflection = single(run(es({ 'part-3': words(520, 'thought') })), 'word-limit-exceeded');
    assert.equal(reflection.severity, 'error');
    assert.equal(reflection.section, 'part-3');
    assert.match(reflection.message, /520/);
    assert.match(reflection.message, /20 over/);
  });

  test('a guide (working-together Part 1, Part 3) is a warning', () => {
    const text1 = wt({ 'part-1': words(460, 'overview') });
    const p1 = single(run(text1), 'word-limit-exceeded');
    assert.equal(p1.severity, 'warning');
    assert.equal(p1.section, 'part-1');
    assert.match(p1.message, /460/);
    assert.match(p1.message, /450/);
    assert.match(p1.message, /10 over/);
    assert.deepEqual(p1.range, {
      start: wordRange(text1, 'overview451').start,
      end: wordRange(text1, 'overview460').end,
    });
    const text3 = wt({ 'part-3': words(401, 'reflection') });
    const p3 = single(run(text3), 'word-limit-exceeded');
    assert.equal(p3.severity, 'warning');
    assert.equal(p3.section, 'part-3');
    assert.match(p3.message, /401/);
    assert.match(p3.message, /1 over/);
    assert.deepEqual(p3.range, wordRange(text3, 'reflection401'));
  });

  test('not over: exactly at the limit', () => {
    const analysis = run(
      wt({ 'artifact-2': plan(300), 'part-1': words(450, 'overview'), 'part-3': words(400, 'reflection') }),
    );
    none(analysis);
    assert.equal(section(analysis, 'artifact-2').status, 'ok');
    none(
      run(
        es({
          'activity-description': words(300),
          'your-learning': words(300, 'learn'),
          'part-3': words(500, 'thought'),
        }),
      ),
    );
  });

  test("the heading's own words and comments do not count", () => {
    // 300 words plus a long heading and a guiding-question comment is still 300.
    const text = wt(
      { 'artifact-2': `<!-- ${words(40, 'question')} -->\n\n${plan(300)}` },
      { 'artifact-2': '### Artifact 2: Written Plan (no more than 200 – 300 words)' },
    );
    const analysis = run(text);
    none(analysis);
    assert.equal(section(analysis, 'artifact-2').words, 300);
  });
});

describe('word-count-below-minimum', () => {
  test('fewer words than the minimum is a warning on the heading with the numbers', () => {
    const text = wt({ 'artifact-2': plan(150) });
    const analysis = run(text);
    const d = single(analysis, 'word-count-below-minimum');
    assert.equal(d.severity, 'warning');
    assert.equal(d.section, 'artifact-2');
    assert.match(d.message, /150/);
    assert.match(d.message, /200/);
    assert.match(d.message, /50 short/);
    assert.deepEqual(d.range, rangeOf(text, WT_HEADINGS['artifact-2']));
    assert.equal(section(analysis, 'artifact-2').status, 'under');
  });

  test('a guide minimum (working-together Part 1, 350) is a warning too', () => {
    const text = wt({ 'part-1': words(349, 'overview') });
    const d = single(run(text), 'word-count-below-minimum');
    assert.equal(d.severity, 'warning');
    assert.equal(d.section, 'part-1');
    assert.match(d.message, /349/);
    assert.match(d.message, /1 short/);
    assert.deepEqual(d.range, rangeOf(text, WT_HEADINGS['part-1']));
  });

  test('not under: exactly the minimum; and a section without a minimum never is', () => {
    none(run(wt({ 'artifact-2': plan(200), 'part-1': words(350, 'overview'), 'part-3': words(300, 'reflection') })));
    none(run(es({ 'activity-description': words(3), 'part-3': words(1, 'thought') })));
  });
});

describe('too-few-items', () => {
  test('four stakeholders with nested reasons are too few: a warning on the heading', () => {
    const text = wt({ 'artifact-1': stakeholders(4, 2) });
    const analysis = run(text);
    const d = single(analysis, 'too-few-items');
    assert.equal(d.severity, 'warning');
    assert.equal(d.section, 'artifact-1');
    assert.match(d.message, /\b4\b/);
    assert.match(d.message, /\b5\b/);
    assert.match(d.message, /1 more/);
    assert.deepEqual(d.range, rangeOf(text, WT_HEADINGS['artifact-1']));
    assert.equal(section(analysis, 'artifact-1').items, 4);
    // Items problems are diagnostics; the status speaks of words only.
    assert.equal(section(analysis, 'artifact-1').status, 'ok');
  });

  test('two stakeholders are three short', () => {
    const d = single(run(wt({ 'artifact-1': stakeholders(2) })), 'too-few-items');
    assert.match(d.message, /\b2\b/);
    assert.match(d.message, /3 more/);
  });

  test('not too few: five stakeholders with nested reasons', () => {
    const analysis = run(wt({ 'artifact-1': stakeholders(5, 3) }));
    none(analysis);
    assert.equal(section(analysis, 'artifact-1').items, 5);
  });

  test('all lists of the section are summed', () => {
    const body = [
      'Inside the school:',
      '',
      stakeholders(3, 1),
      '',
      'In the community:',
      '',
      '1. The library branch, which hosts family literacy nights',
      '2. A school board member, who votes on the budget',
    ].join('\n');
    const analysis = run(wt({ 'artifact-1': body }));
    none(analysis);
    assert.equal(section(analysis, 'artifact-1').items, 5);
  });

  test('table body rows count as items; the header row does not', () => {
    const table = (rows: number) =>
      [
        '| Stakeholder | Why |',
        '| --- | --- |',
        ...Array.from({ length: rows }, (_v, i) => `| Person ${i + 1} | reason ${i + 1} why they matter |`),
      ].join('\n');
    const four = run(wt({ 'artifact-1': table(4) }));
    const d = single(four, 'too-few-items');
    assert.equal(section(four, 'artifact-1').items, 4);
    assert.match(d.message, /1 more/);
    const five = run(wt({ 'artifact-1': table(5) }));
    none(five);
    assert.equal(section(five, 'artifact-1').items, 5);
    // A table of three plus a list of two is five.
    const mixed = run(wt({ 'artifact-1': `${table(3)}\n\n${stakeholders(2)}` }));
    none(mixed);
    assert.equal(section(mixed, 'artifact-1').items, 5);
  });

  test('stakeholders written as paragraphs are not list items', () => {
    const body = Array.from({ length: 5 }, (_v, i) => `Stakeholder ${i + 1} is important.`).join('\n\n');
    const analysis = run(wt({ 'artifact-1': body }));
    const d = single(analysis, 'too-few-items');
    assert.equal(section(analysis, 'artifact-1').items, 0);
    assert.match(d.message, /5 more/);
  });
});

describe('media-limit-exceeded', () => {
  test('recordings summed over 10 minutes: an error on the recordings past the limit', () => {
    const second = '[Talking with the coordinator](rec/two.mp4)';
    const text = es({ recordings: `- [Practice with the principal](rec/one.mp4) (6:00)\n- ${second} (5:00)` });
    const d = single(run(text), 'media-limit-exceeded');
    assert.equal(d.severity, 'error');
    assert.equal(d.section, 'recordings');
    assert.match(d.message, /11:00/);
    assert.match(d.message, /10:00|10 minutes/);
    assert.match(d.message, /1:00 over/);
    const link = rangeOf(text, second);
    const withDuration = rangeOf(text, `${second} (5:00)`);
    assert.deepEqual(d.range.start, link.start);
    assert.equal(d.range.end.line, link.end.line);
    assert.ok(
      d.range.end.character >= link.end.character && d.range.end.character <= withDuration.end.character,
      JSON.stringify(d.range),
    );
  });

  test('every written duration form is read and summed: 3 min 45 s + (4 minutes) + (2:30) is 10:15', () => {
    const third = '[Third take](rec/three.m4a)';
    const text = es({
      recordings: [
        '- [First take](rec/one.wav) 3 min 45 s',
        '- [Second take](rec/two.webm) (4 minutes)',
        `- ${third} (2:30)`,
      ].join('\n'),
    });
    const d = single(run(text), 'media-limit-exceeded');
    assert.match(d.message, /10:15/);
    assert.match(d.message, /0:15 over/);
    assert.deepEqual(d.range.start, rangeOf(text, third).start);
  });

  test('not over: exactly 10 minutes in total', () => {
    none(run(es({ recordings: '- [One](rec/one.mp4) (6:00)\n- [Two](rec/two.mp4) (4:00)' })));
  });

  test('more than 20 photos in Artifact 3: an error on the photos past the limit', () => {
    const photos = (n: number) =>
      Array.from(
        { length: n },
        (_v, i) => `- ![Photo ${i + 1}](photos/p${i + 1}.jpg) Caption for photo ${i + 1}.`,
      ).join('\n');
    const text = wt({ 'artifact-3': photos(22) });
    const d = single(run(text), 'media-limit-exceeded');
    assert.equal(d.severity, 'error');
    assert.equal(d.section, 'artifact-3');
    assert.match(d.message, /22/);
    assert.match(d.message, /20/);
    assert.match(d.message, /2 over/);
    assert.deepEqual(d.range, {
      start: rangeOf(text, '![Photo 21](photos/p21.jpg)').start,
      end: rangeOf(text, '![Photo 22](photos/p22.jpg)').end,
    });

    const text21 = wt({ 'artifact-3': photos(21) });
    const d21 = single(run(text21), 'media-limit-exceeded');
    assert.match(d21.message, /1 over/);
    assert.deepEqual(d21.range, rangeOf(text21, '![Photo 21](photos/p21.jpg)'));

    none(run(wt({ 'artifact-3': photos(20) })));
  });
});

describe('media-duration', () => {
  const video = (after: string) => wt({ 'artifact-3': `[Presentation video](media/presentation.mp4)${after}${TIMED}` });

  test('a video longer than 2-4 minutes is a warning on the link', () => {
    const text = video(' (4:01)');
    const d = single(run(text), 'media-duration');
    assert.equal(d.severity, 'warning');
    assert.equal(d.section, 'artifact-3');
    assert.match(d.message, /4:01/);
    assert.match(d.message, /0:01 over/);
    const link = rangeOf(text, '[Presentation video](media/presentation.mp4)');
    assert.deepEqual(d.range.start, link.start);
    assert.ok(
      d.range.end.character >= link.end.character && d.range.end.character <= link.end.character + ' (4:01)'.length,
    );
  });

  test('shorter than 2 minutes is a warning too', () => {
    const d = single(run(video(' (1:59)')), 'media-duration');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /1:59/);
    assert.match(d.message, /0:01 short/);
  });

  test('ranges include their ends: 2:00 and 4:00 are inside 2-4 minutes', () => {
    none(run(video(' (2:00)')));
    none(run(video(' (4:00)')));
    none(run(video(' 4:00')));
  });

  test('written durations are read in every form', () => {
    none(run(video(' 3 min 45 s')));
    none(run(video(' (4 minutes)')));
    const long = single(run(video(' (1:02:10)')), 'media-duration');
    assert.match(long.message, /1:02:10/);
    const minutes = single(run(video(' (5 minutes)')), 'media-duration');
    assert.match(minutes.message, /5:00/);
    assert.match(minutes.message, /1:00 over/);
    const units = single(run(video(' 1 min 30 s')), 'media-duration');
    assert.match(units.message, /1:30/);
    assert.match(units.message, /0:30 short/);
  });

  test('a video host link is a video: YouTube with no duration, and with one', () => {
    const youtube = '[My presentation](https://www.youtube.com/watch?v=abc123)';
    const info = single(run(wt({ 'artifact-3': `${youtube}${TIMED}` })), 'media-duration');
    assert.equal(info.severity, 'information');
    none(run(wt({ 'artifact-3': `${youtube} (3:10)${TIMED}` })));
    assert.equal(single(run(wt({ 'artifact-3': `${youtube} (5:10)${TIMED}` })), 'media-duration').severity, 'warning');
    // A link to an ordinary page with nothing after it is no recording: Artifact 3 then holds no media.
    single(run(wt({ 'artifact-3': '[Our school improvement plan](https://example.org/plan)' })), 'missing-media');
  });

  test("a link followed by its written length is a recording whatever its host (the README's example)", () => {
    const liaison = '[Presentation to our parent liaison](https://example.org/videos/liaison-meeting)';
    for (const after of [' (4:30)', ' 4:30', ' (4 minutes 30 seconds)', ' - 4 min 30 s.']) {
      const analysis = run(wt({ 'artifact-3': `${liaison}${after}${TIMED}` }));
      assert.equal(withCode(analysis, 'missing-media').length, 0, after);
      const d = single(analysis, 'media-duration');
      assert.equal(d.severity, 'warning', after);
      assert.match(d.message, /4:30/);
      assert.match(d.message, /0:30 over/);
    }
    // The length written at the end of the link's own text counts too.
    const inLabel = run(wt({ 'artifact-3': `[Presentation (4:30)](https://media.myschool.k12.us/v/88)${TIMED}` }));
    assert.match(single(inLabel, 'media-duration').message, /4:30/);
    // A timestamp past the end of such a video is reported.
    const pastEnd = run(
      wt({ 'artifact-3': `${liaison} (3:00)\n\nPoint 1 at 0:20, point 2 at 0:40, point 3 at 5:05.` }),
    );
    assert.match(single(pastEnd, 'timestamp-past-end').message, /5:05/);
  });

  test('a link followed by words that only start like a length is no recording', () => {
    for (const after of [' (5 min read)', ' 5 minutes from our school', ' 3:45 meeting notes']) {
      const analysis = run(wt({ 'artifact-3': `[Our plan](https://example.org/plan)${after}` }));
      assert.equal(withCode(analysis, 'media-duration').length, 0, after);
      single(analysis, 'missing-media');
    }
  });

  test('links to school video platforms are videos without a written length', () => {
    const links = [
      'https://watch.screencastify.com/v/abc123',
      'https://www.wevideo.com/view/123456',
      'https://myschool.instructure.com/media_objects/m-abc',
      'https://myschool.instructuremedia.com/embed/abc',
      'https://myschool.hosted.panopto.com/Panopto/Pages/Viewer.aspx?id=abc',
      'https://app.box.com/s/abc123',
      'https://myschool.sharepoint.com/:v:/s/Staff/EabC123',
      'https://myschool-my.sharepoint.com/personal/jo/_layouts/15/stream.aspx?id=x',
      'https://www.dropbox.com/scl/fi/abc123/presentation?rlkey=x&dl=0',
      'https://share.vidyard.com/watch/abc',
      'https://teams.microsoft.com/l/meetingrecap?recording=1',
      'https://myschool.mediaspace.kaltura.com/media/t/1_abc',
      'https://flip.com/s/abc',
      'https://myschool.wistia.com/medias/abc',
    ];
    for (const link of links) {
      const analysis = run(wt({ 'artifact-3': `[My presentation](${link})${TIMED}` }));
      assert.equal(withCode(analysis, 'missing-media').length, 0, link);
      assert.equal(single(analysis, 'media-duration').severity, 'information', link);
    }
    // A document shared from the same hosts is not a video.
    for (const link of [
      'https://www.dropbox.com/scl/fi/abc/plan.pdf?dl=0',
      'https://myschool.sharepoint.com/:w:/s/x',
    ]) {
      single(run(wt({ 'artifact-3': `[My plan](${link})` })), 'missing-media');
    }
  });

  test('every audio and video extension of the spec is a recording (any case), and so is every video host', () => {
    const destinations = [
      ...['mp4', 'mov', 'm4v', 'webm', 'mkv', 'avi', 'mp3', 'm4a', 'wav', 'ogg', 'aac', 'flac'].flatMap((ext) => [
        `media/clip.${ext}`,
        `media/CLIP.${ext.toUpperCase()}`,
      ]),
      'https://www.youtube.com/watch?v=abc',
      'https://youtu.be/abc',
      'https://vimeo.com/123456',
      'https://www.loom.com/share/abc',
      'https://drive.google.com/file/d/abc/view',
      'https://onedrive.live.com/?cid=1&id=2',
    ];
    for (const destination of destinations) {
      const analysis = run(wt({ 'artifact-3': `[Presentation](${destination}) (5:00)${TIMED}` }));
      const d = single(analysis, 'media-duration');
      assert.equal(d.severity, 'warning', destination);
      assert.equal(section(analysis, 'artifact-3').recordings.length, 1, destination);
    }
    // Documents and pictures are not recordings, whatever follows them.
    for (const destination of ['media/plan.pdf', 'https://docs.example.org/slides.pptx', 'photos/a.png']) {
      const analysis = run(wt({ 'artifact-3': `[Presentation](${destination}) (5:00)${TIMED}` }));
      assert.equal(withCode(analysis, 'media-duration').length, 0, destination);
    }
  });

  test('no written duration: information on the link', () => {
    const text = video('');
    const d = single(run(text), 'media-duration');
    assert.equal(d.severity, 'information');
    assert.equal(d.section, 'artifact-3');
    assert.deepEqual(d.range.start, rangeOf(text, '[Presentation video]').start);
    const rec = single(
      run(es({ recordings: '- [Practice](rec/one.mp4)\n- [Talk](rec/two.mp4) (3:00)' })),
      'media-duration',
    );
    assert.equal(rec.severity, 'information');
    assert.equal(rec.section, 'recordings');
  });

  test('a timestamp inside a sentence is not a duration', () => {
    // After the link, in the same sentence: no duration is written, so information only.
    const text = video(' covers point 1 at 0:25 and point 2 at 1:15.');
    const d = single(run(text), 'media-duration');
    assert.equal(d.severity, 'information');
    // In a following paragraph of a video with a duration: timestamps, not durations, so nothing at all.
    none(run(video(' (3:20)\n\nPoint 1 begins at 0:25, point 2 at 1:15 and point 3 at 3:05.')));
  });

  test('engaging-stakeholders Part 3 holding a recording is judged by its duration, not by words', () => {
    const recording = '[My recorded reflection](rec/reflection.m4a)';
    // 600 words would be over 500, but the recording stands in for the text.
    const ok = run(es({ 'part-3': `${recording} (8:30)\n\n${words(600, 'thought')}` }));
    none(ok);
    assert.equal(section(ok, 'part-3').status, 'ok');
    none(run(es({ 'part-3': `${recording} (7:00)` })));
    none(run(es({ 'part-3': `${recording} (10:00)` })));
    const short = single(run(es({ 'part-3': `${recording} (6:59)` })), 'media-duration');
    assert.equal(short.severity, 'warning');
    assert.equal(short.section, 'part-3');
    assert.match(short.message, /6:59/);
    const long = single(run(es({ 'part-3': `${recording} (10:01)` })), 'media-duration');
    assert.match(long.message, /10:01/);
    // Without a recording the same 600 words are over the 500-word limit.
    assert.equal(single(run(es({ 'part-3': words(600, 'thought') })), 'word-limit-exceeded').section, 'part-3');
  });
});

describe('missing-caption', () => {
  const A3 = (body: string) => wt({ 'artifact-3': body });

  test('a photo alone in its paragraph, followed by another photo, has no caption', () => {
    const second = '![Parents at a table playing a math game](photos/math.jpg)';
    const text = A3(
      [
        '![Poster](photos/poster.jpg) The poster for family night, point 1.',
        '',
        second,
        '',
        '![Vote](photos/vote.jpg) The council votes, point 3.',
      ].join('\n'),
    );
    const d = single(run(text), 'missing-caption');
    assert.equal(d.severity, 'warning');
    assert.equal(d.section, 'artifact-3');
    assert.deepEqual(d.range, rangeOf(text, second));
  });

  test('alt text alone is not a caption (the last photo, with nothing after it)', () => {
    const last = '![A long and descriptive alt text about the family night](photos/last.jpg)';
    const text = A3(`![First](photos/first.jpg) Families arrive, point 1.\n\n${last}`);
    const d = single(run(text), 'missing-caption');
    assert.deepEqual(d.range, rangeOf(text, last));
  });

  test('a next paragraph with words and no image is the caption', () => {
    none(run(A3('![](photos/poster.jpg)\n\nThe poster we designed for family night, point 1.')));
  });

  test('a next paragraph that holds an image of its own is not a caption for the one before', () => {
    const first = '![](photos/one.jpg)';
    const text = A3(`${first}\n\n![](photos/two.jpg) Both photos show point 2.`);
    const d = single(run(text), 'missing-caption');
    assert.deepEqual(d.range, rangeOf(text, first));
  });

  test('words in the same paragraph or list item are a caption', () => {
    none(run(A3('![](photos/one.jpg) Point 1 at the welcome table.')));
    none(
      run(A3('- ![](photos/one.jpg) Point 1 at the welcome table.\n- ![](photos/two.jpg) Point 2 in small groups.')),
    );
  });

  test('only Artifact 3 is a photo essay: an uncaptioned image elsewhere is fine', () => {
    none(run(wt({ 'part-2': '![](photos/school.jpg)' })));
  });
});

describe('duplicate-section', () => {
  test('the second heading that matches a section is a warning; the first is the section', () => {
    const text = doc(WT, [
      [WT_HEADINGS['part-1'], WT_BODIES['part-1']],
      [WT_HEADINGS['part-2']],
      [WT_HEADINGS['artifact-1'], WT_BODIES['artifact-1']],
      [WT_HEADINGS['artifact-2'], plan(250)],
      ['### Written Plan', words(10, 'extra')],
      [WT_HEADINGS['artifact-3'], WT_BODIES['artifact-3']],
      [WT_HEADINGS['part-3'], WT_BODIES['part-3']],
    ]);
    const analysis = run(text);
    const d = single(analysis, 'duplicate-section');
    assert.equal(d.severity, 'warning');
    assert.equal(d.section, 'artifact-2');
    assert.deepEqual(d.range, rangeOf(text, '### Written Plan'));
    // The message points at the first heading's line (1-based).
    const firstLine = rangeOf(text, WT_HEADINGS['artifact-2']).start.line;
    assert.match(d.message, new RegExp(`\\b${firstLine + 1}\\b`));
    // The first heading is the section: its words are the 250, not the duplicate's 10.
    assert.equal(section(analysis, 'artifact-2').words, 250);
    assert.equal(section(analysis, 'artifact-2').heading!.start, offsetOf(text, WT_HEADINGS['artifact-2']));
  });

  test('not duplicate: each section has one heading', () => {
    assert.equal(withCode(run(wt()), 'duplicate-section').length, 0);
  });
});

describe('section-out-of-order', () => {
  test(
    'Your Learning before Activity Description: only Activity Description must move, and the message says ' + 'where',
    () => {
      const text = doc(ES, [
        [ES_HEADINGS['part-1']],
        [ES_HEADINGS['your-learning'], ES_BODIES['your-learning']],
        [ES_HEADINGS['activity-description'], ES_BODIES['activity-description']],
        [ES_HEADINGS['part-2']],
        [ES_HEADINGS['engagement-evidence'], ES_BODIES['engagement-evidence']],
        [ES_HEADINGS.recordings, ES_BODIES.recordings],
        [ES_HEADINGS['part-3'], ES_BODIES['part-3']],
      ]);
      const analysis = run(text);
      const d = single(analysis, 'section-out-of-order');
      assert.equal(d.severity, 'information');
      assert.equal(d.section, 'activity-description');
      assert.deepEqual(d.range, rangeOf(text, ES_HEADINGS['activity-description']));
      assert.match(d.message, /^Activity Description should come before Activity Description - Your Learning\b/);
    },
  );

  test('Part 1 moved to the end: ONE heading flagged (the fewest that must move), placed before Part 2', () => {
    const text = doc(WT, [
      [WT_HEADINGS['part-2']],
      [WT_HEADINGS['artifact-1'], WT_BODIES['artifact-1']],
      [WT_HEADINGS['artifact-2'], WT_BODIES['artifact-2']],
      [WT_HEADINGS['artifact-3'], WT_BODIES['artifact-3']],
      [WT_HEADINGS['part-3'], WT_BODIES['part-3']],
      [WT_HEADINGS['part-1'], WT_BODIES['part-1']],
    ]);
    const d = single(run(text), 'section-out-of-order');
    assert.equal(d.section, 'part-1');
    assert.deepEqual(d.range, rangeOf(text, WT_HEADINGS['part-1']));
    assert.match(
      d.message,
      /Part 1\. Overview Questions \(Provides Context\) should come before Part 2\. Work Examples\/Artifacts\/Evidence/,
    );
  });

  test("Part 3 before Part 2: Part 3 is the one that moves, to after Part 2's artifacts", () => {
    const text = doc(WT, [
      [WT_HEADINGS['part-1'], WT_BODIES['part-1']],
      [WT_HEADINGS['part-3'], WT_BODIES['part-3']],
      [WT_HEADINGS['part-2']],
      [WT_HEADINGS['artifact-1'], WT_BODIES['artifact-1']],
      [WT_HEADINGS['artifact-2'], WT_BODIES['artifact-2']],
      [WT_HEADINGS['artifact-3'], WT_BODIES['artifact-3']],
    ]);
    const d = single(run(text), 'section-out-of-order');
    assert.equal(d.section, 'part-3');
    assert.match(
      d.message,
      new RegExp(
        '^Part 3 Reflection should come after ' +
          '(Artifact 3: Visual Presentation|Part 2\\. Work Examples/Artifacts/Evidence)',
      ),
    );
  });

  test('two swapped artifacts: ties keep the earlier heading, so the later one moves', () => {
    const text = doc(WT, [
      [WT_HEADINGS['part-1'], WT_BODIES['part-1']],
      [WT_HEADINGS['part-2']],
      [WT_HEADINGS['artifact-2'], WT_BODIES['artifact-2']],
      [WT_HEADINGS['artifact-1'], WT_BODIES['artifact-1']],
      [WT_HEADINGS['artifact-3'], WT_BODIES['artifact-3']],
      [WT_HEADINGS['part-3'], WT_BODIES['part-3']],
    ]);
    const d = single(run(text), 'section-out-of-order');
    assert.equal(d.section, 'artifact-1');
    assert.match(d.message, /^Artifact 1: List of Stakeholders should come before Artifact 2: Written Plan/);
  });

  test("not out of order: the rubric's order", () => {
    assert.equal(withCode(run(wt()), 'section-out-of-order').length, 0);
    assert.equal(withCode(run(es()), 'section-out-of-order').length, 0);
  });
});

describe('identifying-information', () => {
  const inPart2 = (body: string) => wt({ 'part-2': body });

  test('an e-mail address is a warning on the address, about no section', () => {
    const email = 'jane.doe@riverbend.example.org';
    const text = inPart2(`Families could write to ${email} with questions.`);
    const d = single(run(text), 'identifying-information');
    assert.equal(d.severity, 'warning');
    assert.equal(d.section, null);
    assert.ok(d.message.includes(email), d.message);
    assert.deepEqual(d.range, rangeOf(text, email));
  });

  test('phone numbers are flagged, each on its own text', () => {
    const a = '(555) 123-4567';
    const b = '555-987-6543';
    const text = inPart2(`Call the office at ${a} or my cell at ${b} after school.`);
    const analysis = run(text);
    assert.deepEqual(codes(analysis), ['identifying-information', 'identifying-information'], describeAll(analysis));
    assert.deepEqual(analysis.diagnostics[0].range, rangeOf(text, a));
    assert.deepEqual(analysis.diagnostics[1].range, rangeOf(text, b));
    assert.ok(analysis.diagnostics[1].message.includes(b));
  });

  test('other common phone formats are flagged too: a toll-free number with its leading 1', () => {
    const phone = '1-800-555-0199';
    const text = inPart2(`Our family hotline is ${phone} on weekdays.`);
    const d = single(run(text), 'identifying-information');
    assert.deepEqual(d.range, rangeOf(text, phone));
  });

  test('an international number with spaced pairs is flagged', () => {
    const phone = '+33 1 23 45 67 89';
    const text = inPart2(`During the exchange I could be reached at ${phone} in the evenings.`);
    const d = single(run(text), 'identifying-information');
    assert.deepEqual(d.range, rangeOf(text, phone));
  });

  test('an address behind a mailto link with other words as its label is flagged', () => {
    const text = inPart2('Families can [write to me](mailto:jane.doe@example.org) with questions.');
    const d = single(run(text), 'identifying-information');
    assert.ok(d.message.includes('jane.doe@example.org'), d.message);
  });

  test('an e-mail address written as inline code is still an e-mail address', () => {
    const email = 'jane.doe@example.org';
    const text = inPart2(`The sign-up form went to \`${email}\` last spring.`);
    const d = single(run(text), 'identifying-information');
    assert.deepEqual(d.range, rangeOf(text, email));
  });

  test('not identifying: years, ranges, grade spans and timestamps', () => {
    none(
      run(
        inPart2(
          'In the 2021-2022 school year we served grades 6-8 and ran 1-4 sessions a week for K-12 families. ' +
            'Point 1 begins at 0:25, point 2 at 1:15:30, and the district plan for 2019–2024 is on page 12-13.',
        ),
      ),
    );
  });

  test('configured terms are flagged as whole words in any case; without the option they are not', () => {
    const text = inPart2('I teach at Riverbend Middle School, near riverbend middle fields. Riverbender is a word.');
    const analysis = run(text, ['Riverbend Middle']);
    const hits = withCode(analysis, 'identifying-information');
    assert.equal(hits.length, 2, describeAll(analysis));
    assert.deepEqual(hits[0].range, rangeOf(text, 'Riverbend Middle'));
    assert.deepEqual(hits[1].range, rangeOf(text, 'riverbend middle'));
    assert.equal(hits[0].section, null);
    none(run(text));
  });
});

describe('unknown-rubric', () => {
  test('an unknown id is an error on the value with a did-you-mean, and the only diagnostic', () => {
    const id = 'working-togther-for-student-success';
    const text = ['---', `rubric: ${id}`, '---', '', '# My draft', '', words(10), ''].join('\n');
    const analysis = run(text);
    const d = single(analysis, 'unknown-rubric');
    assert.equal(d.severity, 'error');
    assert.equal(d.section, null);
    assert.deepEqual(d.range, rangeOf(text, id));
    assert.match(d.message, /did you mean/i);
    assert.ok(d.message.includes(`${WT}`), d.message);
    assert.equal(analysis.rubric, null);
  });

  test('a near-miss of engaging-stakeholders suggests it', () => {
    const text = doc('engaging-stakeholder', [['## Part 1. Overview questions', words(5)]]);
    const d = single(run(text), 'unknown-rubric');
    assert.match(d.message, /did you mean "?engaging-stakeholders"?/i);
  });

  test('a rubric key with no value names no known rubric: unknown-rubric', () => {
    const text = ['---', 'rubric:', '---', '', '## Part 1. Overview questions', '', words(5), ''].join('\n');
    const d = single(run(text), 'unknown-rubric');
    assert.equal(d.severity, 'error');
    assert.equal(d.section, null);
    assert.equal(d.range.start.line, 1);
  });

  test('not unknown: every built-in id is known', () => {
    for (const id of [
      WT,
      ES,
      'stakeholder-participation',
      'stakeholder-relationships',
      'district-stakeholder-engagement',
    ]) {
      const analysis = run(doc(id, []));
      assert.equal(withCode(analysis, 'unknown-rubric').length, 0, id);
      assert.equal(analysis.rubric?.id, id);
    }
  });
});

describe('invalid-front-matter', () => {
  test("front matter that is not YAML gives invalid-front-matter only, at the error's place", () => {
    const text = [
      '---',
      `rubric: ${WT}`,
      'title: "An unfinished quote',
      '---',
      '',
      '## Part 1. Overview Questions',
      '',
      words(5),
      '',
    ].join('\n');
    const analysis = run(text);
    const d = single(analysis, 'invalid-front-matter');
    assert.equal(d.severity, 'error');
    assert.equal(d.section, null);
    assert.equal(analysis.rubric, null);
    // The error is inside the front matter, at or after the broken line.
    assert.ok(d.range.start.line >= 2 && d.range.start.line <= 3, JSON.stringify(d.range));
  });

  test('a broken mapping on the rubric line itself is reported there', () => {
    const text = ['---', 'rubric: engaging-stakeholders: extra', 'title: draft', '---', '', words(5), ''].join('\n');
    const analysis = run(text);
    const d = single(analysis, 'invalid-front-matter');
    assert.equal(d.section, null);
    assert.equal(analysis.rubric, null);
    // Line 1 (0-based) is the broken line.
    assert.equal(d.range.start.line, 1, JSON.stringify(d.range));
  });

  test('not invalid: front matter with more keys than the rubric', () => {
    const text = wt().replace(
      `rubric: ${WT}\n`,
      `title: "My draft: second try"\nrubric: ${WT}\ntags: [essa, family]\n`,
    );
    none(run(text));
  });
});

describe('documents that are no submission', () => {
  test('Markdown without a rubric gets no diagnostics, whatever it holds', () => {
    const text = [
      '# Notes',
      '',
      'Write to jane.doe@example.org or call (555) 123-4567.',
      '',
      '## Part 1. Overview questions',
      '',
      words(900),
      '',
    ].join('\n');
    const analysis = run(text);
    none(analysis);
    assert.equal(analysis.rubric, null);
  });

  test('front matter without a rubric key is no submission either', () => {
    const analysis = run(['---', 'title: Notes', '---', '', '## Part 3 Reflection', '', words(700), ''].join('\n'));
    none(analysis);
    assert.equal(analysis.rubric, null);
  });
});

describe('line endings', () => {
  test('CRLF documents get the same diagnostics at the same positions as LF ones', () => {
    const lf = wt({
      'artifact-2': plan(320),
      'artifact-1': stakeholders(3),
      'part-2': 'Write to a.b@example.org.',
    });
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = run(lf).diagnostics.map(({ code, section, range }) => ({ code, section, range }));
    const b = run(crlf).diagnostics.map(({ code, section, range }) => ({ code, section, range }));
    assert.deepEqual(a.map((d) => d.code).sort(), ['identifying-information', 'too-few-items', 'word-limit-exceeded']);
    assert.deepEqual(b, a);
  });
});

describe('status', () => {
  test('missing, empty, over, under and ok, by words only', () => {
    const cases: [Partial<Record<WtId, string | null>>, WtId, string][] = [
      [{ 'part-3': null }, 'part-3', 'missing'],
      [{ 'artifact-2': '' }, 'artifact-2', 'empty'],
      [{ 'artifact-2': words(301) }, 'artifact-2', 'over'],
      [{ 'artifact-2': words(199) }, 'artifact-2', 'under'],
      [{ 'artifact-2': words(200) }, 'artifact-2', 'ok'],
      [{ 'part-1': words(451) }, 'part-1', 'over'],
      [{ 'part-1': words(1) }, 'part-1', 'under'],
      [{ 'artifact-1': stakeholders(1) }, 'artifact-1', 'ok'],
      [{ 'artifact-3': '![](photos/only.jpg)' }, 'artifact-3', 'ok'],
    ];
    for (const [bodies, id, status] of cases) {
      assert.equal(section(run(wt(bodies)), id).status, status, `${id} with ${JSON.stringify(bodies).slice(0, 60)}`);
    }
  });
});

describe('suppression comments', () => {
  const comment = (kind: string, code: string) => `<!-- rubric-writer-${kind} ${code} -->`;

  test('disable-next-line above a heading silences that code for the heading', () => {
    const heading = `${comment('disable-next-line', 'word-count-below-minimum')}\n${WT_HEADINGS['artifact-2']}`;
    none(run(wt({ 'artifact-2': plan(150) }, { 'artifact-2': heading })));
  });

  test('disable-next-line above a heading silences a section diagnostic whose range is in the text', () => {
    const heading = `${comment('disable-next-line', 'word-limit-exceeded')}\n${WT_HEADINGS['artifact-2']}`;
    none(run(wt({ 'artifact-2': plan(320) }, { 'artifact-2': heading })));
  });

  test('a different code in the comment silences nothing', () => {
    const heading = `${comment('disable-next-line', 'empty-section')}\n${WT_HEADINGS['artifact-2']}`;
    const d = single(run(wt({ 'artifact-2': plan(150) }, { 'artifact-2': heading })), 'word-count-below-minimum');
    assert.equal(d.section, 'artifact-2');
  });

  test('disable-next-line above a flagged line silences it there only', () => {
    const text = wt({
      'part-2':
        `${comment('disable-next-line', 'identifying-information')}\nWrite to first@example.org ` +
        `today.\n\nOr write to second@example.org tomorrow.`,
    });
    const d = single(run(text), 'identifying-information');
    assert.deepEqual(d.range, rangeOf(text, 'second@example.org'));
  });

  test('disable silences a code everywhere, and only that code', () => {
    const text = wt({
      'part-2':
        `${comment('disable', 'identifying-information')}\n\nWrite to first@example.org today.\n\nOr call ` +
        `555-123-4567.`,
      'artifact-2': plan(150),
    });
    const d = single(run(text), 'word-count-below-minimum');
    assert.equal(d.section, 'artifact-2');
  });

  test('without the comment the same document is flagged', () => {
    const text = wt({ 'part-2': 'Write to first@example.org today.\n\nOr call 555-123-4567.' });
    assert.deepEqual(codes(run(text)), ['identifying-information', 'identifying-information']);
  });

  test('a misspelled code silences nothing and gets invalid-suppression on the code in the comment', () => {
    const heading = `${comment('disable-next-line', 'word-limit-exceded')}\n${WT_HEADINGS['artifact-2']}`;
    const text = wt({ 'artifact-2': plan(320) }, { 'artifact-2': heading });
    const analysis = run(text);
    assert.deepEqual(codes(analysis).sort(), ['invalid-suppression', 'word-limit-exceeded']);
    const [d] = withCode(analysis, 'invalid-suppression');
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.range, rangeOf(text, 'word-limit-exceded'));
    assert.match(d.message, /"word-limit-exceded"/);
    assert.match(d.message, /Did you mean "word-limit-exceeded"\?/);
    // Known codes, in a list with commas, and a comment with no code are valid.
    const many = `${comment('disable', 'identifying-information, missing-caption')}\n\n${comment('disable', '')}`;
    assert.equal(withCode(run(wt({ 'part-2': many })), 'invalid-suppression').length, 0);
    // An unknown code beside a known one: the known one still silences, the unknown one is flagged.
    const mixed = `${comment('disable-next-line', 'word-limit-exceeded wordlimit')}\n${WT_HEADINGS['artifact-2']}`;
    assert.deepEqual(codes(run(wt({ 'artifact-2': plan(320) }, { 'artifact-2': mixed }))), ['invalid-suppression']);
  });

  test('a silenced problem is accepted, not met: the section is ready and every state says it was accepted', () => {
    const heading = `${comment('disable-next-line', 'word-limit-exceeded')}\n${WT_HEADINGS['artifact-2']}`;
    const analysis = run(wt({ 'artifact-2': plan(338) }, { 'artifact-2': heading }));
    none(analysis);
    assert.deepEqual(
      analysis.accepted.map((d) => [d.code, d.section]),
      [['word-limit-exceeded', 'artifact-2']],
    );
    const state = analysis.states.find((s) => s.id === 'artifact-2')!;
    assert.equal(state.ready, true);
    assert.equal(state.accepted, 1);
    assert.equal(state.summary, '338 / 200–300 words — 38 over: accepted');
    assert.equal(state.statusText, 'words over the limit: accepted by you');
    assert.equal(state.verdict, 'ready, 1 problem accepted by you');
    const words = state.requirements.find((r) => r.text.includes('338 now'))!;
    assert.deepEqual([words.met, words.accepted], [false, true]);
    // Without the comment: not ready, not met, nothing accepted.
    const plain = run(wt({ 'artifact-2': plan(338) })).states.find((s) => s.id === 'artifact-2')!;
    assert.deepEqual([plain.ready, plain.accepted, plain.verdict], [false, 0, 'not ready']);
    assert.deepEqual(
      plain.requirements.filter((r) => r.text.includes('338 now')).map((r) => [r.met, r.accepted]),
      [[false, false]],
    );
  });
});

describe('matching headings to sections, as analyze sees them', () => {
  test('every heading variant of the spec matches its section', () => {
    const part1Variants = [
      '## Part 1. Overview questions',
      '## PART 1 — Overview Questions',
      '## Part One: Overview',
      '## **Part 1**',
      '## Part I: Overview questions',
      '## _Part 1. Overview Questions:_',
    ];
    for (const heading of part1Variants) {
      const text = es({}, { 'part-1': heading });
      const analysis = run(text);
      none(analysis);
      assert.equal(section(analysis, 'part-1').heading?.start, offsetOf(text, heading), heading);
    }
    for (const heading of [
      '### Artifact 2 – Written Plan',
      '### Written plan',
      '### Artefact 2: Written Plan',
      '#### ARTIFACT TWO: WRITTEN PLAN',
    ]) {
      const text = wt({}, { 'artifact-2': heading });
      const analysis = run(text);
      assert.equal(section(analysis, 'artifact-2').heading?.start, offsetOf(text, heading), heading);
      assert.equal(section(analysis, 'artifact-2').words, 250, heading);
      none(analysis);
    }
    for (const heading of [
      '### Recordings',
      '### Audio or video recordings',
      '### Recordings of practicing the messaging or engaging two stakeholders',
    ]) {
      const text = es({}, { recordings: heading });
      const analysis = run(text);
      none(analysis);
      assert.equal(section(analysis, 'recordings').heading?.start, offsetOf(text, heading), heading);
    }
  });

  test('Setext headings match', () => {
    const setext = 'Part 1. Overview questions\n--------------------------';
    const text = es({}, { 'part-1': setext });
    const analysis = run(text);
    none(analysis);
    assert.equal(section(analysis, 'part-1').heading?.start, offsetOf(text, setext));
  });

  test('the closest match wins: "Activity Description - Your Learning" is your-learning', () => {
    const text = es(
      { 'your-learning': words(301, 'learn') },
      { 'your-learning': '### Activity Description - Your Learning' },
    );
    const analysis = run(text);
    assert.equal(
      section(analysis, 'your-learning').heading?.start,
      offsetOf(text, '### Activity Description - Your Learning'),
    );
    assert.equal(
      section(analysis, 'activity-description').heading?.start,
      offsetOf(text, ES_HEADINGS['activity-description']),
    );
    assert.equal(single(analysis, 'word-limit-exceeded').section, 'your-learning');
  });

  test('headings that only share some words with a section match nothing', () => {
    // Added to a clean submission, they change nothing.
    const clean = es();
    const body = clean.split('---\n\n')[1];
    const withExtras =
      `---\nrubric: ${ES}\n---\n\n# Engaging Stakeholders: Submission\n\n${body}\n#### Engaging ` +
      `stakeholders\n\n${words(3, 'note')}\n`;
    const analysis = run(withExtras);
    none(analysis);
    // On their own, every Part is missing: one diagnostic per Part.
    const alone = run(
      doc(ES, [
        ['# Engaging Stakeholders: Submission', words(20)],
        ['#### Engaging stakeholders', words(20)],
      ]),
    );
    assert.deepEqual(
      alone.diagnostics.map((d) => `${d.code}:${d.section}`),
      ['missing-section:part-1', 'missing-section:part-2', 'missing-section:part-3'],
    );
    for (const s of alone.sections) assert.equal(s.heading, null, s.id);
  });

  test('flat headings at one level still find Artifact 2 (and every subsection)', () => {
    const flat = Object.fromEntries(WT_ORDER.map((id) => [id, WT_HEADINGS[id].replace(/^#+/, '##')])) as Record<
      WtId,
      string
    >;
    const text = wt({}, flat);
    const analysis = run(text);
    for (const id of WT_ORDER) assert.equal(section(analysis, id).heading?.start, offsetOf(text, flat[id]), id);
    assert.equal(section(analysis, 'artifact-2').words, 250);
    assert.equal(section(analysis, 'artifact-1').items, 5);
    assert.deepEqual(
      analysis.diagnostics.filter((d) =>
        ['missing-section', 'section-out-of-order', 'duplicate-section', 'word-limit-exceeded'].includes(d.code),
      ),
      [],
    );
  });

  test("flat headings: the Part's words are only its own text", () => {
    const flat = Object.fromEntries(WT_ORDER.map((id) => [id, WT_HEADINGS[id].replace(/^#+/, '##')])) as Record<
      WtId,
      string
    >;
    const analysis = run(wt({ 'part-2': words(12, 'intro') }, flat));
    assert.equal(section(analysis, 'part-2').words, 12);
  });

  test("nested headings: a Part's words include its subsections", () => {
    const analysis = run(wt({ 'part-2': words(12, 'intro') }));
    const a1 = section(analysis, 'artifact-1').words!;
    const a2 = section(analysis, 'artifact-2').words!;
    const a3 = section(analysis, 'artifact-3').words!;
    assert.equal(a2, 250);
    assert.equal(section(analysis, 'part-2').words, 12 + a1 + a2 + a3);
  });
});

test('diagnostics at one place are listed by code, in the order a locale-aware comparison gives', () => {
  const analysis = analyze(
    '---\nrubric: working-together-for-student-success\n---\n\n# My submission\n\nSome text.\n',
    {
      registry: new RubricRegistry(),
    },
  );
  const samePlace = (a: Diagnostic, b: Diagnostic) =>
    a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;
  const pairs = analysis.diagnostics.slice(1).map((d, i) => [analysis.diagnostics[i], d] as const);
  assert.ok(
    pairs.some(([a, b]) => samePlace(a, b)),
    'a new submission has diagnostics that share a place',
  );
  for (const [a, b] of pairs.filter(([x, y]) => samePlace(x, y))) assert.ok(a.code.localeCompare(b.code) <= 0);
  const codes = RULES.map((rule) => rule.code);
  for (const a of codes)
    for (const b of codes) assert.equal(Math.sign(a.localeCompare(b)), a < b ? -1 : a > b ? 1 : 0, `${a} ${b}`);
});
