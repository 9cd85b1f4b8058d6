/**
 * Export Submission…: the server renders the submission (Word, plain text, readiness report); this
 * command only asks where and writes the bytes, through the editor's file system so it also works
 * in the web. An existing file is replaced only after the user says so.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ExportRequest, type ExportFormat } from '../../server/src/lsp/protocol';
import { exists, fromBase64 } from './files';
import type { Sections } from './sections';

/** The context key that shows the command on submissions only. */
const IS_SUBMISSION = 'rubricWriter.isSubmission';

interface FormatChoice {
  format: ExportFormat;
  label: string;
  detail: string;
  extension: string;
  filter: string;
}

/** A function, not a constant: the words are in the display language, known once the extension runs. */
const formats = (): FormatChoice[] => [
  {
    format: 'docx',
    label: vscode.l10n.t('Word document (.docx)'),
    detail: vscode.l10n.t(
      'To upload or share: your headings, text, lists, tables, links and images; no comments or front matter',
    ),
    extension: 'docx',
    filter: vscode.l10n.t('Word document'),
  },
  {
    format: 'text',
    label: vscode.l10n.t('Plain text per section (.txt)'),
    detail: vscode.l10n.t("Each section under its title, to paste into the platform's form field by field"),
    extension: 'txt',
    filter: vscode.l10n.t('Plain text'),
  },
  {
    format: 'html',
    label: vscode.l10n.t('Readiness report (.html)'),
    detail: vscode.l10n.t(
      'Each section against its limit, what the rubric asks, and every problem with its line; prints on a page or two',
    ),
    extension: 'html',
    filter: vscode.l10n.t('Web page'),
  },
];

/** What tests pass instead of answering the pickers and dialogs. */
export interface ExportChoices {
  format?: ExportFormat;
  target?: vscode.Uri;
  /** Replace an existing file without asking. */
  replace?: boolean;
}

function beside(document: vscode.Uri, extension: string): vscode.Uri {
  const name = document.path.replace(/^.*\//, '').replace(/\.[^.]*$/, '') || 'submission';
  return vscode.Uri.joinPath(document, '..', `${name}.${extension}`);
}

export async function exportSubmission(
  client: BaseLanguageClient,
  choices: ExportChoices = {},
): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) return undefined;
  const chosen = choices.format
    ? formats().find((f) => f.format === choices.format)
    : await vscode.window.showQuickPick(formats(), {
        placeHolder: vscode.l10n.t('Export the submission as…'),
        matchOnDetail: true,
      });
  if (!chosen) return undefined;
  const target =
    choices.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: beside(document.uri, chosen.extension),
      filters: { [chosen.filter]: [chosen.extension] },
      saveLabel: vscode.l10n.t('Export'),
      title: vscode.l10n.t('Export {0}', chosen.label),
    }));
  if (!target) return undefined;
  const name = vscode.workspace.asRelativePath(target);
  const itself = () =>
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Rubric Writer: {0} is the submission itself; choose another name.', name),
    );
  if (target.toString() === document.uri.toString()) {
    itself();
    return undefined;
  }
  // Rendered first: the server refuses a target that is the submission through a link, before anyone is asked.
  const result = await client.sendRequest(ExportRequest, {
    textDocument: { uri: document.uri.toString() },
    format: chosen.format,
    target: target.toString(),
  });
  if (!result) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Rubric Writer: this file names no rubric, so there is nothing to export. {0}',
        vscode.l10n.t('Add `rubric: <id>` to its front matter.'),
      ),
    );
    return undefined;
  }
  if (result.refused) {
    itself();
    return undefined;
  }
  // The save dialog has already asked before replacing a file; ask only for a target given without it.
  if (choices.target && !choices.replace && (await exists(target))) {
    const replaceAction = vscode.l10n.t('Replace');
    const replace = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already exists. Replace it?', name),
      { modal: true },
      replaceAction,
    );
    if (replace !== replaceAction) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, fromBase64(result.base64));
  const notes = result.warnings.map((w) => vscode.l10n.t('line {0}: {1}', w.line, w.message));
  const message =
    notes.length > 0
      ? vscode.l10n.t('Exported {0} ({1})', name, notes.join('; '))
      : vscode.l10n.t('Exported {0}', name);
  const show = notes.length > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  // A browser tab can neither hand the file to another program nor show it in a file manager.
  const open = vscode.l10n.t('Open');
  const revealAction = vscode.l10n.t('Reveal');
  const actions = vscode.env.uiKind === vscode.UIKind.Web ? [] : [open, revealAction];
  void Promise.resolve(show(message, ...actions)).then((action) => {
    if (action === open) void vscode.env.openExternal(target);
    if (action === revealAction) void vscode.commands.executeCommand('revealFileInOS', target);
  });
  return target;
}

/** Keeps `rubricWriter.isSubmission` true while the active editor holds a submission. */
export function trackSubmissionContext(sections: Sections): vscode.Disposable {
  const update = async () => {
    const document = vscode.window.activeTextEditor?.document;
    const table = document?.languageId === 'markdown' ? await sections.get(document.uri.toString()) : null;
    await vscode.commands.executeCommand('setContext', IS_SUBMISSION, Boolean(table?.rubric));
  };
  void update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    sections.onDidChange(() => void update()),
  );
}
