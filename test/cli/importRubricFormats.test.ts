/**
 * `import-rubric` of saved pages and documents as platforms write them: a page saved in windows-1252, and
 * files that hold no requirements (a sign-in page saved instead, a Word file with no body text, a folder
 * named like a document), each told in one clear line, exit 2, nothing written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { importRefused as refused, run } from './run';

const FIXTURES = join(__dirname, '../fixtures/requirements');

test('a page saved in windows-1252 is read in its encoding: its smart quotes stay quotes', async () => {
  const done = await run(['import-rubric', join(FIXTURES, 'wordpress-windows-1252.html'), '--format', 'json']);
  assert.equal(done.status, 0, done.stderr);
  const { rubric } = JSON.parse(done.stdout);
  assert.equal(rubric.title, 'Student-Led Conferences');
  const script = rubric.sections[1].sections[0];
  assert.equal(script.criteria[0].text, "The script lets the student lead: it's in the student's words.");
});

test('a sign-in page saved instead of the requirements is told as such', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'formats-'));
  writeFileSync(
    join(dir, 'login.html'),
    '<html><body><h1>Sign in to Learning Hub</h1><p>Welcome back! Sign in to see your courses.</p>' +
      '<form><label>Email <input type="email"></label><label>Password <input type="password"></label>' +
      '<button>Sign in</button></form><p><a href="/reset">Forgot your password?</a></p></body></html>',
  );
  const message = await refused(join(dir, 'login.html'), dir);
  assert.match(message, /login\.html: is a sign-in page, not the requirements/);
});

test('a page with a sign-in box in its header and the requirements below is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'formats-'));
  writeFileSync(
    join(dir, 'page.html'),
    '<html><body><header><form><input type="password"><button>Sign in</button></form></header>' +
      '<h1>Leading Change</h1><h2>Submission Requirements</h2><h3>Part 1. Reflection</h3>' +
      '<p>Write no more than 300 words.</p></body></html>',
  );
  const done = await run(['import-rubric', join(dir, 'page.html'), '-o', '-'], { cwd: dir });
  assert.equal(done.status, 0, done.stderr);
});

test('a Word file with no body text holds no text to read; a folder named .docx is a folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'formats-'));
  const empty = new Document({ sections: [{ children: [new Paragraph('')] }] });
  writeFileSync(join(dir, 'blank.docx'), await Packer.toBuffer(empty));
  assert.match(await refused(join(dir, 'blank.docx'), dir), /blank\.docx: holds no text to read/);
  mkdirSync(join(dir, 'folder.docx'));
  assert.match(await refused(join(dir, 'folder.docx'), dir), /folder\.docx: is a folder, not a file/);
});

test('a binary file named .html is told to be binary, not read as a page', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'formats-'));
  writeFileSync(join(dir, 'saved.html'), Buffer.from(Array.from({ length: 400 }, (_, i) => i % 7)));
  assert.match(await refused(join(dir, 'saved.html'), dir), /saved\.html: looks like a binary file/);
});
