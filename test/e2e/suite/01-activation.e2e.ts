import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { api, extension, fileUri, open, waitFor } from './helpers';

suite('Activation', () => {
  test('is not active before any Markdown file is opened', () => {
    assert.equal(
      vscode.workspace.textDocuments.filter((d) => d.languageId === 'markdown').length,
      0,
      'a Markdown document is already open',
    );
    assert.equal(extension().isActive, false);
  });

  test('activates when a submission is opened and returns its API', async () => {
    const editor = await open('problems.md');
    assert.equal(editor.document.languageId, 'markdown');
    await waitFor('the extension to activate', () => extension().isActive);
    const exports = await api();
    assert.ok(exports.client.isRunning(), 'the language client is running');
    assert.deepEqual(Object.keys(exports).sort(), ['checklist', 'client', 'languageStatus', 'sections', 'statusBar']);
    assert.equal(editor.document.uri.toString(), fileUri('problems.md').toString());
  });
});
