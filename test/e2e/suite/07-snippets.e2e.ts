import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { RubricsRequest, type RubricInfo } from '../../../server/src/lsp/protocol';
import {
  api,
  codeOf,
  extension,
  lineOf,
  open,
  rubricDiagnostics,
  scratchCopy,
  waitFor,
  waitForCodes,
  PROBLEMS_CODES,
} from './helpers';

interface SnippetEntry {
  prefix: string;
  body: string[];
  description: string;
}

async function contributedSnippets(): Promise<{ language: string; snippets: Record<string, SnippetEntry> }[]> {
  const ext = extension();
  const contributions: { language: string; path: string }[] = ext.packageJSON.contributes?.snippets ?? [];
  assert.ok(contributions.length > 0, 'package.json contributes snippets');
  return Promise.all(
    contributions.map(async ({ language, path }) => ({
      language,
      snippets: JSON.parse(
        new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, path))),
      ),
    })),
  );
}

suite('Snippets', () => {
  let rubrics: RubricInfo[] = [];
  let snippets: SnippetEntry[] = [];

  test('a snippet for every Part and section of every built-in rubric, and a whole template', async () => {
    const { client } = await api();
    rubrics = (await client.sendRequest(RubricsRequest)).filter((r) => r.origin === null);
    assert.equal(rubrics.length, 5, 'the five built-in rubrics');
    const files = await contributedSnippets();
    assert.deepEqual(
      files.map((f) => f.language),
      ['markdown'],
    );
    snippets = files.flatMap((f) => Object.values(f.snippets));
    const prefixes = new Set(snippets.map((s) => s.prefix));
    for (const prefix of ['rw-part-1', 'rw-part-2', 'rw-part-3', 'rw-artifact-1', 'rw-artifact-2', 'rw-artifact-3'])
      assert.ok(prefixes.has(prefix), `no snippet ${prefix}`);
    for (const rubric of rubrics) {
      assert.ok(prefixes.has(`rw-template-${rubric.id}`), `no whole template for ${rubric.id}`);
      for (const section of rubric.sections) {
        const snippet = snippets.find(
          (s) =>
            s.prefix === `rw-${section.id}` &&
            s.body.some(
              (line) => /^#{2,6} /.test(line) && line.replace(/^#+ /, '').replace(/\\/g, '') === section.title,
            ),
        );
        assert.ok(snippet, `${rubric.id}: no snippet rw-${section.id} with the heading "${section.title}"`);
      }
      const parts = rubric.sections.filter((s) => s.depth === 0);
      assert.ok(parts.length > 0, `${rubric.id} has Parts`);
    }
  });

  test('VS Code offers the snippets in a submission, and one inserts a missing Part', async () => {
    const uri = await scratchCopy('problems.md', 'snippet.md');
    const editor = await open('scratch/snippet.md');
    await waitForCodes(uri, PROBLEMS_CODES);
    const end = new vscode.Position(editor.document.lineCount, 0);
    await editor.edit((b) => b.insert(end, '\nrw-'));
    const position = new vscode.Position(editor.document.lineCount - 1, 3);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      position,
    );
    const labels = (list?.items ?? [])
      .filter((i) => i.kind === vscode.CompletionItemKind.Snippet)
      .map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const prefix of ['rw-part-3', 'rw-artifact-2', 'rw-template-working-together-for-student-success'])
      assert.ok(labels.includes(prefix), `snippet ${prefix} not offered (got ${labels.join(', ')})`);

    // Replace the typed "rw-" with the Part 3 snippet, as accepting the suggestion would.
    await editor.edit((b) => b.delete(new vscode.Range(position.line, 0, position.line, 3)));
    editor.selection = new vscode.Selection(position.line, 0, position.line, 0);
    await vscode.commands.executeCommand('editor.action.insertSnippet', {
      langId: 'markdown',
      name: 'Working Together for Student Success: Part 3 Reflection',
    });
    await waitFor('the snippet heading', () => editor.document.getText().includes('\n## Part 3 Reflection\n'), 10_000);
    assert.ok(lineOf(editor.document, '## Part 3 Reflection') > lineOf(editor.document, '### Artifact 3'));
    assert.match(editor.document.getText(), /<!--\nRubric: /, 'the guiding questions come as an HTML comment');
    await waitFor(
      'missing-section to go',
      () => !rubricDiagnostics(uri).some((d) => codeOf(d) === 'missing-section'),
      20_000,
      () => rubricDiagnostics(uri).map(codeOf),
    );
    await editor.document.save();
  });

  test('typing rw- offers the snippets although Markdown has no quick suggestions, each once', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Notes\n\nrw-' });
    await vscode.window.showTextDocument(document);
    assert.equal(
      vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).get('quickSuggestions.other'),
      'off',
      'Markdown suggests nothing while typing words',
    );
    const position = new vscode.Position(2, 3);
    const labelsOf = (list: vscode.CompletionList | undefined) =>
      (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    // Typing "-" asks for completions; only providers with "-" as a trigger character answer.
    const typed = await waitFor('the snippets on typing -', async () => {
      const labels = labelsOf(
        await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          document.uri,
          position,
          '-',
        ),
      );
      return labels.includes('rw-template-working-together-for-student-success') ? labels : null;
    });
    assert.ok(typed.includes('rw-part-3'), typed.join(', '));
    const invoked = labelsOf(
      await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        position,
      ),
    );
    assert.equal(
      invoked.filter((l) => l === 'rw-template-working-together-for-student-success').length,
      1,
      'asked with Ctrl+Space: listed once',
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
