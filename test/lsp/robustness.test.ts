import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client';

const FRONT = '---\nrubric: working-together-for-student-success\n---\n\n';
const uriOf = (path: string) => pathToFileURL(path).toString();
const rubric = (id: string, title: string) =>
  `id: ${id}\ntitle: ${title}\nkind: framework\nsource: Test\ndescription: A test rubric.\nsections:\n  - id: ` +
  `story\n    title: My Story\n`;

let client: TestClient;
let folder: string;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'rw-robust-'));
  writeFileSync(join(folder, 'a.rubric.yaml'), rubric('family-story', 'Family Story'));
  writeFileSync(join(folder, 'b.rubric.yaml'), rubric('family-story', 'Family Story Again'));
  writeFileSync(join(folder, 'c.rubric.yaml'), rubric('engaging-stakeholders', 'Impostor'));
  client = new TestClient();
  await client.initialize({
    rootUri: uriOf(folder),
    capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
});
after(async () => {
  await client.shutdown();
  rmSync(folder, { recursive: true, force: true });
});

const smallDoc = 'file:///tmp/small.md';

async function stillAnswers(): Promise<void> {
  const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri: smallDoc },
    position: { line: 1, character: 10 },
  });
  assert.match(hover!.contents.value, /Working Together/);
}

test('the server answers after a 1 MB line, a binary file, lone surrogates and NUL characters', {
  timeout: 120_000,
}, async () => {
  const opened = client.diagnosticsFor(smallDoc, 1);
  await client.open(smallDoc, `${FRONT}## Part 1\n\nA few words.\n`);
  await opened;
  let seed = 3;
  const binary = Array.from({ length: 200_000 }, () =>
    String.fromCharCode((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256),
  ).join('');
  const inputs = [
    `${FRONT}## Part 3 Reflection\n\n${'word '.repeat(200_000)}`,
    FRONT + binary,
    `${FRONT}## Part 1\n\n\ud800\udfff\ud800 \u0000\u0001 text\r\r\n`,
  ];
  for (const [i, text] of inputs.entries()) {
    const uri = `file:///tmp/hostile-${i}.md`;
    const published = client.diagnosticsFor(uri, 1, 60_000);
    await client.open(uri, text);
    await published;
    await stillAnswers();
    await client.close(uri);
  }
});

test('two rubric files with one id: the first (by path) is used, the second is told so', async () => {
  const second = uriOf(join(folder, 'b.rubric.yaml'));
  const published =
    client.allPublished().find((p) => p.uri === second && p.diagnostics.length > 0) ??
    (await client.diagnosticsFor(second));
  assert.equal(published.diagnostics[0].code, 'rubric-id-taken');
  assert.match(published.diagnostics[0].message, /already defined in .*a\.rubric\.yaml/);
});

test('a user rubric with a built-in id does not replace the built-in', async () => {
  const impostor = uriOf(join(folder, 'c.rubric.yaml'));
  const published =
    client.allPublished().find((p) => p.uri === impostor && p.diagnostics.length > 0) ??
    (await client.diagnosticsFor(impostor));
  assert.match(published.diagnostics[0].message, /built-in rubric id; the built-in rubric is used/);
  const uri = 'file:///tmp/builtin-check.md';
  const checked = client.diagnosticsFor(uri, 1);
  await client.open(uri, '---\nrubric: engaging-stakeholders\n---\n\n## My Story\n\nText.\n');
  assert.ok(
    (await checked).diagnostics.some(
      (d) => d.code === 'missing-section' && d.message.includes('Part 1. Overview questions'),
    ),
  );
});

test('a rubric file deleted while in use: its submissions are told, the built-ins keep working', async () => {
  const uri = uriOf(join(folder, 'story.md'));
  const first = client.diagnosticsFor(uri, 1);
  await client.open(uri, '---\nrubric: family-story\n---\n\n## My Story\n\nSome words.\n');
  assert.deepEqual((await first).diagnostics, []);
  unlinkSync(join(folder, 'a.rubric.yaml'));
  unlinkSync(join(folder, 'b.rubric.yaml'));
  const rechecked = client.diagnosticsFor(uri);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: ['a', 'b'].map((name) => ({ uri: uriOf(join(folder, `${name}.rubric.yaml`)), type: 3 })),
  });
  const after = await rechecked;
  assert.equal(after.diagnostics[0].code, 'unknown-rubric');
  await stillAnswers();
});

test('a change that repeats the version number is still checked', async () => {
  const uri = 'file:///tmp/repeated-version.md';
  const opened = client.diagnosticsFor(uri, 1);
  await client.open(uri, `${FRONT}## Part 1\n\nA few words.\n`);
  assert.ok(!(await opened).diagnostics.some((d) => d.code === 'identifying-information'));
  const rechecked = client.diagnosticsFor(uri, 1);
  await client.change(uri, 1, [
    {
      range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } },
      text: 'Write to me at ana.rivera@example.org. ',
    },
  ]);
  assert.ok((await rechecked).diagnostics.some((d) => d.code === 'identifying-information'));
  await client.close(uri);
});
