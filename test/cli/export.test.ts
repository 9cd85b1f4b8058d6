/** `rubric-writer export` end to end: the three formats, where it writes, and when it refuses. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { cli, cliWithInput, run } from './run';
import { assertWellFormedDocx, docxParts } from '../helpers/docxPackage';

const EXAMPLES = join(__dirname, '../../examples');
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('export', () => {
  let dir: string;
  const at = (name: string) => join(dir, name);
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rubric-writer-export-'));
    for (const name of ['working-together-for-student-success.md', 'problems.md'])
      copyFileSync(join(EXAMPLES, name), at(name));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('writes a Word document beside the submission by default, which mammoth reads without a warning', async () => {
    const run = await cli('export', at('working-together-for-student-success.md'));
    assert.equal(run.status, 0, run.stderr);
    const output = at('working-together-for-student-success.docx');
    assert.match(run.stderr, /^rubric-writer: wrote .*working-together-for-student-success\.docx \(Word document/);
    assertWellFormedDocx(readFileSync(output));
    const read = await mammoth.convertToHtml({ path: output });
    assert.deepEqual(read.messages, []);
    assert.match(read.value, /<h2>Part 1\. Overview Questions \(Provides Context\)<\/h2>/);
  });

  test('an existing output is refused with one line and exit 2; --force replaces it', async () => {
    const output = at('refuse.docx');
    writeFileSync(output, 'mine');
    const refused = await cli('export', at('problems.md'), '-o', output);
    assert.equal(refused.status, 2);
    assert.equal(refused.stderr.trim().split('\n').length, 1);
    assert.match(refused.stderr, /refuse\.docx already exists; not overwriting it/);
    assert.equal(readFileSync(output, 'utf8'), 'mine');
    const forced = await cli('export', at('problems.md'), '-o', output, '--force');
    assert.equal(forced.status, 0, forced.stderr);
    assert.equal(readFileSync(output).subarray(0, 2).toString(), 'PK');
  });

  test('missing images are warnings with their lines; the document is still written', async () => {
    const run = await cli('export', at('problems.md'), '-o', at('problems-images.docx'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /warning: .*problems\.md:78: the image photos\/poster\.jpg was not found/);
    assert.ok(existsSync(at('problems-images.docx')));
  });

  test('a local image beside the submission is embedded', async () => {
    mkdirSync(at('photos'), { recursive: true });
    writeFileSync(
      at('photos/poster.jpg'),
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const run = await cli('export', at('problems.md'), '-o', at('with-poster.docx'));
    assert.doesNotMatch(run.stderr, /poster\.jpg/);
    assertWellFormedDocx(readFileSync(at('with-poster.docx')));
    const read = await mammoth.convertToHtml({ path: at('with-poster.docx') });
    assert.match(read.value, /<img alt="Family night poster"/);
  });

  test('--format text and html, to standard output with -o -', async () => {
    const text = await cli('export', '--format', 'text', '-o', '-', at('problems.md'));
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^Part 1\. Overview Questions \(Provides Context\)\n=+\n\nMy focus is family engagement/);
    const html = await cli('export', '-f', 'html', '-o', '-', at('problems.md'));
    assert.equal(html.status, 0, html.stderr);
    assert.match(html.stdout, /^<!DOCTYPE html>/);
    assert.match(html.stdout, /0 of 6 sections ready/);
  });

  test('character references are written as the characters they name', async () => {
    const submission =
      '---\nrubric: working-together-for-student-success\n---\n\n## Part 1. Overview Questions (Provides Context)\n\n' +
      'Caf&eacute; nights &amp; na&iuml;ve &quot;questions&quot;, &#233;t&#xE9;.\n';
    const text = await cliWithInput(submission, 'export', '-f', 'text', '-o', '-', '-');
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^Café nights & naïve "questions", été\.$/m);
  });

  test('the default names follow the format: .txt and .html beside the submission', async () => {
    assert.equal((await cli('export', '-f', 'text', at('problems.md'))).status, 0);
    assert.equal((await cli('export', '-f', 'html', at('problems.md'))).status, 0);
    assert.ok(existsSync(at('problems.txt')) && existsSync(at('problems.html')));
  });

  test('a document that is no submission, an unreadable file, or the submission itself as output: exit 2', async () => {
    writeFileSync(at('notes.md'), '# Notes\n\nNothing to hand in.\n');
    const notes = await cli('export', at('notes.md'));
    assert.equal(notes.status, 2);
    assert.match(notes.stderr, /notes\.md: is not a submission/);
    assert.ok(!existsSync(at('notes.docx')));
    const missing = await cli('export', at('missing.md'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /missing\.md: cannot read \(no such file\)/);
    const itself = await cli('export', at('problems.md'), '-o', at('problems.md'), '--force');
    assert.equal(itself.status, 2);
    assert.equal(readFileSync(at('problems.md'), 'utf8'), readFileSync(join(EXAMPLES, 'problems.md'), 'utf8'));
    const unknown = await cliWithInput('---\nrubric: working-together\n---\n', 'export', '-', '-o', at('u.docx'));
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /cannot export: Unknown rubric "working-together"/);
  });

  test("the Word file's properties and parts name neither the file nor any folder or image path", async () => {
    const folder = at('jrivera/OneDrive - Riverbend ISD');
    mkdirSync(join(folder, 'photos'), { recursive: true });
    writeFileSync(join(folder, 'photos/family-night.png'), PNG);
    const name = 'Jane Rivera - Riverbend MS - submission';
    writeFileSync(
      join(folder, `${name}.md`),
      readFileSync(at('problems.md'), 'utf8') + '\n![The poster](photos/family-night.png)\n',
    );
    const run = await cli('export', join(folder, `${name}.md`), '-o', at('identity.docx'));
    assert.equal(run.status, 0, run.stderr);
    const parts = docxParts(readFileSync(at('identity.docx')));
    assert.ok(
      [...parts.keys()].some((part) => part.startsWith('word/media/')),
      'the image is embedded',
    );
    for (const [part, data] of parts) {
      const text = Buffer.from(data).toString('latin1');
      for (const leak of ['Jane Rivera', 'Riverbend', 'jrivera', 'family-night', 'photos/', dir])
        assert.ok(!text.includes(leak) && !part.includes(leak), `${part} holds "${leak}"`);
    }
    const core = Buffer.from(parts.get('docProps/core.xml')!).toString('utf8');
    assert.match(core, /<dc:title>Working Together for Student Success<\/dc:title>/);
  });

  test("images outside the submission's folder are not embedded: their alt text stands in, warned", async () => {
    const folder = at('leaks/submission');
    mkdirSync(join(folder, 'photos'), { recursive: true });
    mkdirSync(at('leaks/private'), { recursive: true });
    // A photo no export should carry, marked after its end so the package can be searched for it.
    writeFileSync(at('leaks/private/home.png'), Buffer.concat([PNG, Buffer.from('PRIVATE-PHOTO')]));
    writeFileSync(join(folder, 'photos/poster.png'), PNG);
    symlinkSync(at('leaks/private/home.png'), join(folder, 'photos/link.png'));
    const images = [
      '![Parent night poster](photos/poster.png)',
      '![Relative](../private/home.png)',
      `![Absolute](${at('leaks/private/home.png')})`,
      `![Address](file://${at('leaks/private/home.png')})`,
      '![Linked](photos/link.png)',
      '![Share](//host/share/a.png)',
    ];
    const front = '---\nrubric: working-together-for-student-success\n---\n\n## Part 3 Reflection\n\n';
    writeFileSync(join(folder, 'draft.md'), `${front}${images.join('\n\n')}\n`);
    const run = await cli('export', join(folder, 'draft.md'), '-o', at('leaks.docx'));
    assert.equal(run.status, 0, run.stderr);
    const warnings = run.stderr.split('\n').filter((line) => line.includes('warning'));
    // The absolute path and the file: address name one file: one warning.
    assert.equal(warnings.length, 4, run.stderr);
    assert.match(
      run.stderr,
      new RegExp(
        "draft\\.md:9: the image \\.\\./private/home\\.png is not embedded: it is outside the submission's folder; " +
          'its description stands in its place',
      ),
    );
    assert.match(run.stderr, /the image \/\/host\/share\/a\.png is not embedded: it is on a network share/);
    const bytes = readFileSync(at('leaks.docx'));
    const media = [...docxParts(bytes).entries()].filter(([name]) => name.startsWith('word/media/'));
    assert.equal(media.length, 1, 'only the poster is embedded');
    assert.ok(!Buffer.from(media[0][1]).includes('PRIVATE-PHOTO'));
    const read = await mammoth.convertToHtml({ path: at('leaks.docx') });
    for (const alt of ['Relative', 'Absolute', 'Address', 'Linked', 'Share']) assert.match(read.value, new RegExp(alt));
  });

  test('the submission is never written over: its own default name, -o through a symbolic or hard link', async () => {
    const original = readFileSync(at('problems.md'), 'utf8');
    mkdirSync(at('own'), { recursive: true });
    // Kept as .txt, its plain text export would be named after itself.
    writeFileSync(at('own/submission.txt'), original);
    symlinkSync(at('own/submission.txt'), at('own/link.txt'));
    linkSync(at('own/submission.txt'), at('own/hard.txt'));
    const attempts = [
      ['-f', 'text', at('own/submission.txt')],
      ['-f', 'text', at('own/submission.txt'), '--force'],
      ['-f', 'text', at('own/submission.txt'), '-o', at('own/link.txt'), '--force'],
      ['-f', 'text', at('own/submission.txt'), '-o', at('own/hard.txt'), '--force'],
      ['-f', 'html', at('own/submission.txt'), '-o', at('own/../own/hard.txt')],
    ];
    for (const args of attempts) {
      const refused = await cli('export', ...args);
      assert.equal(refused.status, 2, args.join(' '));
      assert.match(refused.stderr, /is the submission itself/);
      assert.doesNotMatch(refused.stderr, /--force/);
      assert.equal(readFileSync(at('own/submission.txt'), 'utf8'), original, args.join(' '));
    }
  });

  test('a 10 MB submission of lines built to slow a Markdown parser exports to Word and to plain text', async () => {
    // Each line alone took the parser minutes before exports read it through the check's guard.
    const plain = 'Plain words in a paragraph that reads well.';
    const paragraph = `${'- '.repeat(5000)}x\n\n${'*a'.repeat(5000)}\n\n${plain}\n\n`;
    const front = '---\nrubric: working-together-for-student-success\n---\n\n## Part 3 Reflection\n\n';
    const copies = Math.floor((10 * 1024 * 1024 - front.length) / paragraph.length);
    writeFileSync(at('long.md'), front + paragraph.repeat(copies));
    const [docx, text] = await Promise.all([
      run(['export', at('long.md')], { timeoutMs: 180_000 }),
      run(['export', '-f', 'text', '-o', '-', at('long.md')], { timeoutMs: 180_000 }),
    ]);
    assert.equal(docx.status, 0, docx.stderr);
    assertWellFormedDocx(readFileSync(at('long.docx')));
    assert.equal(text.status, 0, text.stderr);
    assert.equal(text.stdout.split(plain).length - 1, copies);
    assert.equal(text.stdout.split(`${'*a'.repeat(5000)}\n`).length - 1, copies);
  });

  test('an unknown format is a usage error', async () => {
    const run = await cli('export', '-f', 'pdf', at('problems.md'));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /pdf/);
  });
});
