/**
 * Linked files through the server: read in the background after a submission opens, their facts
 * in the diagnostics (duration-mismatch, missing-file with its quick fix), nothing when the text
 * agrees with the files, and read again when a watched file changes.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits, type PublishedDiagnostics, TestClient } from './client';

const MEDIA = join(__dirname, '../fixtures/media');

const submission = (video: string, photo: string) =>
  '---\nrubric: working-together-for-student-success\n---\n\n### Artifact 3: Visual Presentation\n\n' +
  `[My talk](${video})\n\nPoint 1 at 0:25, point 2 at 1:05, point 3 at 2:00.\n\n` +
  `![Family night](${photo}) Families at our first family night.\n`;

interface Action {
  title: string;
  edit: { changes: Record<string, { range: never; newText: string }[]> };
}

describe('linked files over the protocol', () => {
  let client: TestClient;
  let folder: string;
  let uri: string;

  /** The newest diagnostics of the submission once `holds` is true of them. */
  async function until(holds: (codes: string[]) => boolean, version = 1): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + 15000;
    for (;;) {
      const last = client
        .allPublished()
        .filter((p) => p.uri === uri && (p.version ?? 0) >= version)
        .pop();
      if (last && holds(last.diagnostics.map((d) => String(d.code)))) return last;
      if (Date.now() > deadline) assert.fail(`not reached; last: ${last?.diagnostics.map((d) => d.code)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rw-linked-'));
    copyFileSync(join(MEDIA, 'practice-run.mp4'), join(folder, 'practice-run.mp4'));
    mkdirSync(join(folder, 'photos'));
    writeFileSync(join(folder, 'photos', 'family-night-02.jpg'), 'not really a photo');
    uri = pathToFileURL(join(folder, 'submission.md')).toString();
    client = new TestClient('in process');
    await client.initialize({ rootUri: pathToFileURL(folder).toString() });
    await client.open(uri, submission('practice-run.mp4) (3:45', 'photos/family-night-2.jpg'));
  });
  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a 5:10 file written as 3:45 and a renamed photo: duration-mismatch and missing-file', async () => {
    const published = await until((codes) => codes.includes('duration-mismatch') && codes.includes('missing-file'));
    const mismatch = published.diagnostics.find((d) => d.code === 'duration-mismatch')!;
    assert.match(mismatch.message, /You wrote 3:45; practice-run\.mp4 is 5:10/);
    const missing = published.diagnostics.find((d) => d.code === 'missing-file')!;
    assert.match(missing.message, /Did you mean family-night-02\.jpg\?/);
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: missing.range,
      context: { diagnostics: [missing] },
    });
    const link = actions.find((a) => a.title === 'Link family-night-02.jpg instead');
    assert.ok(link, actions.map((a) => a.title).join(', '));
    const fixed = applyEdits(client.textOf(uri)!, link.edit.changes[uri]);
    assert.match(fixed, /!\[Family night\]\(photos\/family-night-02\.jpg\) Families/);
    const lens = await client.request<{ command?: { title: string } }[]>('textDocument/codeLens', {
      textDocument: { uri },
    });
    assert.ok(
      lens.some((l) => /5:10, from the file/.test(l.command?.title ?? '')),
      JSON.stringify(lens),
    );
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 4, character: 6 },
    });
    assert.match(hover.contents.value, /5:10, from the file/);
  });

  test('when the text agrees with the files, neither fires', async () => {
    const text = submission('practice-run.mp4) (5:10', 'photos/family-night-02.jpg');
    await client.change(uri, 2, [{ text }]);
    const published = await until(() => true, 2);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the new photo's facts come in
    const last = client
      .allPublished()
      .filter((p) => p.uri === uri)
      .pop()!;
    for (const codes of [published, last].map((p) => p.diagnostics.map((d) => d.code))) {
      assert.ok(!codes.includes('duration-mismatch'), String(codes));
      assert.ok(!codes.includes('missing-file'), String(codes));
    }
    // media-duration judges by the file: 5:10 is over Artifact 3's 2-4 minutes.
    assert.ok(last.diagnostics.some((d) => d.code === 'media-duration' && /5:10 long/.test(d.message)));
  });

  test('a missing file that appears is read again when the watcher says so', async () => {
    await client.change(uri, 3, [{ text: submission('practice-run.mp4) (5:10', 'photos/later.jpg') }]);
    await until((codes) => codes.includes('missing-file'), 3);
    writeFileSync(join(folder, 'photos', 'later.jpg'), 'here now');
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(folder, 'photos', 'later.jpg')).toString(), type: 1 }],
    });
    await until((codes) => !codes.includes('missing-file'), 3);
  });

  test('a linked drawing (.svg) made or changed on disk is read again too', async () => {
    await client.change(uri, 4, [{ text: submission('practice-run.mp4) (5:10', 'photos/map.svg') }]);
    await until((codes) => codes.includes('missing-file'), 4);
    writeFileSync(join(folder, 'photos', 'map.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(folder, 'photos', 'map.svg')).toString(), type: 1 }],
    });
    await until((codes) => !codes.includes('missing-file'), 4);
  });
});
