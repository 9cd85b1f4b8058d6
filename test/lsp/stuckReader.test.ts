/**
 * A linked file the reader never finishes (a damaged recording that sends it into a loop) cannot
 * freeze the language server: it answers hovers and publishes diagnostics while the file is read,
 * logs the file as unreadable after the time limit, and reads the other files. Nor can a Word draft
 * or requirements being imported; and it still exits when asked.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReadTimedOut } from '../../server/src/node/readerThread';
import { NODE_PLATFORM } from '../../server/src/lsp/nodePlatform';
import { distWithStuckReader } from '../helpers/stuckReader';
import { type PublishedDiagnostics, ROOT, TestClient } from './client';

const MEDIA = join(ROOT, 'test/fixtures/media');

const submission =
  '---\nrubric: working-together-for-student-success\n---\n\n### Artifact 3: Visual Presentation\n\n' +
  '- [My talk](damaged-talk.mp4) (3:45)\n- [The practice run](practice-run.mp4) (3:45)\n';

/** `promise`, or a failure saying what did not come within `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

describe('a linked file the reader never finishes, in the server', () => {
  let folder: string;
  let client: TestClient;
  let uri: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rw-lsp-stuck-'));
    const dist = distWithStuckReader(folder);
    copyFileSync(join(MEDIA, 'practice-run.mp4'), join(folder, 'damaged-talk.mp4'));
    copyFileSync(join(MEDIA, 'practice-run.mp4'), join(folder, 'practice-run.mp4'));
    uri = pathToFileURL(join(folder, 'talk.md')).toString();
    // The copy's reader is not cached beside the real one's.
    client = new TestClient([process.execPath, join(dist, 'server.js'), '--stdio', `--code-cache-dir=${folder}`]);
    await client.initialize({ rootUri: pathToFileURL(folder).toString() });
  });
  after(async () => {
    client.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  test('hover and diagnostics answer while the file is read; it is logged unreadable; the server exits', async () => {
    const first = client.diagnosticsFor(uri, 1);
    await client.open(uri, submission);
    await within(first, 10_000, 'the first diagnostics');
    // A moment later the reader is looping (for 5 s): the server still answers, and checks an edit.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const hover = await within(
      client.request<{ contents: { value: string } } | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 4, character: 6 },
      }),
      3000,
      'a hover while the file is read',
    );
    assert.ok(hover, 'a hover on the section heading');
    const edited = client.diagnosticsFor(uri, 2);
    await client.change(uri, 2, [{ text: `${submission}\nAn edit.\n` }]);
    await within(edited, 3000, 'the diagnostics of an edit while the file is read');
    // After the limit: the file is logged as unreadable, its written length stands, and the next file is read.
    const deadline = Date.now() + 20_000;
    let last: PublishedDiagnostics | undefined;
    while (!last?.diagnostics.some((d) => d.code === 'duration-mismatch')) {
      assert.ok(Date.now() < deadline, `no facts of practice-run.mp4; logs: ${client.logs.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      last = client
        .allPublished()
        .filter((p) => p.uri === uri)
        .pop();
    }
    const mismatches = last.diagnostics.filter((d) => d.code === 'duration-mismatch').map((d) => d.message);
    assert.equal(mismatches.length, 1, mismatches.join('\n'));
    assert.match(mismatches[0], /You wrote 3:45; practice-run\.mp4 is 5:10/);
    assert.ok(
      client.logs.some((line) => /damaged-talk\.mp4 could not be read within 5 s; the file may be damaged/.test(line)),
      client.logs.join('\n'),
    );
  });

  test('a Word draft or requirements being read do not hold the server either', async () => {
    const word = client.request<{ error?: string }>('rubricWriter/importWord', {
      base64: readFileSync(join(ROOT, 'test/fixtures/word/full-draft.libreoffice.docx')).toString('base64'),
      imageFolder: 'draft-images',
      name: 'draft.docx',
    });
    const pdf = client.request<{ error?: string }>('rubricWriter/importRubric', {
      format: 'pdf',
      base64: readFileSync(join(ROOT, 'test/fixtures/requirements/pdf-footnotes.pdf')).toString('base64'),
      source: 'requirements.pdf',
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const hover = await within(
      client.request<{ contents: { value: string } } | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 4, character: 6 },
      }),
      3000,
      'a hover while a document is read',
    );
    assert.ok(hover, 'a hover on the section heading');
    const edited = client.diagnosticsFor(uri, 3);
    await client.change(uri, 3, [{ text: `${submission}\nAnother edit.\n` }]);
    await within(edited, 3000, 'the diagnostics of an edit while a document is read');
    // Each would be answered once its time is up (30 s), as a document that cannot be read; the thread
    // still reading does not keep the server from exiting.
    void word.catch(() => undefined);
    void pdf.catch(() => undefined);
    assert.equal(await client.shutdown(), 0);
  });
});

describe('a document not read in time, answered by the server', () => {
  // Node's platform, whose reading thread gave up on every document after 30 s.
  const gaveUp = async () => {
    throw new ReadTimedOut(30);
  };
  const platform = {
    ...NODE_PLATFORM,
    pdfText: gaveUp,
    wordReader: async () => ({
      ...(await NODE_PLATFORM.wordReader()),
      importWordDocument: gaveUp,
      wordToHtml: gaveUp,
    }),
  };
  const docx = () => readFileSync(join(ROOT, 'test/fixtures/word/full-draft.libreoffice.docx')).toString('base64');

  for (const [locale, said] of [
    ['en', 'could not be read within 30 s; the file may be damaged'],
    ['es', 'en 30 s; puede que el archivo esté dañado'],
  ])
    test(`a Word draft, requirements in Word and in PDF are said to be not read in time (${locale})`, async () => {
      const client = new TestClient('in process', platform);
      try {
        await client.initialize({ locale });
        const answers = await Promise.all([
          client.request<{ error?: string }>('rubricWriter/importWord', {
            base64: docx(),
            imageFolder: 'draft-images',
            name: 'draft.docx',
          }),
          client.request<{ error?: string }>('rubricWriter/importRubric', {
            format: 'docx',
            base64: docx(),
            source: 'requirements.docx',
          }),
          client.request<{ error?: string }>('rubricWriter/importRubric', {
            format: 'pdf',
            base64: Buffer.from('%PDF-1.4').toString('base64'),
            source: 'requirements.pdf',
          }),
        ]);
        for (const [answer, name] of answers.map(
          (a, i) => [a, ['draft.docx', 'requirements.docx', 'requirements.pdf'][i]] as const,
        ))
          assert.ok(answer.error?.includes(name) && answer.error.includes(said), JSON.stringify(answer));
      } finally {
        await client.shutdown();
      }
    });
});
