/**
 * VS Code with its display language Spanish (`run.mjs --locale es`): what a Spanish-speaking writer
 * sees of Rubric Writer. The commands come from package.nls.es.json, the status bar from
 * l10n/bundle.l10n.es.json, and the diagnostics from the server, which takes the language from the
 * client's `initialize`.
 */
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import englishNls from '../../../package.nls.json';
import spanishNls from '../../../package.nls.es.json';
import {
  api,
  closeAll,
  codeOf,
  control,
  controlUrl,
  extension,
  lineOf,
  open,
  placeCursor,
  PROBLEMS_CODES,
  waitFor,
  waitForCodes,
} from '../suite/helpers';

interface Workbench {
  statusBar: { id: string; text: string; label: string }[];
  problems: string[];
  problemsPanelVisible: boolean;
  quickInput: string[];
  viewTitles: string[];
}

const title = (command: string): string => {
  const commands = extension().packageJSON.contributes.commands as {
    command: string;
    title: string | { value: string };
  }[];
  const found = commands.find((c) => c.command === command)?.title;
  return typeof found === 'string' ? found : (found?.value ?? '');
};

suite('En español', () => {
  test('VS Code in Spanish: the language the extension and its server are given', async () => {
    await api();
    assert.equal(vscode.env.language, 'es', 'VS Code runs in Spanish');
    assert.equal(title('rubricWriter.showRubric'), spanishNls['command.showRubric']);
    assert.notEqual(spanishNls['command.showRubric'], englishNls['command.showRubric']);
    // The walkthrough's pages as VS Code reads them: the Spanish ones, which are in the package.
    const [walkthrough] = extension().packageJSON.contributes.walkthroughs as {
      steps: { media: { markdown?: string } }[];
    }[];
    const pages = walkthrough.steps.flatMap((step) => step.media.markdown ?? []);
    assert.deepEqual(pages, [spanishNls['walkthrough.create.markdown'], spanishNls['walkthrough.checklist.markdown']]);
    for (const page of pages) await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension().extensionUri, page));
  });

  test('the Command Palette, status bar, checklist and Problems panel speak Spanish (screenshot)', async function () {
    if (!controlUrl()) this.skip(); // only the code-server stand-in can look at the page
    const { statusBar, checklist } = await api();
    await closeAll();
    await vscode.commands.executeCommand('notifications.clearAll');

    // The Command Palette, searched in Spanish, lists the command by its Spanish title.
    const paletteEntry = `${spanishNls.category}: ${spanishNls['command.showRubric']}`;
    await vscode.commands.executeCommand('workbench.action.quickOpen', `>${spanishNls['command.showRubric']}`);
    try {
      await waitFor(
        `"${paletteEntry}" in the Command Palette`,
        async () => (await control<Workbench>('GET', '/dom')).quickInput.some((row) => row.includes(paletteEntry)),
        20_000,
        async () => (await control<Workbench>('GET', '/dom')).quickInput,
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }

    await vscode.commands.executeCommand('rubricWriter.showChecklist');
    const editor = await open('problems.md');
    const diagnostics = await waitForCodes(editor.document.uri, PROBLEMS_CODES);
    // The server's message: missing-section is the one written in Spanish in every branch.
    const missing = diagnostics.find((d) => codeOf(d) === 'missing-section');
    assert.match(missing?.message ?? '', /^Falta Part 3 Reflection\b.*: añada su encabezado/);

    const missingItem = await waitFor('the missing Part in the checklist', () =>
      checklist.current.flatMap((i) => [i, ...i.children]).find((i) => i.label.startsWith('Part 3')),
    );
    assert.equal(missingItem.description, 'falta');

    placeCursor(editor, lineOf(editor.document, '## Part 1.') + 2);
    await waitFor('the status bar item in Spanish', () =>
      statusBar.item.text.includes('Part 1: 238 / 350–450 palabras'),
    );
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.window.showTextDocument(editor.document, { preserveFocus: false, selection: editor.selection });

    const checklistTitle = spanishNls['view.checklist'].toLowerCase();
    const dom = await waitFor(
      'the Problems panel, the status bar and the checklist in Spanish in the page',
      async () => {
        const seen = await control<Workbench>('GET', '/dom');
        const ready =
          seen.problemsPanelVisible &&
          seen.problems.some((row) => row.includes('rubric-writer missing-section')) &&
          seen.statusBar.some((item) => item.text.includes('palabras')) &&
          seen.viewTitles.some((t) => t.toLowerCase() === checklistTitle);
        return ready ? seen : null;
      },
      30_000,
      async () => {
        const { problems, statusBar: items, viewTitles } = await control<Workbench>('GET', '/dom');
        return { problems, statusBar: items.map((i) => i.text), viewTitles };
      },
    );
    const shot = await control<{ path: string }>('POST', '/screenshot', { name: 'workbench-problems-es' });
    console.log(`      screenshot: ${shot.path}`);

    const row = dom.problems.find((r) => r.includes('rubric-writer missing-section'));
    assert.match(row ?? '', /Falta Part 3 Reflection\b.*: añada su encabezado/);
    const item = dom.statusBar.find((s) => s.text.includes('palabras'));
    assert.match(item?.text ?? '', /Part 1: 238 \/ 350–450 palabras/);
  });
});
