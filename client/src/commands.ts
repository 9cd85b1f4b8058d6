/** The palette commands: thin wrappers over the server's requests. */
import * as vscode from 'vscode';
import type { RubricClient } from './rubricClient';
import {
  InsertSectionRequest,
  PlainTextRequest,
  RubricMarkdownRequest,
  RubricsRequest,
  TemplateRequest,
  type RubricInfo,
} from '../../server/src/lsp/protocol';
import { hasUriScheme } from '../../server/src/core/text/uri';
import { type ExportChoices, exportSubmission, trackSubmissionContext } from './exportCommand';
import { insertChoices } from './format';
import { exists } from './files';
import { newRubricFromRequirements, type RubricImportChoices } from './rubricImport';
import type { Sections } from './sections';
import { importWordDocument, type WordImportChoices } from './wordImport';

export const RUBRIC_SCHEME = 'rubric-writer-rubric';

async function pickRubric(client: RubricClient, placeHolder: string): Promise<RubricInfo | undefined> {
  const rubrics = await client.sendRequest(RubricsRequest);
  const picked = await vscode.window.showQuickPick(
    rubrics.map((r) => ({
      label: r.title,
      description: r.id,
      detail:
        `${r.kind === 'framework' ? vscode.l10n.t('Reflection framework') : vscode.l10n.t('Micro-credential')} · ` +
        `${r.source}${r.origin ? ` · ${vscode.workspace.asRelativePath(originOf(r.origin))}` : ''}`,
      rubric: r,
    })),
    { placeHolder, matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.rubric;
}

/** Where a user rubric came from: a local path, or a URI where the workspace is not on the local disk. */
const originOf = (origin: string) => (hasUriScheme(origin) ? vscode.Uri.parse(origin) : origin);

/**
 * New Submission: a template for the chosen rubric, in a new untitled document or in a new file.
 * An existing file is never overwritten.
 */
async function newSubmission(
  client: RubricClient,
  rubricId?: string,
  target?: vscode.Uri,
): Promise<vscode.TextDocument | undefined> {
  const id =
    rubricId ?? (await pickRubric(client, vscode.l10n.t('Which credential or framework are you writing for?')))?.id;
  if (!id) return undefined;
  const template = await client.sendRequest(TemplateRequest, { rubric: id });
  if (!template) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Rubric Writer: there is no rubric "{0}".', id));
    return undefined;
  }
  if (target) {
    if (await exists(target)) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          'Rubric Writer: {0} already exists; it was not overwritten. Choose a new file name.',
          vscode.workspace.asRelativePath(target),
        ),
      );
      return undefined;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(template.text));
    const document = await vscode.workspace.openTextDocument(target);
    startAt(await vscode.window.showTextDocument(document), template.line);
    return document;
  }
  const named = await untitledBeside(id);
  const document = named
    ? await vscode.workspace.openTextDocument(named)
    : await vscode.workspace.openTextDocument({ language: 'markdown', content: template.text });
  const editor = await vscode.window.showTextDocument(document);
  if (named) await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), template.text));
  startAt(editor, template.line);
  return document;
}

/** The cursor where the writer starts typing (under the first section's guidance), shown: not at the end. */
function startAt(editor: vscode.TextEditor, line = 0): void {
  const start = new vscode.Position(Math.min(line, editor.document.lineCount - 1), 0);
  editor.selection = new vscode.Selection(start, start);
  editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * A new, unsaved document named `<rubric id>-submission.md` in the first workspace folder (`-2`,
 * `-3`… when taken), so that saving suggests that name rather than "Untitled-1". Only where the
 * editor maps an untitled path back to the folder (a local or remote folder); elsewhere none.
 */
async function untitledBeside(rubricId: string): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder || !['file', 'vscode-remote'].includes(folder.scheme)) return undefined;
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.path));
  for (let n = 1; n < 100; n++) {
    const file = vscode.Uri.joinPath(folder, `${rubricId}-submission${n === 1 ? '' : `-${n}`}.md`);
    if (!open.has(file.path) && !(await exists(file))) return file.with({ scheme: 'untitled' });
  }
  return undefined;
}

