import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { api, fileUri, open, waitForCodes, PROBLEMS_CODES } from './helpers';

suite('Export', () => {
  test('Export Submission… writes a Word document and a readiness report where the user chose', async () => {
    await api();
    const editor = await open('problems.md');
    await waitForCodes(editor.document.uri, PROBLEMS_CODES);
    await vscode.workspace.fs.createDirectory(fileUri('scratch'));
    const docx = fileUri('scratch/problems-export.docx');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('rubricWriter.exportSubmission', {
      format: 'docx',
      target: docx,
      replace: true,
    });
    assert.equal(written?.toString(), docx.toString());
    const bytes = await vscode.workspace.fs.readFile(docx);
    assert.equal(String.fromCharCode(bytes[0], bytes[1]), 'PK');

    const report = fileUri('scratch/problems-report.html');
    await vscode.commands.executeCommand('rubricWriter.exportSubmission', {
      format: 'html',
      target: report,
      replace: true,
    });
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(report));
    assert.match(html, /0 of 6 sections ready/);
  });

  test('the submission itself is never the export target', async () => {
    const editor = await open('problems.md');
    const before = editor.document.getText();
    const written = await vscode.commands.executeCommand('rubricWriter.exportSubmission', {
      format: 'text',
      target: editor.document.uri,
      replace: true,
    });
    assert.equal(written, undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(editor.document.uri)), before);
  });

  test('a file chosen in the save dialog is replaced without a second question', async () => {
    const editor = await open('problems.md');
    await waitForCodes(editor.document.uri, PROBLEMS_CODES);
    const target = fileUri('scratch/problems-again.txt');
    await vscode.workspace.fs.createDirectory(fileUri('scratch'));
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('an older export'));
    // The writer picks the existing file in the save dialog, which has already asked to replace it.
    const window = vscode.window as { -readonly [K in keyof typeof vscode.window]: (typeof vscode.window)[K] };
    const { showSaveDialog, showWarningMessage } = window;
    const questions: string[] = [];
    window.showSaveDialog = async () => target;
    window.showWarningMessage = (async (message: string) => {
      questions.push(message);
      return undefined;
    }) as typeof window.showWarningMessage;
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('rubricWriter.exportSubmission', {
        format: 'text',
      });
      assert.equal(written?.toString(), target.toString());
    } finally {
      window.showSaveDialog = showSaveDialog;
      window.showWarningMessage = showWarningMessage;
    }
    assert.deepEqual(
      questions.filter((q) => /already exists/.test(q)),
      [],
      'asked once, by the dialog',
    );
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), /Artifact 2/);
  });
});
