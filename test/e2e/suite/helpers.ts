/**
 * Shared by the extension tests: the extension's API, documents of the fixture workspace, waiting.
 * Used in the Node extension host and in the browser's (test/e2e/web), so it needs nothing of Node.
 */
import * as vscode from 'vscode';
import type { RubricWriterApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'rubric-writer.rubric-writer';
export const SOURCE = 'rubric-writer';

export function extension(): vscode.Extension<RubricWriterApi> {
  const found = vscode.extensions.getExtension<RubricWriterApi>(EXTENSION_ID);
  if (!found) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return found;
}

/** The API `activate()` returned (activates the extension if a test runs alone). */
export async function api(): Promise<RubricWriterApi> {
  const ext = extension();
  return ext.isActive ? ext.exports : ext.activate();
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the fixture workspace open as a folder');
  return folder.uri;
}

export const fileUri = (name: string): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), name);

/** A copy of a workspace file under scratch/, for a test that edits it. */
export async function scratchCopy(name: string, copyName: string): Promise<vscode.Uri> {
  const target = fileUri(`scratch/${copyName}`);
  await vscode.workspace.fs.createDirectory(fileUri('scratch'));
  await vscode.workspace.fs.copy(fileUri(name), target, { overwrite: true });
  return target;
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileUri(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls until `probe` returns a truthy value (returned), or fails naming `what` and what `show`
 * (by default the probe's last value) says was there.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | Promise<T>,
  timeoutMs = 20_000,
  show?: () => unknown,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = await probe();
    if (last) return last as NonNullable<T>;
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}; there was: ${JSON.stringify(show ? await show() : last)}`,
      );
    await sleep(100);
  }
}

export const rubricDiagnostics = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

export const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

export const codes = (uri: vscode.Uri): string[] => rubricDiagnostics(uri).map(codeOf).sort();

/** Waits until the document's rubric diagnostics have exactly these codes (in any order). */
export function waitForCodes(uri: vscode.Uri, expected: string[], timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  const wanted = JSON.stringify([...expected].sort());
  return waitFor(
    `diagnostics ${wanted} on ${uri.path}`,
    () => (JSON.stringify(codes(uri)) === wanted ? rubricDiagnostics(uri) : null),
    timeoutMs,
    () => codes(uri),
  );
}

export function lineOf(document: vscode.TextDocument, startsWith: string): number {
  for (let line = 0; line < document.lineCount; line++)
    if (document.lineAt(line).text.startsWith(startsWith)) return line;
  throw new Error(`no line starting with ${JSON.stringify(startsWith)} in ${document.uri.path}`);
}

export function placeCursor(editor: vscode.TextEditor, line: number, character = 0): void {
  const position = new vscode.Position(line, character);
  editor.selection = new vscode.Selection(position, position);
}

/** Closes every editor, so each test starts from an empty editor area. */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Discards unsaved edits of a document (its editor must be active). */
export async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/**
 * The workbench as a writer sees it, through the code-server stand-in; null on desktop VS Code. The
 * Node extension host has its address in the environment; the browser's is told by test/e2e/web.
 */
export const controlUrl = (): string | null =>
  (globalThis as { rubricWriterE2EControl?: string }).rubricWriterE2EControl ??
  (typeof process === 'undefined' ? undefined : process.env.RUBRIC_WRITER_E2E_CONTROL) ??
  null;

export async function control<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const base = controlUrl();
  if (!base) throw new Error('no RUBRIC_WRITER_E2E_CONTROL: not running under the code-server stand-in');
  // A text body, so that a page of another origin (the browser's extension host) sends it without a preflight.
  const response = await fetch(`${base}${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = JSON.parse(text);
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${parsed.error ?? text}`);
  return parsed as T;
}

/** The six codes of examples/problems.md, sorted as `codes()` returns them. */
export const PROBLEMS_CODES = [
  'identifying-information',
  'missing-caption',
  'missing-section',
  'too-few-items',
  'word-count-below-minimum',
  'word-limit-exceeded',
];

/**
 * Runs a command as a writer does from the Command Palette: by its title, the picker's first item
 * accepted, while `showOpenDialog` answers with `file`.
 */
export async function fromCommandPalette(
  title: string,
  file: vscode.Uri,
  done: () => Promise<boolean>,
): Promise<vscode.OpenDialogOptions> {
  const window = vscode.window as { -readonly [K in keyof typeof vscode.window]: (typeof vscode.window)[K] };
  const { showOpenDialog } = window;
  const asked: vscode.OpenDialogOptions[] = [];
  window.showOpenDialog = async (options) => {
    asked.push(options ?? {});
    return [file];
  };
  try {
    await vscode.commands.executeCommand('workbench.action.quickOpen', `>${title}`);
    await sleep(500);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await waitFor(`${title} from the Command Palette`, async () => (await done()) || null, 20_000);
  } finally {
    window.showOpenDialog = showOpenDialog;
  }
  if (asked.length !== 1) throw new Error(`the command asked for a file ${asked.length} times, not once`);
  return asked[0];
}

export const exists = async (uri: vscode.Uri) =>
  vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
