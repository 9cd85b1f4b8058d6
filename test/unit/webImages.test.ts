/**
 * Why the web host's export leaves an image out, in the writer's language, as the desktop's does:
 * a network share, a drive path or a file outside the submission's and the workspace's folders.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver';
import { messagesFor } from '../../server/src/core';
import { webPlatform } from '../../server/src/web/platform';

const connection = {} as Connection;
const SUBMISSION = 'vscode-vfs://github/org/repo/drafts/draft.md';

test('the web export says in Spanish why an image is not embedded', async () => {
  const spanish = webPlatform(connection).images(SUBMISSION, connection, [], messagesFor('es'));
  assert.deepEqual(await spanish('//host/share/a.png'), {
    refused: 'está en una carpeta compartida de red',
    outside: true,
  });
  assert.deepEqual(await spanish('C:\\fotos\\a.png'), {
    refused: 'está fuera de la carpeta de la entrega',
    outside: true,
  });
  assert.deepEqual(await spanish('../../private/a.png'), {
    refused: 'está fuera de la carpeta de la entrega',
    outside: true,
  });
  const english = webPlatform(connection).images(SUBMISSION, connection, [], messagesFor('en'));
  assert.deepEqual(await english('../../private/a.png'), {
    refused: "it is outside the submission's folder",
    outside: true,
  });
});
