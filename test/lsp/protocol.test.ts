/** Protocol hygiene, in process: the lifecycle errors the LSP spec names, and a reversed change range. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './client';

const FRONT = '---\nrubric: working-together-for-student-success\n---\n\n';

async function errorOf(promise: Promise<unknown>): Promise<{ code: number }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: number };
  }
  assert.fail('the request was answered, not refused');
}

test('a request before initialize gets -32002 (server not initialized); after shutdown, InvalidRequest', async () => {
  const client = new TestClient('in process');
  const hover = () =>
    client.request('textDocument/hover', {
      textDocument: { uri: 'file:///tmp/x.md' },
      position: { line: 0, character: 0 },
    });
  assert.equal((await errorOf(hover())).code, -32002);
  await client.initialize();
  assert.equal(await hover(), null);
  await client.request('shutdown');
  assert.equal((await errorOf(hover())).code, -32600);
  client.kill();
});

test('a change whose range ends before it starts replaces the text between, as the client libraries do', async () => {
  const client = new TestClient('in process');
  await client.initialize();
  const uri = 'file:///tmp/reversed.md';
  const text = `${FRONT}## Part 1\n\none two three four\n`;
  const opened = client.diagnosticsFor(uri, 1);
  await client.open(uri, text);
  await opened;
  const line = 6;
  const changed = client.diagnosticsFor(uri, 2);
  await client.change(uri, 2, [{ range: { start: { line, character: 7 }, end: { line, character: 4 } }, text: 'TWO' }]);
  await changed;
  const plain = await client.request<{ text: string } | null>('rubricWriter/plainText', {
    textDocument: { uri },
    section: 'part-1',
  });
  assert.equal(client.textOf(uri)?.split('\n')[line], 'one TWO three four');
  assert.match(plain!.text, /^one TWO three four/);
  await client.shutdown();
});