async function insertSection(
  client: RubricClient,
  sections: Sections,
  uri?: string,
  sectionId?: string,
): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const documentUri = uri ?? editor?.document.uri.toString();
  if (!documentUri) return false;
  let id = sectionId;
  if (!id) {
    const table = await sections.get(documentUri);
    if (!table?.rubric) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Rubric Writer: this file names no rubric. {0}',
          vscode.l10n.t('Add `rubric: <id>` to its front matter, or run "Rubric Writer: New Submission".'),
        ),
      );
      return false;
    }
    const picked = await vscode.window.showQuickPick(insertChoices(table), {
      placeHolder: vscode.l10n.t('Insert which section? (missing ones first)'),
    });
    if (!picked) return false;
    if (!picked.missing) {
      const found = table.sections.find((s) => s.id === picked.id)!;
      await reveal(documentUri, found.range!.start.line);
      return false;
    }
    id = picked.id;
  }
  const edit = await client.sendRequest(InsertSectionRequest, { textDocument: { uri: documentUri }, section: id });
  if (!edit) return false;
  const applied = await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
  const position = edit.changes?.[documentUri]?.[0]?.range.start;
  if (applied && position) await reveal(documentUri, position.line + 2);
  return applied;
}

async function reveal(uri: string, line: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document);
  const position = new vscode.Position(Math.min(line, document.lineCount - 1), 0);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
}

async function copySectionAsPlainText(client: RubricClient): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const result = await client.sendRequest(PlainTextRequest, {
    textDocument: { uri: editor.document.uri.toString() },
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
  });
  if (!result) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Rubric Writer: put the cursor inside a rubric section to copy it.'),
    );
    return undefined;
  }
  await vscode.env.clipboard.writeText(result.text);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Copied "{0}" as plain text', result.title), 4000);
  return result.text;
}

async function showRubric(client: RubricClient, sections: Sections, rubricId?: string): Promise<void> {
  let id = rubricId;
  const document = vscode.window.activeTextEditor?.document;
  if (!id && document) id = (await sections.get(document.uri.toString()))?.rubric?.id;
  id ??= (await pickRubric(client, vscode.l10n.t('Show which rubric?')))?.id;
  if (!id) return;
  const uri = vscode.Uri.from({ scheme: RUBRIC_SCHEME, path: `/${id}.md` });
  // Locked and to the side: it stays the rubric, beside the draft, whichever editor is active.
  await vscode.commands.executeCommand('markdown.showLockedPreviewToSide', uri);
}

/** Rubrics as read-only Markdown documents, for "Show Rubric". */
export function rubricDocuments(client: RubricClient): vscode.TextDocumentContentProvider {
  return {
    async provideTextDocumentContent(uri) {
      const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
      const result = await client.sendRequest(RubricMarkdownRequest, { rubric: id });
      return result?.markdown ?? vscode.l10n.t('# Unknown rubric\n\nThere is no rubric "{0}".', id);
    },
  };
}

export function registerCommands(client: RubricClient, sections: Sections): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('rubricWriter.newSubmission', (rubricId?: string, target?: vscode.Uri) =>
      newSubmission(client, rubricId, target),
    ),
    vscode.commands.registerCommand('rubricWriter.insertSection', (uri?: string, sectionId?: string) =>
      insertSection(client, sections, uri, sectionId),
    ),
    vscode.commands.registerCommand('rubricWriter.copySectionAsPlainText', () => copySectionAsPlainText(client)),
    vscode.commands.registerCommand('rubricWriter.exportSubmission', (choices?: ExportChoices) =>
      exportSubmission(client, choices),
    ),
    trackSubmissionContext(sections),
    vscode.commands.registerCommand('rubricWriter.newRubricFromRequirements', (choices?: RubricImportChoices) =>
      newRubricFromRequirements(client, choices),
    ),
    vscode.commands.registerCommand(
      'rubricWriter.importWordDocument',
      (file?: vscode.Uri, choices?: WordImportChoices) => importWordDocument(client, file, choices),
    ),
    vscode.commands.registerCommand('rubricWriter.showRubric', (rubricId?: string) =>
      showRubric(client, sections, rubricId),
    ),
    vscode.commands.registerCommand('rubricWriter.restartServer', () => client.restart()),
    vscode.commands.registerCommand('rubricWriter.revealSection', (uri: string, line: number) => reveal(uri, line)),
    vscode.commands.registerCommand('rubricWriter.showChecklist', () =>
      vscode.commands.executeCommand('rubricWriter.checklist.focus'),
    ),
    vscode.workspace.registerTextDocumentContentProvider(RUBRIC_SCHEME, rubricDocuments(client)),
  ];
}
