/**
 * `import-rubric` of files it cannot read as requirements: each gets one clear line and exit 2, and
 * nothing is written (a password-protected or scanned PDF, an older .doc named .docx, an empty page).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePdf } from '../helpers/pdfWriter';
import { importRefused as refused } from './run';

const FIXTURES = join(__dirname, '../fixtures/requirements/unreadable');

test('a password-protected PDF is told as such, not as an unreadable PDF', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unreadable-'));
  const message = await refused(join(FIXTURES, 'password.pdf'), dir);
  assert.match(message, /password\.pdf: is protected by a password; .* without the password/);
});

test('a PDF with no text (a scanned copy) says it holds only pictures of its pages', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unreadable-'));
  writeFileSync(join(dir, 'scanned.pdf'), writePdf([[], []]));
  assert.match(await refused(join(dir, 'scanned.pdf'), dir), /scanned\.pdf: holds no text, only pictures/);
});

test('an older Word document named .docx is told to be saved as .docx', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unreadable-'));
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const stream = [...'WordDocument'].flatMap((c) => [c.charCodeAt(0), 0]);
  writeFileSync(join(dir, 'copy.docx'), Buffer.from([...ole, ...new Array(504).fill(0), ...stream]));
  assert.match(await refused(join(dir, 'copy.docx'), dir), /copy\.docx: is an older Word document \(\.doc\)/);
});

test('an empty file, or a saved page with nothing to read, holds no text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unreadable-'));
  writeFileSync(join(dir, 'empty.txt'), '  \n');
  writeFileSync(
    join(dir, 'shell.html'),
    '<html><head><script>app()</script></head><body><div id="root"></div></body></html>',
  );
  assert.match(await refused(join(dir, 'empty.txt'), dir), /empty\.txt: holds no text to read/);
  // A download that never came: an empty PDF or Word file holds no text either.
  for (const name of ['empty.pdf', 'empty.docx']) {
    writeFileSync(join(dir, name), '');
    assert.match(await refused(join(dir, name), dir), new RegExp(`${name.replace('.', '\\.')}: holds no text to read`));
  }
  assert.match(await refused(join(dir, 'shell.html'), dir), /shell\.html: holds no text to read/);
  assert.equal(existsSync(join(dir, 'shell.rubric.yaml')), false);
});

test('a page whose elements nest thousands deep gets a message, not a stack overflow', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unreadable-'));
  const depth = 20_000;
  const body = `<p>Part 1. Plan (300 words)</p>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`;
  writeFileSync(join(dir, 'deep.html'), `<html><body>${body}</body></html>`);
  assert.match(await refused(join(dir, 'deep.html'), dir), /deep\.html: nests its elements too deeply/);
});

test("another word processor's document (RTF, even named .txt; OpenDocument) is told to save it as .docx", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unreadable-'));
  const saveAs = /save it as Word \(\.docx\) or PDF/;
  const rtf = await refused(join(FIXTURES, 'tertulias.rtf'), dir);
  assert.match(rtf, /tertulias\.rtf: is a document in RTF format/);
  assert.match(rtf, saveAs);
  writeFileSync(join(dir, 'pasted.txt'), '{\\rtf1\\ansi Part 1. Overview\\par Answer in 300 words.\\par}');
  assert.match(await refused(join(dir, 'pasted.txt'), dir), /pasted\.txt: is a document in RTF format/);
  const odt = await refused(join(FIXTURES, 'tertulias.odt'), dir);
  assert.match(odt, /tertulias\.odt: is a document in OpenDocument format/);
  assert.match(odt, saveAs);
});

test('a PDF whose pages cannot be decoded is told it is damaged, not a scanned copy', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unreadable-'));
  const runs = [{ x: 72, y: 700, text: 'Part 1. Overview (300 words)' }];
  writeFileSync(join(dir, 'broken.pdf'), writePdf([runs, runs], { damaged: true }));
  const message = await refused(join(dir, 'broken.pdf'), dir);
  assert.match(message, /broken\.pdf: is damaged: the text of its pages cannot be read/);
  assert.doesNotMatch(message, /scanned/);
});

test('an OpenDocument or a Pages document renamed .docx is told to be saved as Word or PDF', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unreadable-'));
  writeFileSync(join(dir, 'copia.docx'), readFileSync(join(FIXTURES, 'tertulias.odt')));
  assert.match(await refused(join(dir, 'copia.docx'), dir), /copia\.docx: is a document in OpenDocument format/);
  const { default: JSZip } = await import('jszip');
  const pages = new JSZip().file('Index/Document.iwa', 'x').file('Metadata/Properties.plist', 'x');
  writeFileSync(join(dir, 'plan.docx'), await pages.generateAsync({ type: 'nodebuffer' }));
  assert.match(await refused(join(dir, 'plan.docx'), dir), /plan\.docx: is a document in Pages format/);
});

test('a PDF cut short (an interrupted download) is told it is damaged, to be downloaded again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'unreadable-'));
  const whole = readFileSync(join(__dirname, '../fixtures/requirements/pdf-talk-moves.pdf'));
  writeFileSync(join(dir, 'cut.pdf'), whole.subarray(0, Math.floor(whole.length / 2)));
  assert.match(await refused(join(dir, 'cut.pdf'), dir), /cut\.pdf: is damaged: .*download it again/);
});
