/**
 * What New Rubric from Requirements… answers for a file it cannot read as requirements, as the CLI
 * answers: another word processor's document (RTF, OpenDocument, Pages, .doc) is told to be saved as
 * Word or PDF, whatever its name or the way it came; a PDF whose pages cannot be decoded is damaged,
 * not a scanned copy.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writePdf } from '../helpers/pdfWriter';
import { ROOT, TestClient } from './client';

type Answer = { error?: string; id?: string };
let client: TestClient;

before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(() => client.shutdown());

const importRubric = (params: object) => client.request<Answer>('rubricWriter/importRubric', params);
const UNREADABLE = join(ROOT, 'test/fixtures/requirements/unreadable');
const base64 = (file: string) => readFileSync(join(UNREADABLE, file)).toString('base64');
const SAVE_AS = /save it as Word \(\.docx\) or PDF and import that$/;

test("another word processor's file, by its name or its bytes, is told to be saved as Word or PDF", async () => {
  const rtf = await importRubric({ format: 'docx', base64: base64('tertulias.rtf'), source: 'tertulias.rtf' });
  assert.match(rtf.error ?? '', /^tertulias\.rtf: is a document in RTF format/);
  assert.match(rtf.error ?? '', SAVE_AS);
  // Copied from TextEdit or WordPad, an RTF may come as text (the clipboard, an open editor).
  const pasted = await importRubric({
    format: 'text',
    text: '{\\rtf1\\ansi Part 1. Overview\\par Answer in 300 words.\\par}',
    source: 'the clipboard',
  });
  assert.match(pasted.error ?? '', /^the clipboard: is a document in RTF format/);
  const odt = await importRubric({ format: 'docx', base64: base64('tertulias.odt'), source: 'tertulias.odt' });
  assert.match(odt.error ?? '', /^tertulias\.odt: is a document in OpenDocument format/);
  // An OpenDocument renamed .docx is known by its bytes.
  const renamed = await importRubric({ format: 'docx', base64: base64('tertulias.odt'), source: 'copia.docx' });
  assert.match(renamed.error ?? '', /^copia\.docx: is a document in OpenDocument format/);
  for (const [source, format] of [
    ['plan.pages', 'Pages'],
    ['plan.doc', 'Word 97-2003'],
  ]) {
    const answer = await importRubric({ format: 'docx', base64: 'UEsDBAo=', source });
    assert.match(answer.error ?? '', new RegExp(`^${source.replace('.', '\\.')}: is a document in ${format}`));
    assert.match(answer.error ?? '', SAVE_AS);
  }
});

test('a PDF whose pages cannot be decoded is told it is damaged; one with no text at all is a scan', async () => {
  const runs = [{ x: 72, y: 700, text: 'Part 1. Overview (300 words)' }];
  const damaged = writePdf([runs, runs], { damaged: true }).toString('base64');
  const answer = await importRubric({ format: 'pdf', base64: damaged, source: 'broken.pdf' });
  assert.match(answer.error ?? '', /^broken\.pdf: is damaged: the text of its pages cannot be read/);
  assert.doesNotMatch(answer.error ?? '', /scanned/);
  const whole = readFileSync(join(ROOT, 'test/fixtures/requirements/pdf-talk-moves.pdf'));
  const cut = whole.subarray(0, whole.length / 2).toString('base64');
  const half = await importRubric({ format: 'pdf', base64: cut, source: 'cut.pdf' });
  assert.match(half.error ?? '', /^cut\.pdf: is damaged: .*download it again/);
  const scan = await importRubric({ format: 'pdf', base64: writePdf([[], []]).toString('base64'), source: 's.pdf' });
  assert.match(scan.error ?? '', /s\.pdf holds no text, only pictures/);
});

test('an empty PDF or Word file (a download that never came) holds no text to read', async () => {
  for (const format of ['pdf', 'docx'] as const) {
    const answer = await importRubric({ format, base64: '', source: `empty.${format}` });
    assert.equal(answer.error, `empty.${format} holds no text to read`);
  }
});
