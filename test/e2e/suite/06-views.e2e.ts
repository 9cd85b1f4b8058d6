import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import type { ChecklistItemModel } from '../../../client/src/format';
import {
  api,
  closeAll,
  control,
  controlUrl,
  extension,
  fileUri,
  lineOf,
  open,
  placeCursor,
  scratchCopy,
  sleep,
  waitFor,
  waitForCodes,
  PROBLEMS_CODES,
} from './helpers';

const flat = (items: readonly ChecklistItemModel[]): ChecklistItemModel[] =>
  items.flatMap((i) => [i, ...flat(i.children)]);
const find = (items: readonly ChecklistItemModel[], id: string) => {
  const found = flat(items).find((i) => i.id === id);
  assert.ok(found, `no checklist item ${id}`);
  return found;
};

suite('Checklist view and status bar', () => {
  test('the checklist lists every rubric section with its state', async () => {
    const { checklist } = await api();
    const { document } = await open('problems.md');
    await waitForCodes(document.uri, PROBLEMS_CODES);
    const items = await waitFor('checklist items for problems.md', () =>
      checklist.current.length > 0 && find(checklist.current, 'part-1').description.includes('238')
        ? checklist.current
        : null,
    );
    assert.deepEqual(
      items.map((i) => i.id),
      ['part-1', 'part-2', 'part-3'],
      'the Parts, in rubric order',
    );
    assert.deepEqual(
      find(items, 'part-2').children.map((i) => i.id),
      ['artifact-1', 'artifact-2', 'artifact-3'],
    );

    const part1 = find(items, 'part-1');
    assert.equal(part1.label, 'Part 1. Overview Questions (Provides Context)');
    assert.equal(part1.description, '238 / 350–450 words — 112 short');
    assert.equal(part1.icon, 'warning');
    assert.equal(part1.line, lineOf(document, '## Part 1.'));

    const artifact2 = find(items, 'artifact-2');
    assert.equal(artifact2.description, '342 / 200–300 words — 42 over');
    assert.equal(artifact2.icon, 'error');

    assert.equal(find(items, 'artifact-1').description, '102 words · 4 / 5 stakeholders');
    assert.equal(find(items, 'artifact-1').icon, 'warning');

    const part3 = find(items, 'part-3');
    assert.equal(part3.description, 'missing');
    assert.equal(part3.icon, 'error');
    assert.equal(part3.line, null);

    // The view itself: Show Checklist reveals it in the Explorer.
    await vscode.commands.executeCommand('rubricWriter.showChecklist');
    await waitFor('the checklist view to be visible', () => checklist.view.visible);
    assert.equal(checklist.view.message, 'Working Together for Student Success');
    assert.equal(checklist.view.description, '0 of 6 sections ready');
  });

  test('ready sections carry a check mark, and the view counts them at the top', async () => {
    const { checklist } = await api();
    const { document } = await open('working-together-for-student-success.md');
    const items = await waitFor('the checklist of the complete example', () =>
      checklist.current.length > 0 && checklist.view.description === '6 of 6 sections ready' ? checklist.current : null,
    );
    const icons = items.flatMap((item) => [item, ...item.children]).map((item) => [item.id, item.icon]);
    assert.deepEqual(
      icons,
      ['part-1', 'part-2', 'artifact-1', 'artifact-2', 'artifact-3', 'part-3'].map((id) => [id, 'check']),
      document.uri.toString(),
    );
  });

  test('the checklist follows edits while typing', async () => {
    const { checklist } = await api();
    const uri = await scratchCopy('problems.md', 'checklist-edit.md');
    const editor = await open('scratch/checklist-edit.md');
    await waitForCodes(uri, PROBLEMS_CODES);
    await waitFor(
      'the checklist for the copy',
      () => find(checklist.current, 'artifact-2').description === '342 / 200–300 words — 42 over',
    );
    await editor.edit((b) =>
      b.insert(new vscode.Position(lineOf(editor.document, '**Stakeholder:**') + 1, 0), '\nOne two three four five.\n'),
    );
    await waitFor(
      'Artifact 2 to show 347 words',
      () => find(checklist.current, 'artifact-2').description === '347 / 200–300 words — 47 over',
      20_000,
      () => find(checklist.current, 'artifact-2').description,
    );
    await editor.document.save();
  });

  test('the status bar shows the words of the section under the cursor', async () => {
    const { statusBar } = await api();
    const editor = await open('problems.md');
    await waitForCodes(editor.document.uri, PROBLEMS_CODES);
    placeCursor(editor, lineOf(editor.document, '**Point 1:'), 0);
    await waitFor(
      'the status bar to show Artifact 2',
      () => statusBar.item.text.includes('Artifact 2: 342 / 200–300 words'),
      20_000,
      () => statusBar.item.text,
    );
    assert.equal(statusBar.item.text, '$(checklist) Artifact 2: 342 / 200–300 words');
    assert.ok(statusBar.item.backgroundColor instanceof vscode.ThemeColor);
    assert.equal(
      (statusBar.item.backgroundColor as vscode.ThemeColor).id,
      'statusBarItem.errorBackground',
      'over a hard limit: error colour',
    );
    assert.equal(statusBar.item.command, 'rubricWriter.showChecklist');

    placeCursor(editor, lineOf(editor.document, '## Part 1.') + 2, 0);
    await waitFor(
      'the status bar to show Part 1',
      () => statusBar.item.text === '$(checklist) Part 1: 238 / 350–450 words',
      20_000,
      () => statusBar.item.text,
    );
    assert.equal(
      (statusBar.item.backgroundColor as vscode.ThemeColor | undefined)?.id,
      'statusBarItem.warningBackground',
    );

    placeCursor(editor, lineOf(editor.document, '- **The principal**'), 0);
    await waitFor(
      'the status bar to show Artifact 1',
      () => statusBar.item.text === '$(checklist) Artifact 1: 102 words',
      20_000,
      () => statusBar.item.text,
    );
  });

  test('the language status item sums up the submission', async () => {
    const { languageStatus } = await api();
    const { document } = await open('problems.md');
    await waitForCodes(document.uri, PROBLEMS_CODES);
    await waitFor(
      'the language status',
      () => languageStatus.item.text.startsWith('Rubric: 5/'),
      20_000,
      () => languageStatus.item.text,
    );
    assert.equal(languageStatus.item.text, 'Rubric: 5/6 sections · 1 over limit · 1 under minimum');
    assert.equal(languageStatus.item.severity, vscode.LanguageStatusSeverity.Error);
    assert.match(languageStatus.item.detail ?? '', /2 errors, 4 warnings/);
  });

  test("closing an unsaved New Submission with Don't Save leaves the checklist on the draft", async () => {
    const { checklist } = await api();
    const draft = (await open('problems.md')).document.uri.toString();
    await waitFor('the checklist of problems.md', () => checklist.shown === draft && checklist.current.length > 0);
    await vscode.commands.executeCommand('rubricWriter.newSubmission', 'working-together-for-student-success');
    const untitled = vscode.window.activeTextEditor!.document.uri.toString();
    assert.match(untitled, /^untitled:/);
    await waitFor('the checklist of the new submission', () => checklist.shown === untitled);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the draft to be active', () => vscode.window.activeTextEditor?.document.uri.toString() === draft);
    await waitFor('the checklist of the draft', () => checklist.shown === draft && checklist.current.length > 0);
    await sleep(1500); // a late answer for the closed document must not blank it now
    assert.equal(checklist.shown, draft);
    assert.deepEqual(
      checklist.current.map((i) => i.id),
      ['part-1', 'part-2', 'part-3'],
    );
    assert.equal(checklist.view.message, 'Working Together for Student Success');
  });

  test('a row selected in one submission is not selected in another', async () => {
    const { checklist } = await api();
    const first = (await open('problems.md')).document.uri.toString();
    await waitFor('the checklist of problems.md', () => checklist.shown === first && checklist.current.length > 0);
    await vscode.commands.executeCommand('rubricWriter.showChecklist');
    await waitFor('the checklist view to be visible', () => checklist.view.visible);
    await checklist.view.reveal(find(checklist.current, 'artifact-2'), { select: true, focus: false });
    await waitFor('Artifact 2 to be selected', () => checklist.view.selection.some((i) => i.id === 'artifact-2'));
    const second = (await open('working-together-for-student-success.md')).document.uri.toString();
    await waitFor('the checklist of the second submission', () => checklist.shown === second);
    await waitFor(
      'no row selected',
      () => checklist.view.selection.length === 0,
      5_000,
      () => checklist.view.selection.map((i) => i.id),
    );
  });

  test('with no submission open the checklist offers New Submission in plain words', async () => {
    const { checklist } = await api();
    await closeAll();
    await waitFor('an empty checklist', () => checklist.shown === null && checklist.current.length === 0);
    assert.equal(checklist.view.message, undefined, 'no message: the view shows its welcome content');
    const welcome = (extension().packageJSON.contributes.viewsWelcome as { view: string; contents: string }[]).find(
      (v) => v.view === 'rubricWriter.checklist',
    );
    assert.equal(
      welcome?.contents,
      'Open a submission, or start one.\n[New Submission](command:rubricWriter.newSubmission)',
    );
    if (controlUrl()) {
      await vscode.commands.executeCommand('rubricWriter.showChecklist');
      await sleep(1000);
      await control('POST', '/screenshot', { name: 'checklist-empty' });
    }
  });

  test('after a rubric file is saved, the lenses show its new limits, as the checklist does', async function () {
    if (!controlUrl()) this.skip(); // only the code-server stand-in can read the lenses shown
    const { checklist } = await api();
    await closeAll();
    const rubric = (min: number, max: number) =>
      [
        'id: lens-limits',
        'title: Lens Limits',
        'kind: framework',
        'source: Rubric Writer test',
        'description: One section whose limits the test changes.',
        'sections:',
        '  - id: summary',
        '    title: Summary',
        `    words: { min: ${min}, max: ${max}, limit: hard }`,
        '',
      ].join('\n');
    const encode = (text: string) => new TextEncoder().encode(text);
    await vscode.workspace.fs.createDirectory(fileUri('scratch'));
    const rubricUri = fileUri('scratch/lens-limits.rubric.yaml');
    const submissionUri = fileUri('scratch/lens-limits.md');
    await vscode.workspace.fs.writeFile(rubricUri, encode(rubric(200, 300)));
    await vscode.workspace.fs.writeFile(
      submissionUri,
      encode('---\nrubric: lens-limits\n---\n\n# Summary\n\nOne two three four.\n'),
    );
    const lensesShown = async () => (await control<{ codeLenses: string[] }>('GET', '/dom')).codeLenses;
    // The rubric open in the editor (the server reads it from there), the draft beside it.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(rubricUri), {
      viewColumn: vscode.ViewColumn.Two,
      preview: false,
    });
    const submission = await vscode.workspace.openTextDocument(submissionUri);
    await vscode.window.showTextDocument(submission, { viewColumn: vscode.ViewColumn.One, preview: false });
    await waitFor(
      'the first lens',
      async () => (await lensesShown()).some((l) => l.includes('4 / 200–300 words')),
      30_000,
      lensesShown,
    );
    // The rubric beside the draft, then in the draft's own group (behind it), as a writer may have it.
    for (const [column, min, max] of [
      [vscode.ViewColumn.Two, 100, 150],
      [vscode.ViewColumn.Two, 120, 250],
      [vscode.ViewColumn.One, 50, 90],
      [vscode.ViewColumn.One, 60, 80],
    ]) {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(rubricUri), {
        viewColumn: column,
        preview: false,
      });
      const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
      await editor.edit((builder) => builder.replace(whole, rubric(min, max)));
      await editor.document.save();
      const limits = `${min}–${max}`;
      await waitFor(`the checklist to show ${limits}`, () =>
        checklist.current.some((item) => item.description.includes(`/ ${limits} words`)),
      );
      if (column === vscode.ViewColumn.One) {
        // Back to the draft, then to the checklist (the draft's editor loses the focus).
        await vscode.window.showTextDocument(submission, { viewColumn: vscode.ViewColumn.One, preview: false });
        await vscode.commands.executeCommand('rubricWriter.checklist.focus');
      }
      await waitFor(
        `the lens to show ${limits}`,
        async () => (await lensesShown()).some((l) => l.includes(`4 / ${limits} words`)),
        15_000,
        lensesShown,
      );
    }
    await closeAll();
  });
});
