import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import {
  codeOf,
  fileUri,
  lineOf,
  open,
  rubricDiagnostics,
  scratchCopy,
  waitFor,
  waitForCodes,
  PROBLEMS_CODES,
} from './helpers';

const hoverText = (hovers: vscode.Hover[]) =>
  hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

async function completions(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    uri,
    position,
  );
  return list?.items ?? [];
}
const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

suite('Language features', () => {
  test("code lenses show each section's words against its limit, and the missing Part", async () => {
    const { document } = await open('problems.md');
    await waitForCodes(document.uri, PROBLEMS_CODES);
    const lenses = await waitFor('code lenses', async () => {
      const found =
        (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 20)) ??
        [];
      return found.length >= 6 ? found : null;
    });
    const at = (line: number) => lenses.filter((l) => l.range.start.line === line).map((l) => l.command?.title);
    assert.deepEqual(at(lineOf(document, '## Part 1.')), ['238 / 350–450 words — 112 short']);
    assert.deepEqual(at(lineOf(document, '## Part 2.')), ['503 words · 3 photos'], 'a Part counts its subsections');
    assert.deepEqual(at(lineOf(document, '### Artifact 1')), ['102 words · 4 / 5 stakeholders']);
    assert.deepEqual(at(lineOf(document, '### Artifact 2')), ['342 / 200–300 words — 42 over']);
    assert.deepEqual(at(lineOf(document, '### Artifact 3')), ['59 words · 3 photos']);
    const missing = lenses.find((l) => l.command?.title.startsWith('Missing:'));
    assert.ok(missing, 'a lens for the missing Part');
    assert.equal(missing.command!.title, 'Missing: Part 3 Reflection (insert)');
    assert.equal(missing.command!.command, 'rubricWriter.insertSection');
    assert.deepEqual(missing.command!.arguments, [document.uri.toString(), 'part-3']);
    assert.equal(missing.range.start.line, lineOf(document, 'rubric:'));
  });

  test('hover on a heading shows its rubric and current count; on the rubric id, the rubric', async () => {
    const { document } = await open('problems.md');
    await waitForCodes(document.uri, PROBLEMS_CODES);
    const heading = lineOf(document, '### Artifact 2');
    const onHeading = hoverText(
      (await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        new vscode.Position(heading, 6),
      )) ?? [],
    );
    assert.match(onHeading, /\*\*Artifact 2: Written Plan\*\*/);
    assert.match(onHeading, /\*Now:\* 342 \/ 200–300 words — 42 over/);
    // What the rubric asks, as a checklist marked from the same checks, then the criteria table.
    assert.match(onHeading, /\*The rubric asks:\*/);
    assert.match(onHeading, /- ✗ 200–300 words, at most 300 \(342 now\) — \*not met\*/);
    assert.match(onHeading, /- ✓ 3 points \(3 found\)/);
    assert.ok(onHeading.indexOf('The rubric asks') < onHeading.indexOf('| Proficient |'), onHeading);
    const rubricLine = lineOf(document, 'rubric:');
    const onRubric = hoverText(
      (await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        new vscode.Position(rubricLine, 12),
      )) ?? [],
    );
    assert.match(onRubric, /# Working Together for Student Success/);
    const body = hoverText(
      (await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        new vscode.Position(heading + 2, 10),
      )) ?? [],
    );
    assert.doesNotMatch(body, /\*Now:\*/, 'no rubric hover on body text');
  });

  test('completion offers the missing headings at a line start, and rubric ids after "rubric:"', async () => {
    const { document } = await open('problems.md');
    await waitForCodes(document.uri, PROBLEMS_CODES);
    // The blank line before Part 2's heading.
    const blank = lineOf(document, '## Part 2.') - 1;
    assert.equal(document.lineAt(blank).text, '');
    const items = await completions(document.uri, new vscode.Position(blank, 0));
    const heading = items.find((i) => labelOf(i) === 'Part 3 Reflection');
    assert.ok(heading, `no "Part 3 Reflection" among ${items.map(labelOf).join(', ')}`);
    assert.equal(heading.kind, vscode.CompletionItemKind.Module);
    const edit = heading.textEdit ?? heading.insertText;
    const newText = edit instanceof vscode.TextEdit ? edit.newText : typeof edit === 'string' ? edit : edit?.value;
    assert.equal(newText, '## Part 3 Reflection');
    assert.ok(!items.some((i) => labelOf(i) === 'Artifact 2: Written Plan'), 'present sections are not offered');

    const uri = fileUri('scratch/rubric-id.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\nrubric: \n---\n\nDraft.\n'));
    const fresh = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(fresh);
    const ids = (await completions(uri, new vscode.Position(1, 8))).map(labelOf);
    for (const id of [
      'engaging-stakeholders',
      'working-together-for-student-success',
      'stakeholder-participation',
      'stakeholder-relationships',
      'district-stakeholder-engagement',
    ]) {
      assert.ok(ids.includes(id), `rubric id ${id} is not offered (got ${ids.join(', ')})`);
    }
  });

  test('the quick fix inserts the missing Part, and its diagnostic goes', async () => {
    const uri = await scratchCopy('problems.md', 'quick-fix.md');
    const { document } = await open('scratch/quick-fix.md');
    const diagnostics = await waitForCodes(uri, PROBLEMS_CODES);
    const missing = diagnostics.find((d) => codeOf(d) === 'missing-section')!;
    const actions =
      (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        uri,
        missing.range,
        vscode.CodeActionKind.QuickFix.value,
      )) ?? [];
    const fixes = actions.filter(
      (a): a is vscode.CodeAction => 'edit' in a && a.kind?.value === vscode.CodeActionKind.QuickFix.value,
    );
    const fix = fixes.find((a) => a.title === 'Insert "Part 3 Reflection" at its rubric place');
    assert.ok(fix, `no quick fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await waitFor(
      'missing-section to go',
      () => !rubricDiagnostics(uri).some((d) => codeOf(d) === 'missing-section'),
      20_000,
      () => rubricDiagnostics(uri).map(codeOf),
    );
    const part3 = lineOf(document, '## Part 3 Reflection');
    assert.ok(part3 > lineOf(document, '### Artifact 3'), 'Part 3 goes after Part 2, at its rubric place');
    const left = rubricDiagnostics(uri).map(codeOf);
    for (const code of PROBLEMS_CODES.filter((c) => c !== 'missing-section'))
      assert.ok(left.includes(code), `${code} is still reported`);
    await document.save();
  });
});
