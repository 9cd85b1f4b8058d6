/**
 * The extension as a web extension: in the browser's extension host (a web worker), its language
 * server in a worker of its own, and the workspace read through the editor's file system.
 */
import * as vscode from 'vscode';
import {
  api,
  codes,
  control,
  exists,
  extension,
  fileUri,
  fromCommandPalette,
  lineOf,
  open,
  placeCursor,
  waitFor,
  waitForCodes,
  PROBLEMS_CODES,
} from '../suite/helpers';

/** A 1×1 PNG. */
const PIXEL_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const hoverText = (hovers: vscode.Hover[]) =>
  hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

interface Workbench {
  problems: string[];
  problemsPanelVisible: boolean;
  codeLenses: string[];
  squiggles: number;
  statusBar: { text: string }[];
}

suite('In the browser (web worker extension host)', () => {
  test('the extension runs as a web extension, with no Node around it', async () => {
    const { client } = await api();
    assert(typeof process === 'undefined', 'no Node process object in the extension host');
    assert(extension().extensionKind === vscode.ExtensionKind.UI, 'the extension runs in the UI (browser) host');
    assert(vscode.env.uiKind === vscode.UIKind.Web, 'VS Code for the Web');
    assert(client.isRunning(), 'the language server is running');
  });

  test('problems.md gets its rubric diagnostics, code lenses and hover from the server in the worker', async () => {
    const { document } = await open('problems.md');
    await waitForCodes(document.uri, PROBLEMS_CODES);
    const heading = lineOf(document, '### Artifact 2');
    const lenses = await waitFor('code lenses', async () => {
      const found =
        (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 20)) ??
        [];
      return found.length > 0 ? found : null;
    });
    const titles = lenses.filter((l) => l.range.start.line === heading).map((l) => l.command?.title);
    assert(titles.includes('342 / 200–300 words — 42 over'), `lenses on Artifact 2: ${titles.join(' | ')}`);
    const hover = hoverText(
      (await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        new vscode.Position(heading, 6),
      )) ?? [],
    );
    assert(/\*Now:\* 342 \/ 200–300 words — 42 over/.test(hover), `hover: ${hover}`);
  });

  test('the checklist shows each section of problems.md', async () => {
    const { checklist } = await api();
    const { document } = await open('problems.md');
    await waitForCodes(document.uri, PROBLEMS_CODES);
    await vscode.commands.executeCommand('rubricWriter.showChecklist');
    const items = await waitFor('checklist items', () => (checklist.current.length > 0 ? checklist.current : null));
    const parts = items.map((i) => i.id).join(',');
    assert(parts === 'part-1,part-2,part-3', `checklist Parts: ${parts}`);
    const artifact2 = items[1].children.find((i) => i.id === 'artifact-2');
    assert(artifact2?.description === '342 / 200–300 words — 42 over', `Artifact 2: ${artifact2?.description}`);
    await waitFor('the checklist view to be visible', () => checklist.view.visible);
  });

  test("a rubric file written to the workspace is read through the editor's file system and used", async () => {
    const root = extension().extensionUri;
    await vscode.workspace.fs.createDirectory(fileUri('scratch'));
    const submission = fileUri('scratch/web-team.md');
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(root, 'test/fixtures/team-reflection.md'), submission, {
      overwrite: true,
    });
    const document = await vscode.workspace.openTextDocument(submission);
    await vscode.window.showTextDocument(document);
    await waitForCodes(submission, ['unknown-rubric']);
    await vscode.workspace.fs.copy(
      vscode.Uri.joinPath(root, 'test/fixtures/rubrics/team-reflection.rubric.yaml'),
      fileUri('scratch/team.rubric.yaml'),
      { overwrite: true },
    );
    await waitForCodes(submission, ['word-limit-exceeded']);
  });

  test("a project config in the workspace is read through the editor's file system and applied", async () => {
    await api();
    const folder = fileUri('scratch/web-config');
    await vscode.workspace.fs.createDirectory(folder);
    const encode = (text: string) => new TextEncoder().encode(text);
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(folder, '.rubric-writer.yaml'),
      encode("associations:\n  '*.md': engaging-stakeholders\nprivacy:\n  identifyingTerms: [Lincoln Elementary]\n"),
    );
    const submission = vscode.Uri.joinPath(folder, 'plan.md');
    await vscode.workspace.fs.writeFile(submission, encode('We met the families of Lincoln Elementary.\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(submission));
    const found = await waitFor('the config applied', () => {
      const now = codes(submission);
      return now.includes('missing-section') && now.includes('identifying-information') ? now : null;
    });
    assert(found.length > 0, `codes: ${found.join(', ')}`);

    // Its rubricPaths: a rubric file found only there (no .rubric.yaml name) is loaded.
    const rubric = [
      'id: web-config-rubric',
      'title: Web Config Rubric',
      'kind: framework',
      'source: Rubric Writer test',
      'description: A one-section rubric found through the config.',
      'sections:',
      '  - id: summary',
      '    title: Summary',
      '    words: { max: 3, limit: hard }',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'rubrics/web.yaml'), encode(rubric));
    const team = vscode.Uri.joinPath(folder, 'summary.md');
    await vscode.workspace.fs.writeFile(
      team,
      encode('---\nrubric: web-config-rubric\n---\n\n# Summary\n\nOne two three four.\n'),
    );
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(team));
    await waitForCodes(team, ['unknown-rubric']);
    await vscode.workspace.fs.writeFile(
      vscode.Uri.joinPath(folder, '.rubric-writer.yaml'),
      encode("associations:\n  '*.md': engaging-stakeholders\nrubricPaths: [rubrics]\n"),
    );
    await waitForCodes(team, ['word-limit-exceeded']);
  });

  test('New Submission writes its file through the editor, and never over an existing one', async () => {
    await api();
    const target = fileUri('scratch/web-new-submission.md');
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(
      'rubricWriter.newSubmission',
      'engaging-stakeholders',
      target,
    );
    assert(document?.uri.toString() === target.toString(), 'the new document is the file asked for');
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert(written.startsWith('---\nrubric: engaging-stakeholders\n---\n'), written.slice(0, 80));
    const again = await vscode.commands.executeCommand(
      'rubricWriter.newSubmission',
      'stakeholder-participation',
      target,
    );
    assert(again === undefined, 'a second New Submission to the same file does nothing');
    const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert(after === written, 'the existing file is unchanged');
  });

  test('New Rubric from Requirements… writes through the editor, from a text or a PDF', async () => {
    const { client } = await api();
    const requirements = fileUri('scratch/quiet-corners.txt');
    const text =
      'Quiet Corners in the Classroom\n\nSubmission Requirements\n\nPart 1. Overview Questions (200-300 words)\n' +
      'What is your context?\n\nPart 2. Reflection (500-word limit)\nWhat did you learn?\n';
    await vscode.workspace.fs.writeFile(requirements, new TextEncoder().encode(text));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'rubricWriter.newRubricFromRequirements',
      { file: requirements },
    );
    assert(written?.path.endsWith('/quiet-corners-in-the-classroom.rubric.yaml') && written, `written: ${written}`);
    const yaml = new TextDecoder().decode(await vscode.workspace.fs.readFile(written));
    assert(/^id: quiet-corners-in-the-classroom$/m.test(yaml), yaml.slice(0, 200));
    const rubrics = await client.sendRequest('rubricWriter/rubrics');
    assert(
      (rubrics as { id: string }[]).some((r) => r.id === 'quiet-corners-in-the-classroom'),
      'the server knows the rubric',
    );

    // A printable PDF (the fixture's rubric table crosses a page break) is read in the worker too.
    const fromPdf = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'rubricWriter.newRubricFromRequirements',
      { file: fileUri('scratch/restorative.pdf') },
    );
    assert(fromPdf?.path.endsWith('/restorative-circles.rubric.yaml') && fromPdf, `written from the PDF: ${fromPdf}`);
    const fromPdfYaml = new TextDecoder().decode(await vscode.workspace.fs.readFile(fromPdf));
    assert(/^title: Restorative Circles$/m.test(fromPdfYaml), fromPdfYaml.slice(0, 300));
    assert(/# line \d+: /.test(fromPdfYaml), 'its rules name the lines of the PDF they came from');
  });

  test(
    'Export Submission writes a Word document with the image beside the submission, read through the ' + 'editor',
    async () => {
      await vscode.workspace.fs.createDirectory(fileUri('scratch'));
      await vscode.workspace.fs.writeFile(fileUri('scratch/council.png'), PIXEL_PNG);
      const submission = fileUri('scratch/web-export.md');
      const text =
        '---\nrubric: engaging-stakeholders\n---\n\n## Part 1. Overview questions\n\n![The council](council.png)\n';
      await vscode.workspace.fs.writeFile(submission, new TextEncoder().encode(text));
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(submission));
      await waitFor('the submission to be checked', () => codes(submission).length > 0);
      const docx = fileUri('scratch/web-export.docx');
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('rubricWriter.exportSubmission', {
        format: 'docx',
        target: docx,
        replace: true,
      });
      assert(written?.toString() === docx.toString(), `exported to ${written?.toString()}`);
      const bytes = await vscode.workspace.fs.readFile(docx);
      const names = new TextDecoder('latin1').decode(bytes);
      assert(names.startsWith('PK'), 'a Word document (a zip)');
      assert(/word\/media\/[^/]+\.png/.test(names), 'the image is embedded');
    },
  );

  test('Import Word Document… from the Explorer and the Command Palette writes through the editor', async () => {
    await api();
    const fixture = vscode.Uri.joinPath(extension().extensionUri, 'test/fixtures/word/full-draft.libreoffice.docx');
    await vscode.workspace.fs.createDirectory(fileUri('scratch'));
    const docx = fileUri('scratch/web-draft.docx');
    await vscode.workspace.fs.writeFile(docx, await vscode.workspace.fs.readFile(fixture));
    // The Explorer's context menu passes the file and the selection.
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'rubricWriter.importWordDocument',
      docx,
      [docx],
    );
    const markdown = fileUri('scratch/web-draft.md');
    assert(written?.toString() === markdown.toString(), `written: ${written}`);
    const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(markdown));
    assert(/^---\nrubric: working-together-for-student-success\n---/.test(content), content.slice(0, 200));
    assert(/\]\(web-draft-images\/image-1\.png\)/.test(content), 'the images linked beside it');
    const images = await vscode.workspace.fs.readDirectory(fileUri('scratch/web-draft-images'));
    assert(images.length === 4, `${images.length} images written`);
    await waitFor('diagnostics on the imported draft', () => codes(markdown).length > 0);

    const second = fileUri('scratch/web-draft-2.md');
    await fromCommandPalette('Rubric Writer: Import Word Document', docx, () => exists(second));
    assert(await exists(fileUri('scratch/web-draft-2-images/image-1.png')), 'its own images folder');
    const first = new TextDecoder().decode(await vscode.workspace.fs.readFile(markdown));
    assert(first === content, 'the first import is unchanged');
  });

  test('Restart Server starts a new worker, and checking goes on', async () => {
    const { client } = await api();
    await vscode.commands.executeCommand('rubricWriter.restartServer');
    await waitFor('the client to run again', () => client.isRunning());
    const { document } = await open('problems.md');
    await vscode.window.showTextDocument(document);
    await waitForCodes(document.uri, PROBLEMS_CODES);
  });

  test('the workbench in the browser shows the lens and the problems (screenshot)', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('rubricWriter.showChecklist');
    const editor = await open('problems.md');
    await waitForCodes(editor.document.uri, PROBLEMS_CODES);
    const artifact1 = lineOf(editor.document, '### Artifact 1');
    placeCursor(editor, lineOf(editor.document, '### Artifact 2') + 4);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.window.showTextDocument(editor.document, { preserveFocus: false, selection: editor.selection });
    editor.revealRange(new vscode.Range(artifact1 - 1, 0, artifact1 - 1, 0), vscode.TextEditorRevealType.AtTop);
    const seen = await waitFor(
      'a lens, the problems and the status bar count in the page',
      async () => {
        const dom = await control<Workbench>('GET', '/dom');
        const ready =
          dom.problemsPanelVisible &&
          dom.problems.filter((p) => /rubric-writer/.test(p)).length >= 6 &&
          dom.codeLenses.some((l) => l.includes('42 over')) &&
          dom.statusBar.some((s) => /Artifact 2: 342 \/ 200–300 words/.test(s.text)) &&
          dom.squiggles > 0;
        return ready ? dom : null;
      },
      30_000,
    );
    const shot = await control<{ path: string }>('POST', '/screenshot', { name: 'web-workbench-problems' });
    console.log(`      screenshot: ${shot.path}`);
    assert(
      seen.problems.some((p) => /342 words; the limit is 300 \(42 over\)/.test(p)),
      `Problems rows: ${seen.problems.join(' | ')}`,
    );
  });
});
