/** The two import requests behind VS Code's commands, answered by the built Node server. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writePdf } from '../helpers/pdfWriter';
import { ROOT, TestClient } from './client';

interface ImportRubricResult {
  id?: string;
  title?: string;
  yaml?: string;
  sections?: number;
  rules?: number;
  checks?: { line: number; why: string }[];
  error?: string;
}

interface ImportWordResult {
  markdown?: string;
  rubric?: { id: string };
  images?: { path: string; base64: string }[];
  insertions?: number;
  comments?: number;
  notes?: string[];
  identifying?: string[];
  error?: string;
  unmatched?: boolean;
}

const REQUIREMENTS = [
  'Quiet Corners in the Classroom',
  'Submission Requirements',
  'Part 1. Overview Questions (200-300 words)',
  'What is your context?',
  'Part 2. Reflection (500-word limit)',
  'What did you learn?',
];

async function requirementsDocx(): Promise<Buffer> {
  const { Document, Packer, Paragraph } = await import('docx');
  const children = REQUIREMENTS.map((text) => new Paragraph(text));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const requirementsPdf = () => writePdf([REQUIREMENTS.map((text, i) => ({ x: 72, y: 730 - i * 14, text }))]);

describe('the import requests', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  const importRubric = (params: object) => client.request<ImportRubricResult>('rubricWriter/importRubric', params);
  const importWord = (params: object) => client.request<ImportWordResult>('rubricWriter/importWord', params);

  test('requirements as text, Word or PDF become the same rubric file', async () => {
    const text = await importRubric({ format: 'text', text: REQUIREMENTS.join('\n\n'), source: 'the clipboard' });
    const docx = await importRubric({
      format: 'docx',
      base64: (await requirementsDocx()).toString('base64'),
      source: 'quiet.docx',
    });
    const pdf = await importRubric({
      format: 'pdf',
      base64: requirementsPdf().toString('base64'),
      source: 'quiet.pdf',
    });
    for (const result of [text, docx, pdf]) {
      assert.equal(result.error, undefined);
      assert.equal(result.id, 'quiet-corners-in-the-classroom');
      assert.equal(result.sections, 2);
      assert.match(result.yaml!, /words:\n\s+min: 200\n\s+max: 300/);
    }
    assert.match(docx.yaml!, /Imported from quiet\.docx/);
  });

  test('a built-in id is never taken, and a file that is not what it says gets a clear message', async () => {
    const seed = readFileSync(join(ROOT, 'test/fixtures/requirements/engaging-stakeholders.txt'), 'utf8');
    const result = await importRubric({ format: 'text', text: seed, source: 'seed.txt' });
    assert.equal(result.id, 'engaging-stakeholders-2');
    const notWord = await importRubric({ format: 'docx', base64: 'bm90IGEgemlw', source: 'broken.docx' });
    assert.match(notWord.error!, /broken\.docx: is not a Word document \(\.docx\)/);
    const notPdf = await importRubric({ format: 'pdf', base64: 'bm90IGEgcGRm', source: 'broken.pdf' });
    assert.match(notPdf.error!, /broken\.pdf is not a PDF that can be read/);
    const shopping = await importRubric({ format: 'text', text: 'Milk, bread and 3 apples.', source: 'list.txt' });
    assert.match(shopping.error!, /no Part, artifact or section found/);
  });

  test('a password-protected or scanned PDF, an older .doc and an empty file are each told as such', async () => {
    const pdf = (bytes: Buffer, source: string) =>
      importRubric({ format: 'pdf', base64: bytes.toString('base64'), source });
    const locked = readFileSync(join(ROOT, 'test/fixtures/requirements/unreadable/password.pdf'));
    assert.match((await pdf(locked, 'locked.pdf')).error!, /locked\.pdf is protected by a password/);
    assert.match((await pdf(writePdf([[], []]), 'scan.pdf')).error!, /scan\.pdf holds no text, only pictures/);
    // An OLE compound file with Word's stream in it: a .doc renamed .docx.
    const doc = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(doc);
    Buffer.from('W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0', 'latin1').copy(doc, 1024);
    const older = await importRubric({ format: 'docx', base64: doc.toString('base64'), source: 'old.docx' });
    assert.match(older.error!, /old\.docx: is an older Word document \(\.doc\)/);
    const empty = await importRubric({ format: 'text', text: ' \n\n', source: 'empty.txt' });
    assert.match(empty.error!, /empty\.txt holds no text to read/);
  });

  test('a saved sign-in page is told as such; a page with a sign-in box in its header is read', async () => {
    const login =
      '<html><body><h1>Sign in to Learning Hub</h1><p>Welcome back! Sign in to see your courses.</p>' +
      '<form><label>Password <input type="password"></label><button>Sign in</button></form></body></html>';
    const refused = await importRubric({ format: 'html', text: login, source: 'login.html' });
    assert.match(refused.error!, /login\.html: is a sign-in page, not the requirements; sign in, then save/);
    const page =
      '<html><body><header><form><input type="password"><button>Sign in</button></form></header>' +
      '<h1>Leading Change</h1><h2>Submission Requirements</h2><h3>Part 1. Reflection</h3>' +
      '<p>Write no more than 300 words.</p></body></html>';
    const read = await importRubric({ format: 'html', text: page, source: 'page.html' });
    assert.equal(read.error, undefined);
    assert.equal(read.title, 'Leading Change');
  });

  test('a Word draft becomes a submission, its images named in the folder asked for', async () => {
    const bytes = readFileSync(join(ROOT, 'test/fixtures/word/full-draft.libreoffice.docx'));
    const result = await importWord({
      base64: bytes.toString('base64'),
      imageFolder: 'draft-2-images',
      name: 'd.docx',
    });
    assert.equal(result.rubric?.id, 'working-together-for-student-success');
    assert.match(result.markdown!, /^---\nrubric: working-together-for-student-success\n---/);
    assert.equal(result.images?.length, 4);
    assert.ok(result.images!.every((image) => image.path.startsWith('draft-2-images/')));
    assert.equal(result.insertions, 1);
    assert.equal(result.comments, 1);
    // What identifies the writer comes apart from what was not converted: each a sentence of its own.
    const author = result.identifying!.find((sentence) => /author field holds "Maria Rivera"/.test(sentence));
    assert.match(author ?? '', /^The Word document's author field holds "Maria Rivera", [^()]*\.$/);
    assert.ok(!result.notes!.some((note) => /Maria Rivera/.test(note)), 'no identifying finding among the notes');
    const plain = await importWord({ base64: 'bm90IGEgemlw', imageFolder: 'x-images', name: 'notes.doc' });
    assert.match(plain.error!, /notes\.doc: is not a Word document \(\.docx\)/);
  });

  test('headings that match no rubric: the writer is asked, then the draft goes to the rubric named', async () => {
    const { Document, Packer, Paragraph, HeadingLevel } = await import('docx');
    const children = [
      new Paragraph({ text: 'Grocery list', heading: HeadingLevel.HEADING_1 }),
      new Paragraph('Milk and bread.'),
    ];
    const base64 = (await Packer.toBuffer(new Document({ sections: [{ children }] }))).toString('base64');
    const first = await importWord({ base64, imageFolder: 'list-images', name: 'list.docx' });
    assert.equal(first.unmatched, true);
    assert.match(first.error!, /no rubric matches the headings of list\.docx well; the closest: /);
    const named = await importWord({
      base64,
      imageFolder: 'list-images',
      name: 'list.docx',
      rubricId: 'engaging-stakeholders',
    });
    assert.match(named.markdown!, /^---\nrubric: engaging-stakeholders\n---[\s\S]*Milk and bread\./);
  });
});
