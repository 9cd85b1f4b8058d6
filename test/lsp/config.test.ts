/**
 * The language server reads the same `.rubric-writer.yaml` as the CLI: its associations and
 * identifying terms apply to open submissions, editor settings override them, a broken config
 * gets positioned diagnostics, and a changed config re-checks what is open.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client';

const uriOf = (path: string) => pathToFileURL(path).toString();
const CONFIG =
  'associations:\n  "drafts/*.md": working-together-for-student-success\nprivacy:\n  identifyingTerms: [Riverbend]\n';
const NOTE = 'We met the Riverbend families on Tuesday.\n';

describe('the project config in the language server', () => {
  let client: TestClient;
  let repo: string;

  before(async () => {
    repo = mkdtempSync(join(tmpdir(), 'rw-lsp-config-'));
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'drafts'));
    mkdirSync(join(repo, 'broken'));
    writeFileSync(join(repo, '.rubric-writer.yaml'), CONFIG);
    writeFileSync(join(repo, 'broken/.rubric-writer.yaml'), 'associations:\n  "*.md": Not An Id\n');
    client = new TestClient('in process');
    client.settings = {};
    await client.initialize({ rootUri: uriOf(repo), capabilities: { workspace: { configuration: true } } });
  });
  after(async () => {
    await client.shutdown();
    rmSync(repo, { recursive: true, force: true });
  });

  test('its association and identifying terms apply to a file with no front matter', async () => {
    const uri = uriOf(join(repo, 'drafts/plan.md'));
    const next = client.diagnosticsFor(uri, 1);
    await client.open(uri, NOTE);
    const { diagnostics } = await next;
    assert.ok(
      diagnostics.some((d) => d.code === 'missing-section'),
      'checked against the associated rubric',
    );
    const flagged = diagnostics.filter((d) => d.code === 'identifying-information').map((d) => d.message);
    assert.equal(flagged.length, 1);
    assert.match(flagged[0], /Riverbend/);
  });

  test('a broken config is reported on the config file, at the value', async () => {
    const config = uriOf(join(repo, 'broken/.rubric-writer.yaml'));
    const published = client.diagnosticsFor(config);
    await client.open(uriOf(join(repo, 'broken/note.md')), NOTE);
    const { diagnostics } = await published;
    assert.equal(diagnostics[0].code, 'invalid-config');
    assert.match(diagnostics[0].message, /rubric id/);
    assert.deepEqual(diagnostics[0].range.start, { line: 1, character: 10 });
  });

  test('editor settings override the file: their identifying terms replace its terms', async () => {
    const uri = uriOf(join(repo, 'drafts/plan.md'));
    client.settings = { privacy: { identifyingTerms: ['Tuesday'] } };
    const rechecked = client.diagnosticsFor(uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const flagged = ({ diagnostics }: { diagnostics: { code?: unknown; message: string }[] }) =>
      diagnostics.filter((d) => d.code === 'identifying-information').map((d) => /"(\w+)"/.exec(d.message)?.[1]);
    let terms = flagged(await rechecked);
    // A check under way as the settings changed (the start-up's search for rubric files ends in one,
    // late on a loaded machine) publishes the file's terms first; the settings' come next.
    while (terms.length === 1 && terms[0] === 'Riverbend') terms = flagged(await client.diagnosticsFor(uri));
    assert.deepEqual(terms, ['Tuesday']);
    client.settings = {};
  });

  test('a changed config file re-checks the open submissions', async () => {
    const uri = uriOf(join(repo, 'drafts/plan.md'));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    writeFileSync(join(repo, '.rubric-writer.yaml'), 'privacy:\n  identifyingTerms: [Riverbend]\n');
    const rechecked = client.diagnosticsFor(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(join(repo, '.rubric-writer.yaml')), type: 2 }],
    });
    let published = await rechecked;
    // The settings change above may publish first; wait for the check without the association.
    while (published.diagnostics.some((d) => d.code === 'missing-section'))
      published = await client.diagnosticsFor(uri);
    assert.deepEqual(published.diagnostics, [], 'no association any more: not a submission');
  });
});
