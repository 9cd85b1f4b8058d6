/**
 * New Rubric from Requirements…: the requirements a credential publishes (a file, the clipboard or
 * the open editor) become `<id>.rubric.yaml` in the workspace folder. The server reads them; this
 * command picks the input, writes the file (never over another) and shows the rubric.
 */
import * as vscode from 'vscode';
import { ImportRubricRequest, RubricsRequest, type RequirementsFormat } from '../../server/src/lsp/protocol';
import { decodeHtml } from '../../server/src/core/text/htmlEncoding';
import { requirementFileFormat } from '../../server/src/core/text/fileFormat';
import { baseName, exists, folderFor, readBounded, toBase64 } from './files';
import type { RubricClient } from './rubricClient';

export type RequirementsSource = 'file' | 'clipboard' | 'editor';

/** What tests pass instead of answering the pickers and dialogs. */
export interface RubricImportChoices {
  from?: RequirementsSource;
  file?: vscode.Uri;
}

/** Other word processors' documents are offered too: the server tells the writer to save them as Word or PDF. */
const OTHER_DOCUMENTS = ['rtf', 'odt', 'ott', 'fodt', 'pages', 'doc'];
const EXTENSIONS = [
  'txt',
  'md',
  'markdown',
  'html',
  'htm',
  'mhtml',
  'mht',
  'webarchive',
  'docx',
  'pdf',
  ...OTHER_DOCUMENTS,
];
const MAX_BYTES = 10 * 1024 * 1024;

interface Requirements {
  format: RequirementsFormat;
  text?: string;
  base64?: string;
  source: string;
  /** The file they came from, when they came from one: the rubric goes in its workspace folder. */
  uri?: vscode.Uri;
}

export async function newRubricFromRequirements(
  client: RubricClient,
  choices: RubricImportChoices = {},
): Promise<vscode.Uri | undefined> {
  const from = choices.from ?? (choices.file ? 'file' : await pickSource());
  if (!from) return undefined;
  const requirements = await readRequirements(from, choices.file);
  if (!requirements) return undefined;
  const folder = folderFor(requirements.uri ?? vscode.window.activeTextEditor?.document.uri);
  if (!folder) return fail(vscode.l10n.t('open a folder first: the rubric file is written in the workspace folder.'));
  let result = await client.sendRequest(ImportRubricRequest, requirements);
  if ('error' in result) return fail(result.error);
  // `<id>.rubric.yaml` may be there already (a rubric the server has not read, say): the next free id.
  const first = result.id;
  for (let n = 2; await exists(rubricFile(folder, result.id)); n++) {
    if (n > 100) return fail(vscode.l10n.t('{0}.rubric.yaml and the next 99 names are taken; rename one.', first));
    result = await client.sendRequest(ImportRubricRequest, { ...requirements, id: `${first}-${n}` });
    if ('error' in result) return fail(result.error);
  }
  const target = rubricFile(folder, result.id);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.yaml));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), vscode.ViewColumn.One);
  if (await known(client, result.id)) await vscode.commands.executeCommand('rubricWriter.showRubric', result.id);
  const checks = result.checks.length;
  const wrote = vscode.l10n.t(
    'Rubric Writer: wrote {0} ({1}): {2} sections, {3} rules',
    vscode.workspace.asRelativePath(target),
    result.title,
    result.sections,
    result.rules,
  );
  const toConfirm =
    checks === 1
      ? vscode.l10n.t('{0}; 1 point to confirm, marked "# check:"', wrote)
      : vscode.l10n.t('{0}; {1} points to confirm, marked "# check:"', wrote, checks);
  const message = checks > 0 ? toConfirm : wrote;
  const id = result.id;
  const newSubmission = vscode.l10n.t('New Submission');
  void Promise.resolve(vscode.window.showInformationMessage(message, newSubmission)).then((action) => {
    if (action === newSubmission) void vscode.commands.executeCommand('rubricWriter.newSubmission', id);
  });
  return target;
}

