/**
 * The workspace as it changes: folders added after start are searched for rubric files, and a
 * storm of file changes runs at most one workspace walk at a time, with one more queued.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Checker } from '../../server/src/lsp/checking';
import type { ServerContext } from '../../server/src/lsp/context';
import type { RubricInfo } from '../../server/src/lsp/protocol';
import type { FoundRubrics, RubricSource } from '../../server/src/lsp/rubricSource';
import { RubricSync } from '../../server/src/lsp/rubricSync';
import { ServerState } from '../../server/src/lsp/workspace';
import { SubmissionDocument } from '../../server/src/lsp/documents';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import { ROOT, TestClient } from './client';

const uriOf = (path: string) => pathToFileURL(path).toString();
const FIXTURE = join(ROOT, 'test/fixtures/rubrics/team-reflection.rubric.yaml');

describe('workspace folders added after start', () => {
  let client: TestClient;
  let first: string;
  let second: string;

  before(async () => {
    first = mkdtempSync(join(tmpdir(), 'rw-lsp-folder-a-'));
    second = mkdtempSync(join(tmpdir(), 'rw-lsp-folder-b-'));
    mkdirSync(join(second, 'rubrics'));
    copyFileSync(FIXTURE, join(second, 'rubrics/team-reflection.rubric.yaml'));
    client = new TestClient('in process');
    client.settings = {};
    await client.initialize({
      rootUri: uriOf(first),
      capabilities: { workspace: { configuration: true, workspaceFolders: true } },
    });
  });
  after(async () => {
    await client.shutdown();
    for (const folder of [first, second]) rmSync(folder, { recursive: true, force: true });
  });

  test('are searched for rubric files', async () => {
    const rubrics = () => client.connection.sendRequest<RubricInfo[]>('rubricWriter/rubrics');
    assert.ok(!(await rubrics()).some((r) => r.id === 'team-reflection'));
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: uriOf(second), name: 'b' }], removed: [] },
    });
    const deadline = Date.now() + 10000;
    while (!(await rubrics()).some((r) => r.id === 'team-reflection')) {
      if (Date.now() > deadline) assert.fail('the added folder’s rubric file was never loaded');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
});

describe('rubricWriter.associations', () => {
  test('an empty or runaway glob is said once and disables nothing else; a keystroke never re-matches', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rw-lsp-assoc-'));
    const client = new TestClient('in process');
    const shown: string[] = [];
    client.connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      shown.push(params.message);
      return null;
    });
    client.settings = {
      associations: {
        '': 'engaging-stakeholders',
        [`${'*a'.repeat(18)}b`]: 'engaging-stakeholders',
        '*.md': 'working-together-for-student-success',
      },
    };
    try {
      await client.initialize({ rootUri: uriOf(dir), capabilities: { workspace: { configuration: true } } });
      const uri = uriOf(join(dir, 'note.md'));
      const published = client.diagnosticsFor(uri);
      await client.open(uri, '# Context\n\nWe met.\n');
      const codes = (await published).diagnostics.map((d) => d.code);
      assert.ok(codes.includes('missing-section'), `checked against the associated rubric: ${codes}`);
      assert.equal(shown.filter((m) => /rubricWriter\.associations: the glob ""/.test(m)).length, 1, shown.join('\n'));
      assert.ok(
        shown.some((m) => /more than 16 wildcards/.test(m)),
        shown.join('\n'),
      );
    } finally {
      await client.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a document is matched against the globs once, not on every edit', () => {
    const workspace = new ServerState();
    workspace.folderUris = ['file:///repo'];
    workspace.setSettings({ ...DEFAULT_SETTINGS, associations: { 'drafts/*.md': 'engaging-stakeholders' } });
    let matched = 0;
    const matchers = (workspace as unknown as { associationMatchers: { match: (path: string) => boolean }[] })
      .associationMatchers;
    const match = matchers[0].match;
    matchers[0].match = (path) => {
      matched++;
      return match(path);
    };
    const document = new SubmissionDocument('file:///repo/drafts/plan.md', 'markdown', 1, 'We met.\n');
    workspace.analysisOf(document);
    const once = matched;
    assert.ok(once > 0);
    for (let i = 0; i < 20; i++) {
      document.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], i);
      assert.equal(workspace.analysisOf(document).rubric?.id, 'engaging-stakeholders');
    }
    assert.equal(matched, once);
  });
});

describe('file-change storms', () => {
  test('1,000 changes run at most one walk at a time and one more after it, and the last one is seen', async () => {
    let walks = 0;
    let running = 0;
    let most = 0;
    const source: RubricSource = async (): Promise<FoundRubrics> => {
      walks++;
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 30));
      running--;
      return { files: [], stopped: null };
    };
    const context = {
      workspace: new ServerState(),
      client: { readsRubricFiles: false },
      connection: { sendDiagnostics: async () => undefined },
      log: () => undefined,
    } as unknown as ServerContext;
    const checker = { recheckAll: () => undefined } as unknown as Checker;
    const sync = new RubricSync(context, checker, source);
    const change: FileEvent[] = [{ uri: uriOf('/repo/x.rubric.yaml'), type: FileChangeType.Changed }];
    const done: Promise<void>[] = [];
    for (let i = 0; i < 1000; i++) {
      sync.filesChanged(change);
      done.push(sync.reload());
    }
    await Promise.all(done);
    assert.equal(most, 1, 'one walk at a time');
    assert.equal(walks, 2, 'the first, and one for every change that came while it ran');
    await sync.reload();
    assert.equal(walks, 3, 'a change after the storm walks again');
  });
});
