/**
 * The language server in Spanish (`locale: 'es'` at initialize): what the imports answer when a
 * file is not what it says, or its headings match no rubric, is in the writer's language.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, TestClient } from './client';
import { assertSpanish } from '../helpers/spanishText';

type Answer = { error?: string; unmatched?: boolean };
let client: TestClient;

before(async () => {
  client = new TestClient();
  await client.initialize({ locale: 'es' });
});
after(() => client.shutdown());

/** The file's name is the writer's: only the rest of the message must be Spanish. */
const assertSpanishBut = (message: string | undefined, name: string) => {
  assert.ok(message, 'an error message');
  assertSpanish(message, name, message.replaceAll(name, ''));
};

test('a Word import of a file that is no .docx, and of headings that match no rubric, says so in Spanish', async () => {
  const notWord = await client.request<Answer>('rubricWriter/importWord', {
    base64: 'bm90IGEgemlw',
    imageFolder: 'x-images',
    name: 'notas.doc',
  });
  assert.equal(notWord.error, 'notas.doc: no es un documento de Word (.docx)');
  const { Document, Packer, Paragraph, HeadingLevel } = await import('docx');
  const children = [new Paragraph({ text: 'Lista de la compra', heading: HeadingLevel.HEADING_1 })];
  const base64 = (await Packer.toBuffer(new Document({ sections: [{ children }] }))).toString('base64');
  const unmatched = await client.request<Answer>('rubricWriter/importWord', {
    base64,
    imageFolder: 'lista-images',
    name: 'lista.docx',
  });
  assert.equal(unmatched.unmatched, true);
  // The closest rubrics are named by their ids (never translated).
  assertSpanishBut(unmatched.error?.replace(/[\w-]+ \(\d+ secci/g, '(secci'), 'lista.docx');
});

test('a rubric import of requirements that are not what they say answers in Spanish', async () => {
  const empty = await client.request<Answer>('rubricWriter/importRubric', {
    format: 'text',
    text: 'Hola.',
    source: 'notas.txt',
  });
  assertSpanishBut(empty.error, 'notas.txt');
  const notWord = await client.request<Answer>('rubricWriter/importRubric', {
    format: 'docx',
    base64: 'bm90IGEgemlw',
    source: 'roto.docx',
  });
  assert.equal(notWord.error, 'roto.docx: no es un documento de Word (.docx)');
  const odt = await client.request<Answer>('rubricWriter/importRubric', {
    format: 'docx',
    base64: readFileSync(join(ROOT, 'test/fixtures/requirements/unreadable/tertulias.odt')).toString('base64'),
    source: 'tertulias.odt',
  });
  assert.match(odt.error ?? '', /^tertulias\.odt: es un documento en formato OpenDocument, .* guárdelo como Word/);
  const { writePdf } = await import('../helpers/pdfWriter');
  const damaged = writePdf([[{ x: 72, y: 700, text: 'Parte 1.' }]], { damaged: true }).toString('base64');
  const pdf = await client.request<Answer>('rubricWriter/importRubric', {
    format: 'pdf',
    base64: damaged,
    source: 'r.pdf',
  });
  assert.match(pdf.error ?? '', /^r\.pdf: está dañado/);
});

test("a rubric import's check: notes, in the file and in the answer, in Spanish", async () => {
  const answer = await client.request<Answer & { yaml?: string; checks?: { line: number; why: string }[] }>(
    'rubricWriter/importRubric',
    { format: 'text', text: 'Part 1. Overview (200-300 words)\n\nWhat is your context?\n', source: 'requisitos.txt' },
  );
  assert.match(answer.yaml ?? '', /^# Importada de requisitos\.txt\./);
  assert.match(answer.yaml ?? '', /# check: no se nombra al emisor: escriba quién publica la credencial \(línea 1\)/);
  assert.deepEqual(answer.checks?.at(-1), {
    line: 1,
    why: 'no se nombra al emisor: escriba quién publica la credencial',
  });
});

test("a Word import's note on the draft's author field, in Spanish", async () => {
  const bytes = readFileSync(join(ROOT, 'test/fixtures/word/full-draft.libreoffice.docx'));
  const answer = await client.request<{ identifying?: string[] }>('rubricWriter/importWord', {
    base64: bytes.toString('base64'),
    imageFolder: 'borrador-imagenes',
    name: 'borrador.docx',
  });
  const note = answer.identifying?.find((text) => text.includes('Maria Rivera'));
  // A sentence of its own, as the editor shows it after the import's summary.
  assert.match(note ?? '', /^El campo autor del documento de Word contiene "Maria Rivera", [^()]*\.$/);
});

test('the rw- snippets are described in Spanish, and a failed request says so in Spanish', async () => {
  const uri = pathToFileURL(join(ROOT, 'examples/es/notas-rw.md')).toString();
  await client.open(uri, 'Notas.\n\nrw-\n');
  const items = await client.request<{ label: string; detail: string }[]>('textDocument/completion', {
    textDocument: { uri },
    position: { line: 2, character: 3 },
  });
  const template = items.find((item) => item.label === 'rw-template-working-together-for-student-success');
  assert.equal(
    template?.detail,
    'Rubric Writer: una entrega completa de Working Together for Student Success, con todas las secciones en orden',
  );
  const submission = pathToFileURL(join(ROOT, 'examples/es/colaboracion-con-familias.md')).toString();
  await client.open(submission, readFileSync(join(ROOT, 'examples/es/colaboracion-con-familias.md'), 'utf8'));
  await assert.rejects(
    client.request('rubricWriter/export', { textDocument: { uri: submission }, format: 'odt' }),
    (error: Error) => /^Rubric Writer: no se pudo completar «export»: /.test(error.message),
  );
});
