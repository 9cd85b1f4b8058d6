/** Word files the import cannot take, and what it tells the writer in her language. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { fullDraft, simpleDraft } from '../unit/wordFixtures';
import { run } from './run';

const OLE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const oleWith = (stream: string) =>
  Buffer.concat([OLE, Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(64)]);

describe('Word files that cannot be drafts', () => {
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rubric-writer-word-broken-'));
    writeFileSync(join(dir, 'protected.docx'), oleWith('EncryptedPackage'));
    writeFileSync(join(dir, 'old.doc'), oleWith('WordDocument'));
    const draft = Buffer.from(await simpleDraft([{ heading: 'Part 3 Reflection' }, { text: 'Hello.' }]));
    writeFileSync(join(dir, 'cut.docx'), draft.subarray(0, draft.length / 2));
    const zip = new JSZip();
    zip.file('notes.txt', 'hello');
    writeFileSync(join(dir, 'notes.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const body = '<w:p><w:r><w:t>word word word word word</w:t></w:r></w:p>'.repeat(400_000);
    const huge = new JSZip();
    huge.file('word/document.xml', `<w:document><w:body>${body}</w:body></w:document>`);
    writeFileSync(join(dir, 'huge.docx'), await huge.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: [file: string, message: RegExp][] = [
    ['protected.docx', /protected\.docx: is protected with a password; open it in Word, remove the password/],
    ['old.doc', /old\.doc: is an older Word document \(\.doc\); open it in Word, save it as \.docx/],
    ['cut.docx', /cut\.docx: cannot be opened; the file is damaged or incomplete/],
    ['notes.docx', /notes\.docx: holds no Word document/],
    ['huge.docx', /huge\.docx: holds 2\d\.\d MB of text, more than a draft \(the limit is 5 MB\)/],
  ];
  for (const [file, message] of cases)
    test(`${file}: check and import say why in one line, exit 2 and write nothing`, async () => {
      const before = readdirSync(dir).sort();
      for (const command of ['check', 'import']) {
        const done = await run([command, file], { cwd: dir });
        assert.equal(done.status, 2, `${command}: ${done.stderr}`);
        assert.match(done.stderr, message);
        assert.equal(done.stderr.trim().split('\n').length, 1, done.stderr);
        assert.equal(done.stdout, '');
      }
      assert.deepEqual(readdirSync(dir).sort(), before);
    });

  test('in Spanish', async () => {
    const done = await run(['import', 'notes.docx', '--locale', 'es'], { cwd: dir });
    assert.equal(done.status, 2);
    assert.match(done.stderr, /notes\.docx: no contiene ningún documento de Word; guarde el borrador desde Word/);
  });
});

test('import tells in Spanish what in the draft would identify the writer', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rubric-writer-word-es-'));
  try {
    writeFileSync(join(dir, 'borrador.docx'), Buffer.from(await fullDraft()));
    const done = await run(['import', 'borrador.docx', '--locale', 'es'], { cwd: dir });
    assert.equal(done.status, 0, done.stderr);
    assert.match(done.stderr, /advertencia identifying-metadata: El campo .* contiene "Maria Rivera", que revelaría/);
    assert.doesNotMatch(done.stderr, /would identify|field holds/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
