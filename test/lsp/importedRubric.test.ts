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

test('hovering a rule of the imported rubric file shows the requirement line it came from', async () => {
  // The file is open in the editor since the first test.
  const path = join(folder, 'exit-tickets.rubric.yaml');
  const uri = uriOf(path);
  const lines = readFileSync(path, 'utf8').split('\n');
  const hoverAt = async (line: number, character: number) =>
    (
      await client.request<{ contents: { value: string }; range: unknown } | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line, character },
      })
    )?.contents.value ?? null;

  // Part 3's limit: the line above `words:` says where it came from; `max` under it finds it too.
  const part3 = lines.findIndex((l) => l.includes('title: Part 3. Reflection'));
  const words = lines.findIndex((l, i) => i > part3 && /^\s+words:$/.test(l));
  const max = lines.findIndex((l, i) => i > words && /^\s+max: 500$/.test(l));
  assert.ok(part3 > 0 && words > part3 && max > words, 'Part 3 has its 500-word limit');
  const expected = 'From the requirements, line 40:\n\n> (Please limit your response to 500 words)';
  assert.equal(await hoverAt(words, lines[words].indexOf('words') + 2), expected);
  assert.equal(await hoverAt(max, lines[max].indexOf('max') + 1), expected);

  // The video's length, whose comment sits above the first key inside `media:`.
  const seconds = lines.findIndex((l) => /^\s+minSeconds: 180$/.test(l));
  assert.match(
    (await hoverAt(seconds, lines[seconds].indexOf('min'))) ?? '',
    /^From the requirements, line 31:\n\n> Upload a 3-5 minute video/,
  );

  // A section's own line: hovering its id.
  const part1 = lines.findIndex((l) => l.includes('- id: part-1'));
  assert.equal(
    await hoverAt(part1, lines[part1].indexOf('part-1')),
    'From the requirements, line 17:\n\n> Part 1. Overview Questions',
  );

  // The header comment is no rule's source.
  const id = lines.findIndex((l) => l.startsWith('id: '));
  assert.equal(await hoverAt(id, 1), null);
});