const rubricFile = (folder: vscode.Uri, id: string) => vscode.Uri.joinPath(folder, `${id}.rubric.yaml`);

function fail(message: string): undefined {
  void vscode.window.showErrorMessage(vscode.l10n.t('Rubric Writer: {0}', message));
  return undefined;
}

async function pickSource(): Promise<RequirementsSource | undefined> {
  const items: (vscode.QuickPickItem & { source: RequirementsSource })[] = [
    {
      label: `$(file) ${vscode.l10n.t('A file…')}`,
      detail: vscode.l10n.t(
        'The requirements as the issuer publishes them: text, Markdown, a saved web page, Word or PDF',
      ),
      source: 'file',
    },
    {
      label: `$(clippy) ${vscode.l10n.t('The clipboard')}`,
      detail: vscode.l10n.t('Requirements copied from the web page or the PDF'),
      source: 'clipboard',
    },
  ];
  if (vscode.window.activeTextEditor)
    items.push({
      label: `$(edit) ${vscode.l10n.t('The active editor')}`,
      detail: vscode.l10n.t('The text of the file open now'),
      source: 'editor',
    });
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: vscode.l10n.t("Where are the credential's requirements?"),
    matchOnDetail: true,
  });
  return picked?.source;
}

async function readRequirements(from: RequirementsSource, file?: vscode.Uri): Promise<Requirements | undefined> {
  if (from === 'clipboard') {
    const text = await vscode.env.clipboard.readText();
    if (!text.trim()) return fail(vscode.l10n.t('the clipboard holds no text. Copy the requirements first.'));
    const format = /^\s*<(!doctype|html)/i.test(text) ? 'html' : 'text';
    return { format, text, source: vscode.l10n.t('the clipboard') };
  }
  if (from === 'editor') {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return fail(vscode.l10n.t('no editor is open.'));
    const format = document.languageId === 'html' ? 'html' : 'text';
    return { format, text: document.getText(), source: baseName(document.uri), uri: document.uri };
  }
  const uri = file ?? (await pickFile());
  if (!uri) return undefined;
  return readFile(uri);
}

async function pickFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { [vscode.l10n.t('Requirements')]: EXTENSIONS },
    openLabel: vscode.l10n.t('Import'),
    title: vscode.l10n.t("Choose the credential's requirements"),
  });
  return picked?.[0];
}

async function readFile(uri: vscode.Uri): Promise<Requirements | undefined> {
  const source = baseName(uri);
  const extension = source.replace(/^.*\./, '').toLowerCase();
  if (!EXTENSIONS.includes(extension))
    return fail(vscode.l10n.t('{0}: choose a text, Markdown, web page (.html), Word (.docx) or PDF file.', source));
  const bytes = await readBounded(uri, MAX_BYTES);
  if (!(bytes instanceof Uint8Array)) return fail(bytes.problem);
  const named =
    extension === 'pdf' ? 'pdf' : extension === 'docx' || OTHER_DOCUMENTS.includes(extension) ? 'docx' : null;
  // What the bytes are wins over the name: a PDF or Word file renamed, a web page saved under a download's name.
  const format = requirementFileFormat(named, bytes);
  if (format === 'docx' || format === 'pdf') return { format, base64: toBase64(bytes), source, uri };
  // A saved page is read in the encoding it declares, as a browser reads it; other text is UTF-8.
  if (format === 'html' || /^(?:htm|mht|webarchive)/.test(extension))
    return { format: 'html', text: decodeHtml(bytes), source, uri };
  return { format: 'text', text: new TextDecoder().decode(bytes), source, uri };
}

/** Whether the server has read the new rubric (from the open file), waiting a few seconds at most. */
async function known(client: RubricClient, id: string): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if ((await client.sendRequest(RubricsRequest)).some((rubric) => rubric.id === id)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
