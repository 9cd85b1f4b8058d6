import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient';
import {
  api,
  codeOf,
  control,
  controlUrl,
  fileUri,
  lineOf,
  open,
  placeCursor,
  rubricDiagnostics,
  scratchCopy,
  sleep,
  waitFor,
  waitForCodes,
  PROBLEMS_CODES,
} from './helpers';

const exists = async (uri: vscode.Uri) =>
  vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );

suite('Commands', () => {
  test('every command is registered', async () => {
    await api();
    const all = await vscode.commands.getCommands(true);
    for (const command of [
      'rubricWriter.newSubmission',
      'rubricWriter.insertSection',
      'rubricWriter.copySectionAsPlainText',
      'rubricWriter.exportSubmission',
      'rubricWriter.showRubric',
      'rubricWriter.restartServer',
      'rubricWriter.revealSection',
      'rubricWriter.showChecklist',
    ]) {
      assert.ok(all.includes(command), `${command} is not registered`);
    }
  });

  test("New Submission (rubric id, target file) creates the file from the rubric's template and opens it", async () => {
    const { sections } = await api();
    const target = fileUri('scratch/new-submission.md');
    assert.equal(await exists(target), false);
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(
      'rubricWriter.newSubmission',
      'engaging-stakeholders',
      target,
    );
    assert.ok(document, 'the command returns the new document');
    assert.equal(document.uri.toString(), target.toString());
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(written.startsWith('---\nrubric: engaging-stakeholders\n---\n'), written.slice(0, 80));
    for (const heading of [
      '## Part 1. Overview questions',
      '### Activity Description',
      '## Part 2. Evidence/artifacts',
      '## Part 3. Reflection',
    ])
      assert.ok(written.includes(`\n${heading}\n`), `the template has ${heading}`);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'the new file is shown');
    // The cursor waits where she starts writing: under Activity Description's guiding questions.
    const lines = written.split('\n');
    const start = lines.indexOf('-->', lines.indexOf('### Activity Description')) + 1;
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, start, 'the cursor is under the first section');
    const table = await waitFor("the new file's section table", () => sections.get(target.toString()));
    assert.equal(table.rubric?.id, 'engaging-stakeholders');
    assert.deepEqual(
      table.sections.filter((s) => s.required && !s.found).map((s) => s.id),
      [],
      'every required section is there',
    );
    await waitFor(
      'the new file to be checked',
      () => vscode.languages.getDiagnostics(target).length > 0 || table.warnings + table.errors === 0,
    );
    assert.ok(!rubricDiagnostics(target).some((d) => codeOf(d) === 'missing-section'));
  });

  test('New Submission never overwrites an existing file', async () => {
    const target = fileUri('my-draft.md');
    const before = await vscode.workspace.fs.readFile(target);
    const result = await vscode.commands.executeCommand(
      'rubricWriter.newSubmission',
      'working-together-for-student-success',
      target,
    );
    assert.equal(result, undefined);
    const after = await vscode.workspace.fs.readFile(target);
    assert.deepEqual(Buffer.from(after), Buffer.from(before), 'my-draft.md is unchanged, byte for byte');
    if (controlUrl()) {
      const seen = await waitFor('the "not overwritten" notification', async () => {
        const dom = await control<{ notifications: string[] }>('GET', '/dom');
        return dom.notifications.find((n) => /already exists; it was not overwritten/.test(n));
      });
      assert.match(seen, /my-draft\.md already exists/);
      await vscode.commands.executeCommand('notifications.clearAll');
    }
  });

  test('a new unsaved submission is named after its rubric, never after a file that exists', async () => {
    const taken = fileUri('stakeholder-relationships-submission.md');
    await vscode.workspace.fs.writeFile(taken, new TextEncoder().encode('an earlier submission'));
    try {
      const document = await vscode.commands.executeCommand<vscode.TextDocument>(
        'rubricWriter.newSubmission',
        'stakeholder-relationships',
      );
      assert.equal(document.uri.scheme, 'untitled', 'not saved until the writer saves it');
      // What Save suggests: the rubric's name in the workspace folder, not "Untitled-1".
      assert.equal(document.uri.path, fileUri('stakeholder-relationships-submission-2.md').path);
      assert.equal(document.languageId, 'markdown');
      assert.ok(document.getText().startsWith('---\nrubric: stakeholder-relationships\n---\n'));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(taken)), 'an earlier submission');
    } finally {
      await vscode.workspace.fs.delete(taken);
    }
  });

  test('Copy Section as Plain Text puts the section under the cursor on the clipboard, without Markdown', async () => {
    const editor = await open('problems.md');
    await waitForCodes(editor.document.uri, PROBLEMS_CODES);
    placeCursor(editor, lineOf(editor.document, '**Point 2:'), 10);
    await vscode.env.clipboard.writeText('(clipboard before)');
    const text = await vscode.commands.executeCommand<string | undefined>('rubricWriter.copySectionAsPlainText');
    assert.ok(text, 'the command returns the copied text');
    const clipboard = await vscode.env.clipboard.readText();
    assert.equal(clipboard, text);
    assert.ok(
      clipboard.startsWith('Stakeholder: the family engagement council, at its regular monthly meeting'),
      clipboard.slice(0, 120),
    );
    assert.match(clipboard, /Point 2: Families have a say in how money is spent\./);
    assert.doesNotMatch(clipboard, /\*\*|^#/m, 'no Markdown marks');
    assert.doesNotMatch(clipboard, /Artifact 1|The principal/, 'only the section under the cursor');
  });

  test('Insert Section (document, section id) inserts the missing Part at its place', async () => {
    const uri = await scratchCopy('problems.md', 'insert-section.md');
    const { document } = await open('scratch/insert-section.md');
    await waitForCodes(uri, PROBLEMS_CODES);
    const inserted = await vscode.commands.executeCommand<boolean>(
      'rubricWriter.insertSection',
      uri.toString(),
      'part-3',
    );
    assert.equal(inserted, true);
    const heading = lineOf(document, '## Part 3 Reflection');
    assert.ok(heading > lineOf(document, '### Artifact 3'));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.ok(
      Math.abs(vscode.window.activeTextEditor!.selection.active.line - heading) <= 3,
      'the cursor is put at the new section',
    );
    await waitFor(
      'missing-section to go',
      () => !rubricDiagnostics(uri).some((d) => codeOf(d) === 'missing-section'),
      20_000,
      () => rubricDiagnostics(uri).map(codeOf),
    );
    const again = await vscode.commands.executeCommand<boolean>('rubricWriter.insertSection', uri.toString(), 'part-3');
    assert.equal(again, false, 'a section that is there is not inserted twice');
    assert.equal(document.getText().split('## Part 3 Reflection').length, 2);
    await document.save();
  });

  test('Show Rubric opens the rubric as a Markdown document', async () => {
    await vscode.commands.executeCommand('rubricWriter.showRubric', 'working-together-for-student-success');
    const shown = await waitFor('the rubric document', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'rubric-writer-rubric'),
    );
    assert.equal(shown.uri.path, '/working-together-for-student-success.md');
    assert.match(shown.getText(), /^# Working Together for Student Success/);
    assert.match(shown.getText(), /Artifact 2: Written Plan/);
    if (controlUrl()) {
      // For a person to look at (not asserted): the rubric as the writer reads it.
      await sleep(1500);
      await control('POST', '/screenshot', { name: 'show-rubric' });
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Show Rubric opens a locked preview beside the draft, which stays the rubric', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const editor = await open('problems.md');
    await vscode.commands.executeCommand('rubricWriter.showRubric');
    const previewTab = () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs.map((tab) => ({ group, tab })))
        .find(({ tab }) => tab.input instanceof vscode.TabInputWebview && /preview/i.test(tab.input.viewType));
    const shown = await waitFor('the rubric preview', previewTab);
    assert.notEqual(shown.group.viewColumn, editor.viewColumn, 'beside the draft, not in its group');
    assert.match(shown.tab.label, /working-together-for-student-success/);
    // The draft active again: a dynamic preview would turn into the draft's.
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    await sleep(1500);
    assert.match(previewTab()?.tab.label ?? '', /working-together-for-student-success/);
    assert.match(previewTab()?.tab.label ?? '', /Preview/, shown.tab.label);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Restart Server brings the language server back, still checking', async () => {
    const { client } = await api();
    await vscode.commands.executeCommand('rubricWriter.restartServer');
    await waitFor('the client to run again', () => client.isRunning());
    const uri = await scratchCopy('problems.md', 'after-restart.md');
    await open('scratch/after-restart.md');
    await waitForCodes(uri, PROBLEMS_CODES);
  });

  test('if the server process dies, the client starts it again and checking goes on', async () => {
    const { client } = await api();
    const serverProcess = () => (client as unknown as { _serverProcess?: { pid?: number } })._serverProcess;
    const editor = await open('problems.md');
    const crashed = serverProcess()?.pid;
    assert.ok(crashed, 'the client knows its server process');
    process.kill(crashed, 'SIGKILL');
    // A busy editor keeps asking the dead server until its exit is noticed: those failed writes
    // must not make the client give up on it.
    const asked = Array.from({ length: 12 }, (_, line) =>
      vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 1)),
    );
    await Promise.allSettled(asked);
    await waitFor(
      'a new server process',
      () => (client.isRunning() && serverProcess()?.pid !== crashed ? serverProcess()?.pid : undefined),
      30_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message} (the client's state: ${State[client.state]})`);
    });
    const uri = await scratchCopy('problems.md', 'after-crash.md');
    await open('scratch/after-crash.md');
    await waitForCodes(uri, PROBLEMS_CODES);
  });
});
