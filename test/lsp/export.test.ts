import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';
import { ROOT, TestClient } from './client';
import { assertWellFormedDocx } from '../helpers/docxPackage';

interface ExportResult {
  base64: string;
  warnings: { line: number; message: string }[];
  refused?: string;
}

describe('the export request', () => {
  let client: TestClient;
  let dir: string;
  let uri: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rubric-writer-lsp-export-'));
    mkdirSync(join(dir, 'photos'));
    writeFileSync(
      join(dir, 'photos/poster.jpg'),
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const path = join(dir, 'draft.md');
    // The editor's text, not the file on disk, is what is exported.
    writeFileSync(path, 'not this');
    uri = pathToFileURL(path).toString();
    client = new TestClient();
    await client.initialize();
    await client.open(uri, readFileSync(join(ROOT, 'examples/problems.md'), 'utf8'));
  });
  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  const request = (format: string, documentUri = uri) =>
    client.request<ExportResult | null>('rubricWriter/export', { textDocument: { uri: documentUri }, format });

  test('Word: the bytes of a document mammoth reads, with the image beside the submission embedded', async () => {
    const result = (await request('docx'))!;
    assertWellFormedDocx(Buffer.from(result.base64, 'base64'));
    const read = await mammoth.convertToHtml({ buffer: Buffer.from(result.base64, 'base64') });
    assert.deepEqual(read.messages, []);
    assert.match(read.value, /<h3>Artifact 2: Written Plan<\/h3>/);
    assert.match(read.value, /<img alt="Family night poster"/);
    assert.deepEqual(
      result.warnings.map((w) => w.line),
      [80, 82],
    );
  });

  test('the readiness report and the plain text', async () => {
    const html = Buffer.from((await request('html'))!.base64, 'base64').toString('utf8');
    assert.match(html, /<title>Readiness report: draft\.md<\/title>/);
    assert.match(html, /0 of 6 sections ready/);
    const text = Buffer.from((await request('text'))!.base64, 'base64').toString('utf8');
    assert.match(text, /^Part 1\. Overview Questions \(Provides Context\)\n/);
  });

  test('images outside the folder are not read (their alt text stands in); a pipe is no image', async () => {
    mkdirSync(join(dir, 'essay'));
    execFileSync('mkfifo', [join(dir, 'essay/pipe.png')]);
    const essay = pathToFileURL(join(dir, 'essay/essay.md')).toString();
    const front = '---\nrubric: working-together-for-student-success\n---\n\n## Part 3 Reflection\n\n';
    await client.open(essay, `${front}![Poster elsewhere](../photos/poster.jpg)\n\n![Pipe](pipe.png)\n`);
    const result = (await request('docx', essay))!;
    assert.deepEqual(result.warnings, [
      {
        line: 7,
        message:
          "the image ../photos/poster.jpg is not embedded: it is outside the submission's folder; its description " +
          'stands in its place, and Word counts it',
      },
      { line: 9, message: 'the image pipe.png is left out: it is not a regular file' },
    ]);
    const read = await mammoth.convertToHtml({ buffer: Buffer.from(result.base64, 'base64') });
    assert.match(read.value, /Poster elsewhere/);
    assert.doesNotMatch(read.value, /<img/);
  });

  test('a target that is the submission itself, through a symbolic or hard link, is refused', async () => {
    symlinkSync(join(dir, 'draft.md'), join(dir, 'link.docx'));
    linkSync(join(dir, 'draft.md'), join(dir, 'hard.docx'));
    for (const name of ['draft.md', 'link.docx', 'hard.docx']) {
      const target = pathToFileURL(join(dir, name)).toString();
      const result = await client.request<ExportResult | null>('rubricWriter/export', {
        textDocument: { uri },
        format: 'docx',
        target,
      });
      assert.equal(result?.refused, 'the file to write is the submission itself', name);
      assert.equal(result?.base64, '');
    }
    const elsewhere = await client.request<ExportResult | null>('rubricWriter/export', {
      textDocument: { uri },
      format: 'text',
      target: pathToFileURL(join(dir, 'draft.txt')).toString(),
    });
    assert.equal(elsewhere?.refused, undefined);
    assert.ok(elsewhere?.base64);
  });

  test('null for a document that is no open submission; an error for an unknown format', async () => {
    assert.equal(await request('docx', pathToFileURL(join(dir, 'closed.md')).toString()), null);
    await assert.rejects(request('pdf'), /unknown export format "pdf"/);
  });
});
