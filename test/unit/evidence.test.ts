/**
 * The evidence checks (what the rubric's Developing column names): statements, points, media
 * present, timestamps; each met, not met, at its boundary, and a near-miss that must not fire.
 * And the one recogniser of durations and timestamps.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimestamps, readClock, readDuration, type Analysis } from '../../server/src/core';
import { check } from './helpers';

const WT = ['---', 'rubric: working-together-for-student-success', '---', ''];

/** Working-together Part 2 with these artifact bodies (others left out). */
function part2(artifacts: { a1?: string; a2?: string; a3?: string }): string {
  const out = [...WT, '## Part 2. Work Examples/Artifacts/Evidence', ''];
  if (artifacts.a1 !== undefined) out.push('### Artifact 1: List of Stakeholders', '', artifacts.a1, '');
  if (artifacts.a2 !== undefined) out.push('### Artifact 2: Written Plan', '', artifacts.a2, '');
  if (artifacts.a3 !== undefined) out.push('### Artifact 3: Visual Presentation', '', artifacts.a3, '');
  return out.join('\n');
}

const of = (analysis: Analysis, code: string) => analysis.diagnostics.filter((d) => d.code === code);

describe('the timestamp and duration recogniser', () => {
  test('timestamps in running text: m:ss and h:mm:ss', () => {
    assert.deepEqual(
      findTimestamps('1:05').map((t) => t.seconds),
      [65],
    );
    assert.deepEqual(
      findTimestamps('from 1:02:03 on').map((t) => [t.start, t.end, t.seconds]),
      [[5, 12, 3723]],
    );
    assert.deepEqual(
      findTimestamps('point 1 at 0:25, point 2 at 12:30.').map((t) => t.seconds),
      [25, 750],
    );
    // A colon after the time ends a clause, it does not make the time longer.
    assert.deepEqual(
      findTimestamps('at 1:05: the principal').map((t) => t.seconds),
      [65],
    );
  });

  test('clock times, ratios and other near-misses are no timestamps', () => {
    for (const text of [
      '6:30 p.m.',
      'at 10:15am',
      'at 10:15 AM',
      '7:00 PST',
      "at 6 o'clock",
      '3:1',
      '1:75',
      'ab1:05',
      'host.org:8080',
    ])
      assert.deepEqual(findTimestamps(text), [], text);
  });

  test('a duration after a media link is read by the same recogniser, and a clock time is not a duration', () => {
    assert.deepEqual(readDuration(' (1:02:03)'), { seconds: 3723, length: 10 });
    assert.equal(readDuration(' (6:30 p.m.)'), null);
    assert.equal(readClock('3:1'), null);
    assert.deepEqual(readClock('1:05'), { seconds: 65, length: 4 });
  });
});

describe('missing-statement', () => {
  const five = (first: string) =>
    [first, ...['Parents', 'Teachers', 'Students', 'Board'].map((n) => `- ${n} shape the plan we will carry out`)].join(
      '\n',
    );

  test('a bare name and a one-word reason: one warning each, on the item line, with its words', () => {
    const analysis = check(
      part2({ a1: `- Principal\n- Parents: important\n${five('- Coaches help every teacher plan each lesson')}` }),
    );
    const found = of(analysis, 'missing-statement');
    assert.deepEqual(
      found.map((d) => [d.range.start.line, d.severity, d.section]),
      [
        [8, 'warning', 'artifact-1'],
        [9, 'warning', 'artifact-1'],
      ],
    );
    assert.match(found[0].message, /^"Principal" has 1 word; .*\(at least 6 words\)/);
    assert.match(found[1].message, /^"Parents: important" has 2 words;/);
    assert.equal(found[0].range.end.character, '- Principal'.length);
  });

  test('boundary: exactly 6 words is a statement; 5 is not', () => {
    assert.equal(
      of(check(part2({ a1: five('- The principal leads our improvement plan') })), 'missing-statement').length,
      0,
    );
    assert.equal(of(check(part2({ a1: five('- The principal leads our plan') })), 'missing-statement').length, 1);
  });

  test(
    "a name with its statement in nested items or a table row is a statement; the rubric's own words are not " +
      'counted twice',
    () => {
      const nested = five('- **Principal**\n  - leads the improvement plan we follow');
      assert.equal(of(check(part2({ a1: nested })), 'missing-statement').length, 0);
      const table = [
        '| Stakeholder | Why |',
        '| --- | --- |',
        '| Principal | leads the school improvement plan |',
        '| Parents | |',
      ].join('\n');
      const rows = of(check(part2({ a1: table })), 'missing-statement');
      assert.deepEqual(
        rows.map((d) => d.range.start.line),
        [11],
      );
    },
  );

  test('near-miss: an empty list gets empty-section only; a rubric without statements asks for none', () => {
    assert.equal(of(check(part2({ a1: '' })), 'missing-statement').length, 0);
    const es = [
      ...WT.slice(0, 1),
      'rubric: engaging-stakeholders',
      '---',
      '',
      '### Evidence of engagement',
      '',
      '- Principal',
      '',
    ];
    assert.equal(of(check(es.join('\n')), 'missing-statement').length, 0);
  });
});

