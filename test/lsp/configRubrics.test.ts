/**
 * The project config's `rubricPaths` and `ignores` in the language server: its rubric folders load
 * like the setting's (whose rubrics win a clash), a change to the config or to a rubric file in such
 * a folder re-checks what is open, and a file its `ignores` match is not checked.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RubricInfo, SectionsResult } from '../../server/src/lsp/protocol';
import { ROOT, TestClient } from './client';

const uriOf = (path: string) => pathToFileURL(path).toString();
const FIXTURE = join(ROOT, 'test/fixtures/rubrics/team-reflection.rubric.yaml');
const SUBMISSION = '---\nrubric: team-reflection\n---\n\n# Context\n\nWe are four teachers.\n';
const codes = (published: { diagnostics: { code: string }[] }) => published.diagnostics.map((d) => d.code);

describe("the project config's rubricPaths and ignores in the language server", () => {
  let client: TestClient;
  let repo: string;
  const watched: string[][] = [];
  const writeConfig = (text: string) => writeFileSync(join(repo, '.rubric-writer.yaml'), text);
  const configChanged = (type = 2) =>
    client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(join(repo, '.rubric-writer.yaml')), type }],
    });
  const rubrics = () => client.connection.sendRequest<RubricInfo[]>('rubricWriter/rubrics');
  /** Asks again until the server's rubrics pass `done` (they load off the request path); fails after 10 s. */
  async function rubricsUntil(what: string, done: (found: RubricInfo[]) => boolean) {
    const deadline = Date.now() + 10000;
    while (!done(await rubrics())) {
      if (Date.now() > deadline) assert.fail(`the server's rubrics never came to: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  /** The next diagnostics for `uri` that `done` accepts (a reload may publish an earlier check first). */
  async function diagnosticsUntil(uri: string, done: (found: string[]) => boolean) {
    for (;;) {
      const published = await client.diagnosticsFor(uri);
      if (done(codes(published))) return published;
    }
  }

  before(async () => {
    repo = mkdtempSync(join(tmpdir(), 'rw-lsp-config-rubrics-'));
    for (const folder of ['.git', 'team-rubrics', 'old']) mkdirSync(join(repo, folder));
    copyFileSync(FIXTURE, join(repo, 'team-rubrics/team.yaml'));
    writeConfig('rubricPaths: [team-rubrics]\nignores: ["old/**"]\n');
    client = new TestClient('in process');
    client.settings = {};
    type Registration = { method: string; registerOptions?: { watchers: { globPattern: string }[] } };
    client.connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      for (const { method, registerOptions } of params.registrations)
        if (method === 'workspace/didChangeWatchedFiles' && registerOptions)
          watched.push(registerOptions.watchers.map((w) => w.globPattern));
      return null;
    });
    await client.initialize({
      rootUri: uriOf(repo),
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await rubricsUntil("include the config folder's", (found) => found.some((r) => r.id === 'team-reflection'));
  });
  after(async () => {
    await client.shutdown();
    rmSync(repo, { recursive: true, force: true });
  });

  test("a rubric in the config's folder is known and checks a submission that names it", async () => {
    const team = (await rubrics()).find((rubric) => rubric.id === 'team-reflection');
    assert.equal(team?.origin, join(repo, 'team-rubrics/team.yaml'));
    const uri = uriOf(join(repo, 'reflection.md'));
    const published = client.diagnosticsFor(uri);
    await client.open(uri, SUBMISSION);
    const found = codes(await published);
    assert.ok(found.includes('missing-section'), `Next Steps is missing: ${found}`);
    assert.ok(!found.includes('unknown-rubric'));
  });

  test("the config's folder is watched, so a changed rubric file there re-checks", async () => {
    assert.ok(watched.at(-1)?.includes(`${join(repo, 'team-rubrics').replace(/\\/g, '/')}/**/*.{yaml,yml}`));
    const uri = uriOf(join(repo, 'reflection.md'));
    const rubric = join(repo, 'team-rubrics/team.yaml');
    const original = readFileSync(rubric, 'utf8');
    writeFileSync(rubric, original.replace(/ {2}- id: next-steps[\s\S]*$/, ''));
    const rechecked = diagnosticsUntil(uri, (found) => !found.includes('missing-section'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(rubric), type: 2 }],
    });
    assert.deepEqual(codes(await rechecked), []);
    writeFileSync(rubric, original);
    const back = diagnosticsUntil(uri, (found) => found.includes('missing-section'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(rubric), type: 2 }],
    });
    await back;
  });

  test('a broken rubric file in that folder gets the same diagnostics as in other rubric paths', async () => {
    const broken = join(repo, 'team-rubrics/broken.yaml');
    const published = client.diagnosticsFor(uriOf(broken));
    writeFileSync(broken, 'id: broken\ntitle: [unclosed\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(broken), type: 1 }],
    });
    const { diagnostics } = await published;
    assert.ok(diagnostics.length > 0 && diagnostics.every((d) => d.severity === 1), 'errors on the file');
    rmSync(broken);
  });

  test("the setting's rubric folder wins a clash over the config's", async () => {
    // Sorts after the config's folder: path order alone would pick the config's rubric.
    const mine = join(repo, 'zz-mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'zz-team.yaml'), readFileSync(FIXTURE, 'utf8').replace('Team Reflection', 'My Team'));
    const clash = client.diagnosticsFor(uriOf(join(repo, 'team-rubrics/team.yaml')));
    client.settings = { rubricPaths: [mine] };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const { diagnostics } = await clash;
    assert.match(diagnostics[0].message, /already defined in .*zz-mine.zz-team\.yaml; that one is used/);
    assert.equal((await rubrics()).find((rubric) => rubric.id === 'team-reflection')?.title, 'My Team');
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await rubricsUntil("the config folder's again", (found) =>
      found.some((r) => r.id === 'team-reflection' && r.title === 'Team Reflection'),
    );
  });

  test('a file the ignores match gets no diagnostics, and its table says which config ignores it', async () => {
    const uri = uriOf(join(repo, 'old/draft.md'));
    const published = client.diagnosticsFor(uri, undefined, 500).catch(() => null);
    await client.open(uri, SUBMISSION);
    const checked = await published;
    assert.deepEqual(checked ? codes(checked) : [], [], 'nothing published, or an empty list');
    const table = await client.connection.sendRequest<SectionsResult>('rubricWriter/sections', {
      textDocument: { uri },
    });
    assert.equal(table.rubric, null);
    assert.deepEqual(table.ignored, { config: uriOf(join(repo, '.rubric-writer.yaml')), glob: 'old/**' });
  });

  test('a config change that ignores a checked file clears its diagnostics, and back', async () => {
    const uri = uriOf(join(repo, 'reflection.md'));
    writeConfig('rubricPaths: [team-rubrics]\nignores: ["old/**", "reflection.md"]\n');
    const cleared = diagnosticsUntil(uri, (found) => found.length === 0);
    await configChanged();
    await cleared;
    writeConfig('rubricPaths: [team-rubrics]\nignores: ["old/**"]\n');
    const back = diagnosticsUntil(uri, (found) => found.includes('missing-section'));
    await configChanged();
    await back;
  });

  test("deleting the config drops its rubric folder: the submission's rubric is unknown again", async () => {
    const uri = uriOf(join(repo, 'reflection.md'));
    rmSync(join(repo, '.rubric-writer.yaml'));
    const rechecked = diagnosticsUntil(uri, (found) => found.includes('unknown-rubric'));
    await configChanged(3);
    await rechecked;
    assert.ok(!(await rubrics()).some((rubric) => rubric.id === 'team-reflection'));
  });
});
