import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { describeWordFileProblem, messagesFor, wordFileProblem } from '../../server/src/core';
import { simpleDraft } from './wordFixtures';

const OLE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
/** An OLE compound file naming one stream, as a .doc or a password-protected .docx does. */
const oleWith = (stream: string) =>
  new Uint8Array(Buffer.concat([OLE, Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(64)]));
const zipOf = async (files: Record<string, string>) => {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};
const kind = (bytes: Uint8Array) => wordFileProblem(bytes)?.kind ?? null;

test('a .docx saved by a word processor has no problem', async () => {
  assert.equal(wordFileProblem(new Uint8Array(await simpleDraft([{ text: 'Hello.' }]))), null);
});

test('an old .doc, a password-protected .docx and a file of another kind are told apart', () => {
  assert.equal(kind(oleWith('WordDocument')), 'old-doc');
  assert.equal(kind(oleWith('EncryptedPackage')), 'encrypted');
  assert.equal(kind(oleWith('Workbook')), 'not-word');
  assert.equal(kind(new TextEncoder().encode('# My draft\n')), 'not-word');
  assert.equal(kind(new Uint8Array(0)), 'not-word');
});

test('a cut-short zip, a zip without a document and a document of 20 MB of text are refused', async () => {
  const draft = new Uint8Array(await simpleDraft([{ text: 'Hello.' }]));
  assert.equal(kind(draft.subarray(0, draft.length - 30)), 'damaged');
  assert.equal(kind(await zipOf({ 'notes.txt': 'hello' })), 'no-document');
  const body = '<w:p><w:r><w:t>word word word word word</w:t></w:r></w:p>'.repeat(400_000);
  const huge = await zipOf({ 'word/document.xml': `<w:document><w:body>${body}</w:body></w:document>` });
  assert.ok(huge.length < 1_000_000, 'small on disk');
  const problem = wordFileProblem(huge);
  assert.equal(problem?.kind, 'too-long');
  assert.match(describeWordFileProblem(problem!, 'big.docx'), /^big\.docx: holds 2\d\.\d MB of text/);
});

test('what is wrong is said in the writer language', () => {
  const spanish = messagesFor('es');
  const problem = wordFileProblem(oleWith('EncryptedPackage'))!;
  assert.match(describeWordFileProblem(problem, 'plan.docx', spanish), /^plan\.docx: está protegido con contraseña/);
  assert.match(
    describeWordFileProblem(wordFileProblem(oleWith('WordDocument'))!, 'plan.doc'),
    /^plan\.doc: is an older Word document \(\.doc\); open it in Word, save it as \.docx/,
  );
});
