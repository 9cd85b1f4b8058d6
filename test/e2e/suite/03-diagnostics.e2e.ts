import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import {
  api,
  codeOf,
  codes,
  control,
  controlUrl,
  open,
  rubricDiagnostics,
  scratchCopy,
  sleep,
  waitFor,
  waitForCodes,
  lineOf,
  PROBLEMS_CODES,
} from './helpers';

function only(diagnostics: vscode.Diagnostic[], code: string): vscode.Diagnostic {
  const found = diagnostics.filter((d) => codeOf(d) === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${found.length}`);
  return found[0];
}

suite('Diagnostics', () => {
  test('examples/problems.md has exactly its six problems, with codes, severities, ranges and numbers', async () => {
    const { document } = await open('problems.md');
    const diagnostics = await waitForCodes(document.uri, PROBLEMS_CODES);
    assert.equal(diagnostics.length, 6);

    const missing = only(diagnostics, 'missing-section');
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Error);
    assert.match(missing.message, /^Part 3 Reflection is missing/);
    assert.equal(
      missing.range.start.line,
      lineOf(document, 'rubric:'),
      'a missing Part is reported on the rubric line',
    );

    const under = only(diagnostics, 'word-count-below-minimum');
    assert.equal(under.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(under.message, /has 238 words; the guide is 350–450 \(112 short\)/);
    assert.equal(under.range.start.line, lineOf(document, '## Part 1.'));
    assert.equal(document.getText(under.range), '## Part 1. Overview Questions (Provides Context)');

    const items = only(diagnostics, 'too-few-items');
    assert.equal(items.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(items.message, /lists 4 stakeholders; the rubric asks for at least 5 \(1 more\)/);
    assert.equal(document.getText(items.range), '### Artifact 1: List of Stakeholders');

    const over = only(diagnostics, 'word-limit-exceeded');
    assert.equal(over.severity, vscode.DiagnosticSeverity.Error);
    assert.match(over.message, /Artifact 2: Written Plan has 342 words; the limit is 300 \(42 over\)/);
    // "Follow-up:" is the 300th word (hyphenated, it is one), so the range starts at the 301st.
    assert.equal(
      over.range.start.line,
      lineOf(document, '**Follow-up:**'),
      'the range starts at the first word past the limit',
    );
    assert.ok(document.getText(over.range).startsWith('within one week'), document.getText(over.range));

    const caption = only(diagnostics, 'missing-caption');
    assert.equal(caption.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(caption.range.start.line, lineOf(document, '![Parents at a table'));
    assert.match(
      document.getText(caption.range),
      /^!\[Parents at a table playing a math game\]\(photos\/math-night\.jpg\)$/,
    );

    const email = only(diagnostics, 'identifying-information');
    assert.equal(email.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(document.getText(email.range), 'ms.rivera@riverbend.example.org');

    for (const d of diagnostics) assert.equal(d.source, 'rubric-writer');
  });

  test('the passing examples have no rubric diagnostics', async () => {
    const { sections } = await api();
    for (const name of ['working-together-for-student-success.md', 'engaging-stakeholders.md']) {
      const { document } = await open(name);
      const table = await waitFor(`the section table of ${name}`, () => sections.get(document.uri.toString()));
      assert.ok(table.rubric, `${name} is a submission`);
      assert.equal(table.errors + table.warnings, 0, `${name}: ${table.errors} errors, ${table.warnings} warnings`);
      await sleep(500);
      assert.deepEqual(codes(document.uri), [], `${name} has diagnostics`);
    }
  });

  test('Markdown that is not a submission gets no diagnostics, lenses, hover or status bar item', async () => {
    const { sections } = await api();
    const editor = await open('notes.md');
    const { document } = editor;
    const table = await sections.get(document.uri.toString());
    assert.equal(table?.rubric ?? null, null, 'notes.md names no rubric');
    await sleep(1500);
    assert.deepEqual(rubricDiagnostics(document.uri), []);
    const lenses =
      (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10)) ??
      [];
    assert.deepEqual(
      lenses.filter((l) => /words|Missing:/.test(l.command?.title ?? '')).map((l) => l.command?.title),
      [],
    );
    const heading = lineOf(document, '## Part 1.');
    const hovers =
      (await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        new vscode.Position(heading, 5),
      )) ?? [];
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.doesNotMatch(hoverText, /Rubric:|Now:/);
    if (controlUrl()) {
      const dom = await control<{ statusBar: { id: string; text: string }[] }>('GET', '/dom');
      assert.deepEqual(
        dom.statusBar.filter((item) => /words/.test(item.text)),
        [],
        'no word-count item in the status bar for notes.md',
      );
    }
  });

  test('diagnostics update after edits made through WorkspaceEdit', async () => {
    const uri = await scratchCopy('problems.md', 'edited.md');
    const editor = await open('scratch/edited.md');
    const { document } = editor;
    await waitForCodes(uri, PROBLEMS_CODES);

    // A fifth stakeholder: the too-few-items warning goes.
    const fifth = new vscode.WorkspaceEdit();
    fifth.insert(
      uri,
      new vscode.Position(lineOf(document, '### Artifact 2'), 0),
      '- **The school counselor**\n  - Knows which families need to be reached first.\n\n',
    );
    assert.ok(await vscode.workspace.applyEdit(fifth));
    await waitForCodes(
      uri,
      PROBLEMS_CODES.filter((c) => c !== 'too-few-items'),
    );

    // Ten more words in Artifact 2: the overrun grows from 42 to 52.
    const more = new vscode.WorkspaceEdit();
    more.insert(
      uri,
      new vscode.Position(lineOf(document, '**Stakeholder:**') + 1, 0),
      '\nOne two three four five six seven eight nine ten.\n',
    );
    assert.ok(await vscode.workspace.applyEdit(more));
    const after = await waitFor(
      'the word-limit message to say 352 words',
      () =>
        rubricDiagnostics(uri).find(
          (d) => codeOf(d) === 'word-limit-exceeded' && /352 words; the limit is 300 \(52 over\)/.test(d.message),
        ),
      20_000,
      () => rubricDiagnostics(uri).map((d) => d.message),
    );
    assert.equal(after.severity, vscode.DiagnosticSeverity.Error);

    // Removing the e-mail address: identifying-information goes.
    const line = lineOf(document, '![Council members voting');
    const text = document.lineAt(line).text;
    const at = text.indexOf('ms.rivera@riverbend.example.org');
    const scrub = new vscode.WorkspaceEdit();
    scrub.replace(uri, new vscode.Range(line, at, line, at + 'ms.rivera@riverbend.example.org'.length), 'the office');
    assert.ok(await vscode.workspace.applyEdit(scrub));
    await waitForCodes(uri, ['missing-caption', 'missing-section', 'word-count-below-minimum', 'word-limit-exceeded']);
    await document.save();
  });
});
