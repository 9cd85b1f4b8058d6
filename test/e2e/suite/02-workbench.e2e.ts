import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { api, control, controlUrl, lineOf, open, placeCursor, waitFor, waitForCodes, PROBLEMS_CODES } from './helpers';

interface Workbench {
  statusBar: { id: string; text: string; label: string }[];
  problems: string[];
  problemsPanelVisible: boolean;
  notifications: string[];
  activeEditor: string | null;
  codeLenses: string[];
  squiggles: number;
}

suite('The workbench a writer sees', () => {
  test(
    'problems.md with the Problems panel: rubric diagnostics, code lenses and the word count in the status bar ' +
      '(screenshot)',
    async function () {
      if (!controlUrl()) this.skip(); // only the code-server stand-in can look at the page
      const { statusBar } = await api();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('notifications.clearAll');
      await vscode.commands.executeCommand('rubricWriter.showChecklist');
      const editor = await open('problems.md');
      await waitForCodes(editor.document.uri, PROBLEMS_CODES);
      // Artifact 1 (too few stakeholders, squiggled heading) and Artifact 2 (over its limit) on screen,
      // the cursor in Artifact 2.
      const artifact1 = lineOf(editor.document, '### Artifact 1');
      const artifact2 = lineOf(editor.document, '### Artifact 2');
      placeCursor(editor, artifact2 + 4, 0);
      editor.revealRange(new vscode.Range(artifact1 - 1, 0, artifact1 - 1, 0), vscode.TextEditorRevealType.AtTop);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await vscode.window.showTextDocument(editor.document, { preserveFocus: false, selection: editor.selection });
      editor.revealRange(new vscode.Range(artifact1 - 1, 0, artifact1 - 1, 0), vscode.TextEditorRevealType.AtTop);
      await waitFor('the status bar item', () => statusBar.item.text.includes('Artifact 2: 342 / 200–300 words'));

      const dom = await waitFor(
        'the Problems panel, code lenses and status bar in the page',
        async () => {
          const seen = await control<Workbench>('GET', '/dom');
          const ready =
            seen.problemsPanelVisible &&
            seen.problems.filter((p) => /rubric-writer/.test(p)).length >= 6 &&
            seen.statusBar.some((s) => /words/.test(s.text)) &&
            seen.codeLenses.some((l) => /42 over/.test(l)) &&
            seen.squiggles > 0;
          return ready ? seen : null;
        },
        30_000,
      );
      const shot = await control<{ path: string }>('POST', '/screenshot', { name: 'workbench-problems' });
      console.log(`      screenshot: ${shot.path}`);

      const rows = dom.problems.filter((p) => /rubric-writer/.test(p));
      assert.equal(rows.length, 6, `Problems rows: ${rows.join(' | ')}`);
      for (const code of [
        'missing-section',
        'word-count-below-minimum',
        'too-few-items',
        'word-limit-exceeded',
        'missing-caption',
        'identifying-information',
      ]) {
        assert.ok(
          rows.some((r) => r.includes(`rubric-writer ${code}`)),
          `no Problems row for ${code}: ${rows.join(' | ')}`,
        );
      }
      assert.ok(
        rows.some((r) => /342 words; the limit is 300 \(42 over\)/.test(r)),
        'the word-limit row carries its numbers',
      );
      const item = dom.statusBar.find((s) => /words/.test(s.text));
      assert.ok(item);
      assert.match(item.text, /Artifact 2: 342 \/ 200–300 words/);
      assert.match(item.id, /rubricWriter\.section|rubric-writer/i);
      assert.ok(
        dom.codeLenses.some((l) => l.includes('342 / 200–300 words — 42 over')),
        `code lenses: ${dom.codeLenses.join(' | ')}`,
      );
      assert.ok(dom.squiggles >= 1, 'squiggles are drawn in the editor');
      assert.equal(dom.activeEditor?.includes('problems.md'), true, `active tab: ${dom.activeEditor}`);
    },
  );
});
