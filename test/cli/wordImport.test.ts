/** `rubric-writer import` and `check` of Word drafts, end to end. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { fullDraft, simpleDraft, words } from '../unit/wordFixtures';
import { cli, run } from './run';

describe('Word drafts', () => {
  let dir: string;
  const at = (name: string) => join(dir, name);
  const save = async (name: string, data: Promise<ArrayBuffer>) => writeFileSync(at(name), Buffer.from(await data));
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rubric-writer-word-'));
    await save('draft.docx', fullDraft());
    await save(
      'over.docx',
      simpleDraft([
        { heading: 'Part 2. Work Examples/Artifacts/Evidence' },
        { bold: 'Artifact 2: Written Plan' },
        { text: words(150) },
        { text: words(170) },
        { heading: 'Part 3 Reflection' },
        { text: words(350) },
      ]),
    );
    await save(
      'unknown.docx',
      simpleDraft([{ heading: 'My summer' }, { text: 'Hello.' }, { heading: 'Reflection' }, { text: 'More.' }]),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('import writes the submission and its images beside the draft and says what it met', async () => {
    const run = await cli('import', at('draft.docx'));
    assert.equal(run.status, 0, run.stderr);
    const markdown = readFileSync(at('draft.md'), 'utf8');
    assert.match(markdown, /^---\nrubric: working-together-for-student-success\n---\n/);
    for (const n of [1, 2, 3, 4]) assert.ok(existsSync(at(`draft-images/image-${n}.png`)));
    assert.match(run.stderr, /wrote .*draft\.md \(Working Together for Student Success/);
    assert.match(run.stderr, /sections found: 6 /);
    assert.match(run.stderr, /tracked changes: 1 insertion, 1 deletion .*comments: 1 .*images: 4/);
    assert.match(run.stderr, /warning identifying-metadata: .*author field holds "Maria Rivera"/);
  });

  test('import never writes over a file unless --force; -o - prints the Markdown', async () => {
    writeFileSync(at('kept.md'), 'mine\n');
    const refused = await cli('import', at('draft.docx'), '-o', at('kept.md'));
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /kept\.md already exists; not overwriting it/);
    assert.equal(readFileSync(at('kept.md'), 'utf8'), 'mine\n');
    const forced = await cli('import', at('draft.docx'), '-o', at('kept.md'), '--force');
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(readFileSync(at('kept.md'), 'utf8'), /^---\nrubric:/);
    const printed = await cli('import', at('over.docx'), '-o', '-');
    assert.equal(printed.status, 0, printed.stderr);
    assert.match(printed.stdout, /^---\nrubric: working-together-for-student-success\n---\n\n# Part 2/);
  });

  test('import -o - prints the Markdown and writes its images in the current folder, where links resolve', async () => {
    await save('printed.docx', fullDraft());
    const here = at('working');
    mkdirSync(here);
    const printed = await run(['import', at('printed.docx'), '-o', '-'], { cwd: here });
    assert.equal(printed.status, 0, printed.stderr);
    assert.match(printed.stdout, /\]\(printed-images\/image-1\.png\)/);
    for (const n of [1, 2, 3, 4]) assert.ok(existsSync(join(here, `printed-images/image-${n}.png`)));
    assert.ok(!existsSync(at('printed-images')), 'nothing beside the draft');
    assert.match(
      printed.stderr,
      /images written to .*working[\\/]printed-images; the links are relative to the current/,
    );
    const again = await run(['import', at('printed.docx'), '-o', '-'], { cwd: here });
    assert.equal(again.status, 2);
    assert.equal(again.stdout, '', 'nothing printed when the images cannot be written');
    assert.match(again.stderr, /image-1\.png already exists; not overwriting it/);
  });

  test('a draft no rubric matches well: exit 2 with the three closest; --rubric names one', async () => {
    const run = await cli('import', at('unknown.docx'));
    assert.equal(run.status, 2);
    assert.match(
      run.stderr,
      /no rubric matches its headings well; the closest: [a-z-]+ \(\d+ of \d+ sections matched\), /,
    );
    assert.equal(run.stderr.match(/\(\d/g)?.length, 3);
    assert.ok(!existsSync(at('unknown.md')));
    const named = await cli('import', at('unknown.docx'), '--rubric', 'engaging-stakeholders', '-o', '-');
    assert.equal(named.status, 0, named.stderr);
    assert.match(named.stdout, /^---\nrubric: engaging-stakeholders\n/);
  });

  test('check of a .docx reports what check of its imported Markdown reports, placed at Word paragraphs', async () => {
    await cli('import', at('over.docx'), '-o', at('over.md'));
    const [word, markdown] = await Promise.all([
      cli('check', '--format', 'json', at('over.docx')),
      cli('check', '--format', 'json', at('over.md')),
    ]);
    assert.equal(word.status, 1, word.stderr);
    assert.equal(markdown.status, 1, markdown.stderr);
    const [fromWord] = JSON.parse(word.stdout).files;
    const [fromMarkdown] = JSON.parse(markdown.stdout).files;
    const unplaced = fromWord.diagnostics.map(({ paragraph: _p, ...d }: { paragraph: number }) => d);
    assert.deepEqual(unplaced, fromMarkdown.diagnostics);
    assert.deepEqual(fromWord.sections, fromMarkdown.sections);
    const over = fromWord.diagnostics.find((d: { code: string }) => d.code === 'word-limit-exceeded');
    assert.equal(over.paragraph, 4, 'the first word past the limit is in the Word paragraph 4');
    const text = await cli('check', at('over.docx'));
    assert.match(text.stdout, /over\.docx: ¶4 \(Artifact 2: Written Plan\): error word-limit-exceeded: .*320 words/);
  });

  test('check takes .docx files named or globbed, but a folder still means its Markdown', async () => {
    const folder = at('only-word');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.docx'), readFileSync(at('over.docx')));
    const byFolder = await cli('check', folder);
    assert.equal(byFolder.status, 2);
    assert.match(byFolder.stderr, /no Markdown files/);
    const byGlob = await cli('check', '--format', 'json', `${folder}/*.docx`);
    assert.equal(JSON.parse(byGlob.stdout).files.length, 1);
  });

  test('export of a Word draft is refused with one line; a file that is no Word document says so', async () => {
    const exported = await cli('export', at('draft.docx'));
    assert.equal(exported.status, 2);
    assert.equal(exported.stderr.trim().split('\n').length, 1);
    assert.match(exported.stderr, /is already a Word document/);
    writeFileSync(at('fake.docx'), 'just text\n');
    const checked = await cli('check', at('fake.docx'));
    assert.equal(checked.status, 2);
    assert.match(checked.stderr, /fake\.docx: is not a Word document \(\.docx\)/);
  });

  test('check of a .docx reads the files it links and its own photos, as check of its Markdown does', async () => {
    const media = join(__dirname, '../fixtures/media');
    const folder = at('linked');
    mkdirSync(folder);
    writeFileSync(join(folder, 'practice-run.mp4'), readFileSync(join(media, 'practice-run.mp4')));
    const link = (target: string, text: string, after: string) =>
      new Paragraph({
        children: [new ExternalHyperlink({ link: target, children: [new TextRun(text)] }), new TextRun(after)],
      });
    const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
      new Paragraph({ text, heading: level });
    const photo = new ImageRun({
      type: 'jpg',
      data: readFileSync(join(media, 'photos/gps.jpg')),
      transformation: { width: 40, height: 20 },
      altText: { name: 'Families', description: 'Families at the sign-in table', title: 'Families' },
    });
    const document = new Document({
      sections: [
        {
          children: [
            heading('Part 2. Work Examples/Artifacts/Evidence', HeadingLevel.HEADING_1),
            heading('Artifact 3: Visual Presentation', HeadingLevel.HEADING_2),
            link('practice-run.mp4', 'Practice run', ' (3:45)'),
            link('recordings/second-take.mp4', 'Second take', ' (2:30)'),
            new Paragraph({ children: [photo] }),
            new Paragraph({ text: 'Figure 1: Families sign in.', style: 'Caption' }),
          ],
        },
      ],
    });
    writeFileSync(join(folder, 'linked.docx'), await Packer.toBuffer(document));
    const codes = (run: Awaited<ReturnType<typeof cli>>) =>
      JSON.parse(run.stdout)
        .files[0].diagnostics.filter((d: { code: string }) => /file|duration|metadata/.test(d.code))
        .map((d: { code: string; message: string }) => `${d.code}: ${d.message}`);
    const word = await cli('check', '--format', 'json', join(folder, 'linked.docx'));
    // Written by hand: the video is 5:10 (over 4 minutes, and not the 3:45 written), the second take is not
    // there, the photo carries its GPS position.
    const found = codes(word);
    assert.equal(found.length, 4, found.join('\n'));
    assert.match(found[0], /^media-duration: .*5:10/);
    assert.match(found[1], /^duration-mismatch: You wrote 3:45; practice-run\.mp4 is 5:10/);
    assert.match(found[2], /^missing-file: .*recordings\/second-take\.mp4/);
    assert.match(found[3], /^identifying-metadata: .*GPS position.*40\.7128, -74\.0060/);
    const imported = await cli('import', join(folder, 'linked.docx'));
    assert.equal(imported.status, 0, imported.stderr);
    const markdown = await cli('check', '--format', 'json', join(folder, 'linked.md'));
    assert.deepEqual(codes(word), codes(markdown));
    const unread = await cli('check', '--format', 'json', '--no-files', join(folder, 'linked.docx'));
    assert.deepEqual(codes(unread), []);
  });

  test('a Word document with macros (.docm) or a template (.dotx) is read as a .docx is', async () => {
    for (const name of ['macros.docm', 'template.dotx']) {
      writeFileSync(at(name), readFileSync(at('over.docx')));
      const checked = await cli('check', '--format', 'json', at(name));
      assert.equal(checked.status, 1, checked.stderr);
      assert.ok(
        JSON.parse(checked.stdout).files[0].diagnostics.some((d: { code: string }) => d.code === 'word-limit-exceeded'),
      );
      const imported = await cli('import', at(name));
      assert.equal(imported.status, 0, imported.stderr);
      assert.ok(existsSync(at(`${name.replace(/\..*$/, '')}.md`)), `${name}: its Markdown beside it, named as it is`);
    }
  });
});
