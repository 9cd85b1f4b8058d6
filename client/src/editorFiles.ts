/**
 * Files read through the editor's file system for a server that cannot read them itself (in a
 * browser; a virtual workspace such as a GitHub repository): the workspace's rubric files, the
 * same ones the server's own walk finds (`*.rubric.yaml` anywhere in the workspace outside dot and
 * build folders, and every YAML file under the folders of `rubricWriter.rubricPaths` and of the
 * project configs' `rubricPaths`), and single files it names (the images a submission shows, for
 * export; a project config).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReadFileRequest, RubricFilesRequest, type EditorRubricFile } from '../../server/src/lsp/protocol';
import { isInsideFolders } from '../../server/src/lsp/uriScope';

const SKIPPED_FOLDERS = '**/{.*,node_modules,dist,out,build,coverage,target,vendor}/**';

export function answerFileRequests(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    client.onRequest(RubricFilesRequest, async ({ rubricPaths, configRubricPaths = [], maxFiles, maxBytes }) => {
      const { uris, stopped, configOnly } = await findRubricFiles(rubricPaths, configRubricPaths, maxFiles);
      const files = await Promise.all(uris.map((uri) => readEditorFile(uri, maxBytes)));
      return {
        files: files.map((file) => (configOnly.has(file.uri) ? { ...file, fromConfig: true } : file)),
        stopped,
      };
    }),
    client.onRequest(ReadFileRequest, async ({ uri, maxBytes }) => {
      // Only files inside the workspace: a submission may name any URI, another repository's say.
      const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.toString());
      if (!isInsideFolders(uri, folders)) return { content: null, exists: false };
      const file = await readEditorFile(vscode.Uri.parse(uri), maxBytes);
      return { content: file.content, exists: file.exists, size: file.size };
    }),
  );
}

async function findRubricFiles(
  rubricPaths: readonly string[],
  configRubricPaths: readonly string[],
  maxFiles: number,
): Promise<{ uris: vscode.Uri[]; stopped: string | null; configOnly: Set<string> }> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const inFolders = (paths: readonly string[]) =>
    paths.flatMap((path) =>
      folders.map((folder) => new vscode.RelativePattern(resolveIn(folder.uri, path), '**/*.{yaml,yml}')),
    );
  const patterns: vscode.GlobPattern[] = [
    ...folders.map((folder) => new vscode.RelativePattern(folder, '**/*.rubric.{yaml,yml}')),
    ...inFolders(rubricPaths),
  ];
  // Those found only through a project config's rubricPaths yield to the others on a clash.
  const configPatterns = inFolders(configRubricPaths);
  const found = new Map<string, vscode.Uri>();
  const configOnly = new Set<string>();
  const all = [...patterns, ...configPatterns];
  for (const [i, pattern] of all.entries()) {
    const uris = await vscode.workspace.findFiles(pattern, SKIPPED_FOLDERS, maxFiles + 1 - found.size);
    for (const uri of uris) {
      if (!found.has(uri.toString()) && i >= patterns.length) configOnly.add(uri.toString());
      found.set(uri.toString(), uri);
    }
    if (found.size > maxFiles)
      return {
        uris: [...found.values()].slice(0, maxFiles),
        stopped: `stopped after ${maxFiles} rubric files`,
        configOnly,
      };
  }
  return { uris: [...found.values()], stopped: null, configOnly };
}

/** A `rubricPaths` entry on the folder's file system: an absolute path as it is, a relative one below the folder. */
function resolveIn(folder: vscode.Uri, path: string): vscode.Uri {
  return path.startsWith('/') ? folder.with({ path }) : vscode.Uri.joinPath(folder, path);
}

async function readEditorFile(uri: vscode.Uri, maxBytes: number): Promise<EditorRubricFile & { exists: boolean }> {
  let size = 0;
  let exists = false;
  try {
    ({ size } = await vscode.workspace.fs.stat(uri));
    exists = true;
    if (size > maxBytes) return { uri: uri.toString(), size, exists, content: null };
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { uri: uri.toString(), size: bytes.length, exists, content: toBase64(bytes) };
  } catch (error) {
    return { uri: uri.toString(), size, exists, content: null, error: (error as Error).message };
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
