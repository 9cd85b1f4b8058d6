/** The editor's file system, as the commands use it (also in the web). */
import * as vscode from 'vscode';

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** `name.ext` in `folder`, or `name-2.ext`, `name-3.ext`… : the first whose every `uses` is free. */
export async function freeName(
  folder: vscode.Uri,
  uses: (suffix: string) => string[],
  tries = 100,
): Promise<string | undefined> {
  for (let n = 1; n <= tries; n++) {
    const suffix = n === 1 ? '' : `-${n}`;
    const taken = await Promise.all(uses(suffix).map((name) => exists(vscode.Uri.joinPath(folder, name))));
    if (!taken.some(Boolean)) return suffix;
  }
  return undefined;
}

/** The last part of a URI's path, decoded. */
export const baseName = (uri: vscode.Uri): string => uri.path.replace(/\/+$/, '').replace(/^.*\//, '');

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(i + 0x8000, bytes.length)));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The workspace folder holding `uri`, else the first one. */
export const folderFor = (uri?: vscode.Uri): vscode.Uri | undefined =>
  (uri && vscode.workspace.getWorkspaceFolder(uri)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri;

/** A file's bytes through the editor's file system, or why they cannot be had (too large, unreadable). */
export async function readBounded(uri: vscode.Uri, maxBytes: number): Promise<Uint8Array | { problem: string }> {
  const name = baseName(uri);
  try {
    if ((await vscode.workspace.fs.stat(uri)).size > maxBytes)
      return { problem: vscode.l10n.t('{0} is too large (over {1} MB).', name, Math.round(maxBytes / 1024 / 1024)) };
    return await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    return { problem: vscode.l10n.t('cannot read {0} ({1})', name, (error as Error).message) };
  }
}
