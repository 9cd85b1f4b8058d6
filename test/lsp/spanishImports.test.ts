/**
 * The language server in Spanish (`locale: 'es'` at initialize): what the imports answer when a
 * file is not what it says, or its headings match no rubric, is in the writer's language.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './client';
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
  assert.equal(notWord.error, 'roto.docx no es un documento de Word que se pueda leer (.docx)');
});
