/**
 * Import Word Document…: a .docx draft becomes a submission in Markdown beside it, with its images
 * in a folder of their own. The server converts; this command writes under free names only, opens
 * the Markdown and says what the import met.
 */
import * as vscode from 'vscode';
import { ImportWordRequest, RubricsRequest } from '../../server/src/lsp/protocol';
import { baseName, freeName, fromBase64, readBounded, toBase64 } from './files';
import type { RubricClient } from './rubricClient';

/** What tests pass instead of answering the picker. */
export interface WordImportChoices {
  rubricId?: string;
}

const MAX_BYTES = 50 * 1024 * 1024;

export async function importWordDocument(
  client: RubricClient,
  file?: vscode.Uri,
  choices: WordImportChoices = {},
): Promise<vscode.Uri | undefined> {
  const draft = file instanceof vscode.Uri ? file : await pickDraft();
  if (!draft) return undefined;
  const name = baseName(draft);
  const bytes = await readBounded(draft, MAX_BYTES);
  if (!(bytes instanceof Uint8Array)) return fail(bytes.problem);
  const folder = vscode.Uri.joinPath(draft, '..');
  const stem = name.replace(/\.(?:docx|docm|dotx|dotm)$/i, '');
  // Never over a file: draft.md and draft-images, else draft-2.md and draft-2-images…
  const suffix = await freeName(folder, (s) => [`${stem}${s}.md`, `${stem}${s}-images`]);
  if (suffix === undefined)
    return fail(vscode.l10n.t('{0}.md and the next 99 names are taken beside {1}.', stem, name));
  const imageFolder = `${stem}${suffix}-images`;
  const request = { base64: toBase64(bytes), imageFolder, name, rubricId: choices.rubricId };
  let result = await client.sendRequest(ImportWordRequest, request);
  if ('error' in result && result.unmatched && !choices.rubricId) {
    const rubricId = await pickRubric(client, result.error);
    if (!rubricId) return undefined;
    result = await client.sendRequest(ImportWordRequest, { ...request, rubricId });
  }
  if ('error' in result) return fail(result.error);
  for (const image of result.images) {
    // The server names them under the folder asked for; anything else is not written.
    if (!image.path.startsWith(`${imageFolder}/`) || image.path.split('/').includes('..')) continue;
    const target = vscode.Uri.joinPath(folder, image.path);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await vscode.workspace.fs.writeFile(target, fromBase64(image.base64));
  }
  const target = vscode.Uri.joinPath(folder, `${stem}${suffix}.md`);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.markdown));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  const { insertions, deletions, comments } = result;
  const images = result.images.length;
  const met = [
    result.sectionsFound.length === 1
      ? vscode.l10n.t('1 section of {0} found', result.rubric.title)
      : vscode.l10n.t('{0} sections of {1} found', result.sectionsFound.length, result.rubric.title),
    vscode.l10n.t(
      'tracked changes: {0}, {1} (read as accepted)',
      insertions === 1 ? vscode.l10n.t('1 insertion') : vscode.l10n.t('{0} insertions', insertions),
      deletions === 1 ? vscode.l10n.t('1 deletion') : vscode.l10n.t('{0} deletions', deletions),
    ),
    comments === 1 ? vscode.l10n.t('1 comment (left out)') : vscode.l10n.t('{0} comments (left out)', comments),
    images === 0
      ? vscode.l10n.t('0 images')
      : images === 1
        ? vscode.l10n.t('1 image (in {0}/)', imageFolder)
        : vscode.l10n.t('{0} images (in {1}/)', images, imageFolder),
    ...result.notes,
  ];
  // What would identify the writer follows, each its own sentence: the draft still holds it, the Markdown does not.
  const message = [
    vscode.l10n.t('Rubric Writer: imported {0} as {1}. {2}.', name, baseName(target), met.join('; ')),
    ...result.identifying,
  ].join(' ');
  const warn = result.notes.length > 0 || result.identifying.length > 0;
  const show = warn ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(message);
  return target;
}

function fail(message: string): undefined {
  void vscode.window.showErrorMessage(vscode.l10n.t('Rubric Writer: {0}', message));
  return undefined;
}

async function pickDraft(): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  // An unsaved document (a new submission) is in no folder: a dialog given its scheme never opens.
  const saved = active && active.scheme !== 'untitled';
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    defaultUri: saved ? vscode.Uri.joinPath(active, '..') : vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { [vscode.l10n.t('Word document')]: ['docx', 'docm', 'dotx', 'dotm'] },
    openLabel: vscode.l10n.t('Import'),
    title: vscode.l10n.t('Choose the Word draft to import'),
  });
  return picked?.[0];
}

async function pickRubric(client: RubricClient, why: string): Promise<string | undefined> {
  const rubrics = await client.sendRequest(RubricsRequest);
  const picked = await vscode.window.showQuickPick(
    rubrics.map((r) => ({ label: r.title, description: r.id, id: r.id })),
    {
      placeHolder: vscode.l10n.t(
        '{0}. Which rubric is it written to?',
        why.replace(/^./, (c) => c.toUpperCase()),
      ),
    },
  );
  return picked?.id;
}