describe('too-few-points', () => {
  test('two labelled points: a warning that says the numbers', () => {
    const d = of(check(part2({ a2: 'Intro line.\n\n**Point 1:** one.\n\nPoint two: two.' })), 'too-few-points');
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, 'warning');
    assert.equal(d[0].message, 'Artifact 2: Written Plan names 2 points; the rubric asks for 3.');
  });

  test('boundary: three points, labelled in any of the ways writers do, or listed', () => {
    for (const a2 of [
      '**Point 1.** a\n\nPoint two: b\n\nThird point: c',
      '#### Point 1\n\na\n\n#### Point 2\n\nb\n\n#### Point 3\n\nc',
      'My plan:\n\n- tell them one thing\n- then another\n- and a last one',
    ])
      assert.equal(of(check(part2({ a2 })), 'too-few-points').length, 0, a2);
  });

  test('no point at all: information, saying how to label them', () => {
    // Labels the template wrote and the writer has not filled in are no points.
    const oneFilled = check(
      part2({ a2: 'Point 1: we share the new funding plan with families.\n\nPoint 2:\n\nPoint 3:' }),
    );
    const [unfilled] = of(oneFilled, 'too-few-points');
    assert.ok(unfilled, 'two bare labels are not points');
    assert.equal(unfilled.severity, 'warning');
    assert.equal(oneFilled.sections.find((s) => s.id === 'artifact-2')!.points, 1);
    const [d] = of(check(part2({ a2: 'One paragraph of plan without any labels.' })), 'too-few-points');
    assert.equal(d.severity, 'information');
    assert.match(
      d.message,
      /no points found; the rubric asks for 3\. Label your points Point 1, Point 2, Point 3 or list them/,
    );
  });

  test(
    'near-misses: "Pointing out" and "point of contact" are no labels; details listed under labelled points are ' +
      'no points',
    () => {
      const [d] = of(check(part2({ a2: 'Pointing out the law.\n\nPoint of contact: me.' })), 'too-few-points');
      assert.equal(d.severity, 'information');
      const details = 'Point 1: a\n\n- detail\n- detail\n- detail\n\nPoint 2: b';
      assert.match(of(check(part2({ a2: details })), 'too-few-points')[0].message, /names 2 points/);
      assert.equal(of(check(part2({ a2: '' })), 'too-few-points').length, 0, 'an empty plan gets empty-section only');
    },
  );
});

describe('missing-media', () => {
  test('words and no video or photo in Artifact 3: a warning on its heading', () => {
    const analysis = check(part2({ a3: 'I presented the plan at the council meeting.' }));
    const [d] = of(analysis, 'missing-media');
    assert.equal(d.severity, 'warning');
    assert.equal(d.range.start.line, 6, 'the heading');
    assert.match(d.message, /no video link or photo/);
  });

  test('a video link or a single photo is media; an empty section gets empty-section only', () => {
    assert.equal(of(check(part2({ a3: '![The council](council.jpg) The council votes.' })), 'missing-media').length, 0);
    assert.equal(of(check(part2({ a3: '[Video](v.mp4) (3:00)' })), 'missing-media').length, 0);
    const empty = check(part2({ a3: '' }));
    assert.deepEqual(
      empty.diagnostics.filter((d) => d.section === 'artifact-3').map((d) => d.code),
      ['empty-section'],
    );
  });

  test('engaging-stakeholders Recordings must hold a recording; a link to a page is none', () => {
    const text = [
      '---',
      'rubric: engaging-stakeholders',
      '---',
      '',
      '### Recordings',
      '',
      '[Notes](https://example.org/notes) of our talk.',
      '',
    ];
    const [d] = of(check(text.join('\n')), 'missing-media');
    assert.equal(d.section, 'recordings');
    assert.match(d.message, /has no recording/);
  });
});

describe('missing-timestamps and timestamp-past-end', () => {
  const a3 = (after: string) => `[Video](media/v.mp4) (2:30)\n\n${after}`;

  test('fewer than three timestamps in the plan and the presentation together: a warning on the video link', () => {
    const analysis = check(part2({ a2: 'Point 1 at 0:20.', a3: a3('Point 2 at 1:10.') }));
    const [d] = of(analysis, 'missing-timestamps');
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.range.start, { line: 12, character: 0 }, 'the video link');
    assert.match(d.message, /give 2 timestamps for this video; the rubric asks for 3/);
  });

  test(
    'three, read from Artifact 2 and Artifact 3 together, are enough; the duration after the link is no ' + 'timestamp',
    () => {
      assert.equal(
        of(check(part2({ a2: 'Point 1 at 0:20, point 2 at 1:10.', a3: a3('Point 3 at 2:00.') })), 'missing-timestamps')
          .length,
        0,
      );
      assert.equal(of(check(part2({ a3: a3('Point 1 at 0:20, point 2 at 1:10.') })), 'missing-timestamps').length, 1);
    },
  );

  test('near-misses: clock times do not count; a photo essay needs no timestamps', () => {
    const clock = check(part2({ a3: a3('We met at 6:30 p.m. and 7:15pm; point 1 at 0:20 and point 2 at 1:00.') }));
    assert.match(of(clock, 'missing-timestamps')[0].message, /give 2 timestamps/);
    assert.equal(of(check(part2({ a3: '![Council](c.jpg) The vote.' })), 'missing-timestamps').length, 0);
  });

  test('a timestamp past the written duration: a warning on the timestamp; equal to the duration is inside', () => {
    const analysis = check(part2({ a2: 'Point 3 at 2:50.', a3: a3('Point 1 at 0:20, point 2 at 2:30.') }));
    const past = of(analysis, 'timestamp-past-end');
    assert.equal(past.length, 1);
    assert.equal(past[0].message.startsWith('2:50 is past the end of the 2:30 video'), true);
    assert.deepEqual(past[0].range, { start: { line: 8, character: 11 }, end: { line: 8, character: 15 } });
    const noLength = check(part2({ a3: '[Video](media/v.mp4)\n\nPoint 1 at 9:20, point 2 at 9:30, point 3 at 9:40.' }));
    assert.equal(of(noLength, 'timestamp-past-end').length, 0, 'with no written duration nothing is past the end');
  });
});
