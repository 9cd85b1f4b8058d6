/**
 * Requirement files saved under another kind's name, as downloads often are (a PDF named .docx, a Word copy
 * named .pdf, the web page or a server's sign-in page saved as "requirements.pdf"): `import-rubric` reads
 * each as what its bytes are, or says what it is, never "not a PDF that can be read".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importRefused as refused, run } from './run';

const FIXTURES = join(__dirname, '../fixtures/requirements');

/** The summary line `import-rubric` prints for `fixture` copied under the name `as`. */
async function importedAs(fixture: string, as: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'renamed-'));
  copyFileSync(join(FIXTURES, fixture), join(dir, as));
  const done = await run(['import-rubric', join(dir, as), '-o', join(dir, 'out.rubric.yaml')], { cwd: dir });
  assert.equal(done.status, 0, done.stderr);
  return done.stderr + done.stdout;
}

test('a PDF named .docx (or .txt) and a Word document named .pdf are read as what they are', async () => {
  assert.match(await importedAs('pdf-talk-moves.pdf', 'requirements.docx'), /\(Math Discourse: Talk Moves\)/);
  assert.match(await importedAs('pdf-talk-moves.pdf', 'requirements.txt'), /\(Math Discourse: Talk Moves\)/);
  assert.match(await importedAs('word-data-chats.docx', 'requirements.pdf'), /\(Student-Led Data Chats\)/);
});

test("a web page saved under a PDF's name is read as the page", async () => {
  assert.match(
    await importedAs('nea-saved-page.html', 'requirements.pdf'),
    /\(Supporting English Learners in Science\)/,
  );
});

test("a server's sign-in page saved as the PDF is told to be a sign-in page", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'renamed-'));
  writeFileSync(
    join(dir, 'requirements.pdf'),
    '<!DOCTYPE html><html><head><title>Sign in</title></head><body><h1>Sign in to continue</h1>' +
      '<form><label>Email <input name="email"></label><label>Password <input type="password"></label>' +
      '<button>Sign in</button></form></body></html>',
  );
  assert.match(await refused(join(dir, 'requirements.pdf'), dir), /requirements\.pdf: is a sign-in page/);
});
