/**
 * The checks of linked files, from the facts the platform read: lengths from the files in the media
 * checks, `duration-mismatch`, `missing-file`, `identifying-metadata` (file names and a reader's
 * findings); each fires and stays silent; facts never change words or sections.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runs } from '../fuzzScale';
import { analyze, type Analysis, type FileFacts, linkedFilePaths, localFilePath } from '../../server/src/core';
import { registry } from './helpers';

const WT = ['---', 'rubric: working-together-for-student-success', '---', ''];

function artifact3(body: string): string {
  return [...WT, '## Part 2. Work Examples', '', '### Artifact 3: Visual Presentation', '', body, ''].join('\n');
}

type Facts = Record<string, FileFacts>;
const checked = (text: string, facts?: Facts, identifyingTerms: string[] = []): Analysis =>
  analyze(text, { registry, identifyingTerms, files: facts && ((path) => facts[path]) });
const of = (analysis: Analysis, code: string) => analysis.diagnostics.filter((d) => d.code === code);

const VIDEO = '[My presentation](practice-run.mp4) (3:45)\n\nPoint 1 at 0:25, point 2 at 1:05, point 3 at 3:30.';

describe('lengths read from the files', () => {
  test('a 5:10 file written as 3:45: duration-mismatch on the written length, media-duration by the file', () => {
    const text = artifact3(VIDEO);
    const analysis = checked(text, { 'practice-run.mp4': { exists: true, durationSeconds: 310.02 } });
    const [mismatch] = of(analysis, 'duration-mismatch');
    assert.match(mismatch.message, /You wrote 3:45; practice-run\.mp4 is 5:10/);
    const line = text.split('\n')[mismatch.range.start.line];
    assert.equal(line.slice(mismatch.range.start.character, mismatch.range.end.character), '3:45');
    assert.equal(mismatch.section, 'artifact-3');
    assert.match(of(analysis, 'media-duration')[0].message, /5:10 long/);
    const state = analysis.states.find((s) => s.id === 'artifact-3')!;
    assert.match(state.summary, /5:10, from the file/);
  });

  test('without facts the written 3:45 stands: no mismatch, within 2-4 minutes', () => {
    const analysis = checked(artifact3(VIDEO));
    assert.deepEqual(of(analysis, 'duration-mismatch'), []);
    assert.deepEqual(of(analysis, 'media-duration'), []);
  });

  test('a length within 2 seconds of the written one is no mismatch', () => {
    const analysis = checked(artifact3(VIDEO), { 'practice-run.mp4': { exists: true, durationSeconds: 226.9 } });
    assert.deepEqual(of(analysis, 'duration-mismatch'), []);
  });

  test('no written length: the file gives it (no information asking for one), and timestamps are judged by it', () => {
    const body = '[Clip](clip%20one.webm)\n\nPoint 1 at 0:25, point 2 at 1:05, point 3 at 2:50.';
    const without = checked(artifact3(body));
    assert.equal(of(without, 'media-duration')[0].severity, 'information');
    const analysis = checked(artifact3(body), { 'clip one.webm': { exists: true, durationSeconds: 150 } });
    assert.deepEqual(of(analysis, 'media-duration'), []);
    assert.match(of(analysis, 'timestamp-past-end')[0].message, /2:50 is past the end of the 2:30 video/);
  });

  test("recordings' total is summed from the files' lengths", () => {
    const text = [
      '---',
      'rubric: engaging-stakeholders',
      '---',
      '',
      '## Part 2',
      '',
      '### Recordings',
      '',
      '[one](a.m4a) (3:00)',
      '',
      '[two](b.mp3) (3:00)',
      '',
    ].join('\n');
    assert.deepEqual(of(checked(text), 'media-limit-exceeded'), []);
    const partly = checked(text, { 'a.m4a': { exists: true, durationSeconds: 400 }, 'b.mp3': { exists: true } });
    assert.deepEqual(of(partly, 'media-limit-exceeded'), []);
    assert.match(partly.states.find((s) => s.id === 'recordings')!.summary, /9:40, partly from the files/);
    const over = checked(text, {
      'a.m4a': { exists: true, durationSeconds: 400 },
      'b.mp3': { exists: true, durationSeconds: 300 },
    });
    assert.match(of(over, 'media-limit-exceeded')[0].message, /total 11:40; the limit is 10:00/);
  });
});

describe('missing-file', () => {
  const text = artifact3('![Family night](photos/family-night-2.jpg) Families at our first night.');

  test('fires on a missing file, offering the closest names of its folder', () => {
    const analysis = checked(text, {
      'photos/family-night-2.jpg': { exists: false, siblings: ['family-night-02.jpg', 'agenda.pdf'] },
    });
    const [missing] = of(analysis, 'missing-file');
    assert.match(missing.message, /family-night-2\.jpg is not there \(photos\/family-night-2\.jpg\)/);
    assert.match(missing.message, /Did you mean family-night-02\.jpg\?/);
    assert.deepEqual(missing.data?.suggestions, ['family-night-02.jpg']);
    assert.equal(missing.data?.written, 'photos/family-night-2.jpg');
    assert.equal(missing.section, 'artifact-3');
  });

  test("names its folder's files as they are now: new facts after the folder changed, new names", () => {
    const before = { 'photos/family-night-2.jpg': { exists: false, siblings: ['family-night-02.jpg'] } };
    const suggested = (facts: Facts) => of(checked(text, facts), 'missing-file')[0].data?.suggestions;
    assert.deepEqual(suggested(before), ['family-night-02.jpg']);
    // The same facts again (the next edit's check): the same names.
    assert.deepEqual(suggested(before), ['family-night-02.jpg']);
    const renamed = { 'photos/family-night-2.jpg': { exists: false, siblings: ['family-night-3.jpg', 'agenda.pdf'] } };
    assert.deepEqual(suggested(renamed), ['family-night-3.jpg']);
  });

  test('is silent for a file that is there, one not read, and a web address', () => {
    assert.deepEqual(of(checked(text, { 'photos/family-night-2.jpg': { exists: true } }), 'missing-file'), []);
    assert.deepEqual(of(checked(text, {}), 'missing-file'), []);
    assert.deepEqual(of(checked(text), 'missing-file'), []);
    const web = artifact3('[Video](https://youtu.be/x) and [plan](#part-2)');
    assert.deepEqual(linkedFilePaths(checked(web).blockIndex), []);
  });

  test('any link in any section, its name percent-decoded', () => {
    const doc = [...WT, '## Part 1. Overview', '', 'See [my plan](plans/My%20Plan.pdf).', ''].join('\n');
    const analysis = checked(doc, { 'plans/My Plan.pdf': { exists: false, siblings: ['my plan.pdf'] } });
    const [missing] = of(analysis, 'missing-file');
    assert.match(missing.message, /My Plan\.pdf is not there.*Did you mean my plan\.pdf\?/);
    assert.equal(missing.data?.written, 'plans/My%20Plan.pdf');
  });

  test('local paths: decoded, without query or fragment; none for web, mail and anchors', () => {
    assert.equal(localFilePath('a%20b.mp4?x=1#t=3'), 'a b.mp4');
    assert.equal(localFilePath('../media/clip.mov'), '../media/clip.mov');
    assert.equal(localFilePath('https://example.com/a.mp4'), null);
    assert.equal(localFilePath('mailto:a@b.c'), null);
    assert.equal(localFilePath('#part-2'), null);
    assert.equal(localFilePath('//server/share/a.mp4'), null);
  });
});

describe('identifying-metadata on linked files', () => {
  const text = artifact3('![Our night](photos/night.jpg) Families at our first night.');

  test("names the field and what it holds, from the metadata reader's findings", () => {
    const analysis = checked(text, {
      'photos/night.jpg': { exists: true, metadata: [{ field: 'GPS position', value: '40.7128, -74.0060' }] },
    });
    const [found] = of(analysis, 'identifying-metadata');
    assert.match(found.message, /night\.jpg carries its GPS position in its metadata \("40\.7128, -74\.0060"\)/);
  });

  test("a linked document's tracked changes and comments, said as a Word draft's are, naming the file", () => {
    const doc = artifact3('![Our night](photos/night.jpg) Families at our first night. [Plan](plan.docx)');
    const metadata = [
      { field: 'Author', value: 'Maria Rivera' },
      { field: 'tracked-changes', value: 'Maria Rivera' },
      { field: 'comments', value: 'Jo Rivera' },
    ];
    const messages = of(
      checked(doc, { 'photos/night.jpg': { exists: true }, 'plan.docx': { exists: true, metadata } }),
      'identifying-metadata',
    ).map((d) => d.message);
    assert.deepEqual(messages, [
      'plan.docx carries its Author in its metadata ("Maria Rivera"), which would identify you to your reviewers; ' +
        'remove it from the file (or export a copy without it) before you submit.',
      'Tracked changes in plan.docx are signed "Maria Rivera", which would identify you to your reviewers; ' +
        'accept or reject them before you submit.',
      'A comment in plan.docx is signed "Jo Rivera", which would identify you to your reviewers; ' +
        'delete the comments before you submit.',
    ]);
  });

  test('a file name with an e-mail address or an identifying term', () => {
    const doc = artifact3('![Our night](photos/rivera-family-night.jpg) and [notes](j.rivera@school.org.pdf).');
    const facts = { 'photos/rivera-family-night.jpg': { exists: true }, 'j.rivera@school.org.pdf': { exists: true } };
    const messages = of(checked(doc, facts, ['Rivera']), 'identifying-metadata').map((d) => d.message);
    assert.equal(messages.length, 2);
    assert.match(messages[0], /The file name rivera-family-night\.jpg holds the term "rivera"/);
    assert.match(messages[1], /holds the e-mail address "j\.rivera@school\.org\.pdf"|holds the e-mail address/);
  });

  test("an e-mail address in a linked file's name is reported once: as the file's name, without its extension", () => {
    const doc = artifact3('![Night](photos/maria.rivera@school.org.jpg) Families came. Write to maria@school.org.');
    const facts = { 'photos/maria.rivera@school.org.jpg': { exists: true } };
    const analysis = checked(doc, facts);
    const messages = analysis.diagnostics
      .filter((d) => d.code === 'identifying-metadata' || d.code === 'identifying-information')
      .map((d) => `${d.code}: ${d.message}`);
    assert.equal(messages.length, 2, messages.join('\n'));
    assert.match(
      messages[0],
      /^identifying-metadata: .*maria\.rivera@school\.org\.jpg holds the e-mail address "maria\.rivera@school\.org"/,
    );
    // The address in the running text is the privacy rule's, as before.
    assert.match(messages[1], /^identifying-information: .*"maria@school\.org"/);
  });

  test('a file not read, or not there: the address in its name is still reported, by the privacy rule', () => {
    const doc = artifact3('![Night](photos/maria.rivera@school.org.jpg) Families came.');
    for (const facts of [undefined, { 'photos/maria.rivera@school.org.jpg': { exists: false, siblings: [] } }]) {
      const analysis = checked(doc, facts);
      assert.equal(of(analysis, 'identifying-information').length, 1);
      assert.equal(of(analysis, 'identifying-metadata').length, 0);
    }
  });

  test('silent on a clean file, and without facts', () => {
    assert.deepEqual(
      of(checked(text, { 'photos/night.jpg': { exists: true, metadata: [] } }, ['Rivera']), 'identifying-metadata'),
      [],
    );
    assert.deepEqual(of(checked(text, undefined, ['night']), 'identifying-metadata'), []);
  });
});

const FILE_CODES = new Set(['missing-file', 'duration-mismatch', 'identifying-metadata']);
const PIECES = [
  '## Part 2. Work Examples',
  '### Artifact 3: Visual Presentation',
  '### Artifact 2: Written Plan',
  '## Part 3 Reflection',
  '[Talk](talk.mp4) (3:45)',
  '[Memo](memo%201.m4a) 2 minutes',
  '![Night](photos/night.jpg) Families came.',
  '[Plan](plan.pdf)',
  'Point 1 at 0:25 and point 2 at 4:50.',
  'We met the families and talked about reading at home.',
  '',
];
const FACTS = fc.record({
  'talk.mp4': fc.record({
    exists: fc.boolean(),
    durationSeconds: fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }),
  }),
  'memo 1.m4a': fc.record({ exists: fc.boolean() }),
  'photos/night.jpg': fc.record({ exists: fc.boolean(), siblings: fc.constant(['nite.jpg']) }),
  'plan.pdf': fc.record({ exists: fc.boolean() }),
});

test('facts never change words or sections; without lengths they only add the file rules', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), FACTS, (lines, facts) => {
      const text = [...WT, ...lines].join('\n');
      const without = checked(text);
      const withFacts = checked(text, facts as Facts);
      const shape = (a: Analysis) => a.sections.map((s) => [s.id, s.words, s.status, s.recordings.length]);
      assert.deepEqual(shape(withFacts), shape(without));
      const noLengths = Object.fromEntries(
        Object.entries(facts).map(([path, fact]) => [path, { ...fact, durationSeconds: undefined }]),
      ) as Facts;
      const plain = checked(text, noLengths).diagnostics.filter((d) => !FILE_CODES.has(d.code));
      assert.deepEqual(plain, without.diagnostics);
    }),
    { numRuns: runs(150) },
  );
});
