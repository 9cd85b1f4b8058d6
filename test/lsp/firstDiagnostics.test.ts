/**
 * What a writer sees first after opening a submission: its diagnostics are written before anything
 * slower starts, such as reading the files it links (which loads the media readers the first time).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { NODE_PLATFORM } from '../../server/src/lsp/nodePlatform';
import { startServer } from '../../server/src/lsp/server';
import { LspClient } from '../helpers/lspClient';

const MEDIA = join(__dirname, '../fixtures/media');

const SUBMISSION =
  '---\nrubric: working-together-for-student-success\n---\n\n### Artifact 3: Visual Presentation\n\n' +
  '[My talk](practice-run.mp4) (3:45)\n\nPoint 1 at 0:25, point 2 at 1:05, point 3 at 2:00.\n';

describe('the first diagnostics of a submission', () => {
  let folder: string;
  let uri: string;
  let client: LspClient;
  /** Everything the server wrote, in order. */
  const written: string[] = [];
  /** For each read of the linked files: whether the submission's diagnostics had been written by then. */
  const readAfterPublish: boolean[] = [];

  /** The server wrote diagnostics for the submission. */
  const publishedYet = () =>
    written.some((chunk) => chunk.includes('textDocument/publishDiagnostics') && chunk.includes(uri));

  function recorded(output: Writable): Writable {
    const write = output.write.bind(output) as (...args: unknown[]) => boolean;
    output.write = ((chunk: unknown, ...rest: unknown[]) => {
      written.push(String(chunk));
      return write(chunk, ...rest);
    }) as Writable['write'];
    return output;
  }

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'rw-first-'));
    copyFileSync(join(MEDIA, 'practice-run.mp4'), join(folder, 'practice-run.mp4'));
    uri = pathToFileURL(join(folder, 'submission.md')).toString();
    const platform = {
      ...NODE_PLATFORM,
      linkedFiles: (connection: Parameters<NonNullable<typeof NODE_PLATFORM.linkedFiles>>[0]) => {
        const read = NODE_PLATFORM.linkedFiles!(connection);
        return (...args: Parameters<typeof read>) => {
          readAfterPublish.push(publishedYet());
          return read(...args);
        };
      },
    };
    client = new LspClient({
      inProcess: (input, output) =>
        startServer(
          createConnection(
            ProposedFeatures.all,
            new StreamMessageReader(input),
            new StreamMessageWriter(recorded(output)),
          ),
          platform,
        ),
    });
    await client.initialize({ rootUri: pathToFileURL(folder).toString() });
  });
  after(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  test('are written before the files it links are read, and the files then correct them', async () => {
    const first = client.waitForDiagnostics(uri, 1);
    await client.open(uri, SUBMISSION);
    const codes = (await first).params.diagnostics.map((d) => d.code);
    assert.ok(!codes.includes('duration-mismatch'), `the file was not read yet: ${codes}`);
    const deadline = Date.now() + 15000;
    while (!client.published.some((p) => p.params.diagnostics.some((d) => d.code === 'duration-mismatch'))) {
      if (Date.now() > deadline) assert.fail('the linked file was never read');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.ok(readAfterPublish.length > 0);
    assert.deepEqual(
      readAfterPublish,
      readAfterPublish.map(() => true),
      'a read started before the diagnostics',
    );
  });
});
