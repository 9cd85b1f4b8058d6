/**
 * The web extension with VS Code's display language Spanish (`run.mjs --web --locale es`): its
 * commands from package.nls.es.json, the status bar from l10n/bundle.l10n.es.json, and the
 * diagnostics from its server in a web worker, which takes the language from `initialize` too.
 */
import * as vscode from 'vscode';
import spanishNls from '../../../package.nls.es.json';
import {
  api,
  codeOf,
  extension,
  lineOf,
  open,
  placeCursor,
  waitFor,
  waitForCodes,
  PROBLEMS_CODES,
} from '../suite/helpers';

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

suite('En español, en el navegador', () => {
  test('the web extension and its server in the worker speak Spanish', async () => {
    const { statusBar } = await api();
    assert(extension().extensionKind === vscode.ExtensionKind.UI, 'the extension runs in the browser host');
    assert(vscode.env.language === 'es', `VS Code runs in Spanish, not ${vscode.env.language}`);
    const commands = extension().packageJSON.contributes.commands as { command: string; title: unknown }[];
    const title = commands.find((c) => c.command === 'rubricWriter.showRubric')?.title;
    const shown = typeof title === 'string' ? title : (title as { value?: string } | undefined)?.value;
    assert(shown === spanishNls['command.showRubric'], `the command's title: ${shown}`);

    const editor = await open('problems.md');
    const diagnostics = await waitForCodes(editor.document.uri, PROBLEMS_CODES);
    const missing = diagnostics.find((d) => codeOf(d) === 'missing-section')?.message ?? '';
    assert(/^Falta Part 3 Reflection\b.*: añada su encabezado/.test(missing), `missing-section: ${missing}`);
    placeCursor(editor, lineOf(editor.document, '## Part 1.') + 2);
    await waitFor('the status bar item in Spanish', () =>
      statusBar.item.text.includes('Part 1: 238 / 350–450 palabras'),
    );
  });
});
