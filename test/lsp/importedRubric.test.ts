/**
 * A rubric imported from a credential's requirements, in the language server: the file as written
 * gets no diagnostic of its own, and a submission that names it is checked against its rules.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, TestClient } from './client';

const uriOf = (path: string) => pathToFileURL(path).toString();
const CLI = join(ROOT, 'dist/cli.js');
const REQUIREMENTS = join(ROOT, 'test/fixtures/requirements/digital-promise-exit-tickets.txt');

let client: TestClient;
let folder: string;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'rw-lsp-imported-'));
  execFileSync(process.execPath, [CLI, 'import-rubric', REQUIREMENTS, '--id', 'exit-tickets'], { cwd: folder });
  client = new TestClient();
  client.settings = {};
  await client.initialize({ rootUri: uriOf(folder), capabilities: { workspace: { configuration: true } } });
});
after(async () => {
  await client.shutdown();
  rmSync(folder, { recursive: true, force: true });
});

test('the imported rubric file, opened in the editor, has no diagnostic', async () => {
  const path = join(folder, 'exit-tickets.rubric.yaml');
  const uri = uriOf(path);
  const next = client.diagnosticsFor(uri);
  await client.open(uri, readFileSync(path, 'utf8'), 1, 'yaml');
  assert.deepEqual((await next).diagnostics, []);
});

test("a submission naming the imported rubric is checked against the requirements' rules", async () => {
  const template = execFileSync(process.execPath, [CLI, 'new', 'exit-tickets', '--rubrics', folder], {
    encoding: 'utf8',
  });
  const overLimit = template.replace(/(#+ Artifact 2: Student Work Analysis\n)/, `$1\n${'word '.repeat(420)}\n`);
  assert.notEqual(overLimit, template, 'the template has the Artifact 2 heading');
  const uri = uriOf(join(folder, 'draft.md'));
  const next = client.diagnosticsFor(uri, 1);
  await client.open(uri, overLimit);
  const published = await next;
  const exceeded = published.diagnostics.find((d) => d.code === 'word-limit-exceeded');
  assert.ok(exceeded, JSON.stringify(published.diagnostics.map((d) => d.code)));
  assert.match(exceeded.message, /the limit is 400/);
  assert.ok(!published.diagnostics.some((d) => d.code === 'unknown-rubric' || d.code === 'missing-section'));
});

test('hovering a rule in the imported rubric file shows the line of the requirements it came from', async () => {
  const path = join(folder, 'exit-tickets.rubric.yaml');
  const lines = readFileSync(path, 'utf8').split('\n');
  const hoverAt = (line: number) =>
    client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: uriOf(path) },
      position: { line, character: lines[line].search(/\S/) + 1 },
    });
  const limit = await hoverAt(lines.findIndex((l) => /^\s*max: 400$/.test(l)));
  assert.match(limit?.contents.value ?? '', /\*\*Line 29\*\* of `digital-promise-exit-tickets\.txt`/);
  assert.match(limit?.contents.value ?? '', /> Write an analysis of no more than 400 words/);
  const section = await hoverAt(lines.findIndex((l) => /^\s*title: "Artifact 3: Video of Instruction"/.test(l)));
  assert.match(section?.contents.value ?? '', /\*\*Line 30\*\*.*\n\n> Artifact 3: Video of Instruction/);
  assert.equal(await hoverAt(lines.findIndex((l) => /^id: exit-tickets$/.test(l))), null, 'the id is no rule');
});
