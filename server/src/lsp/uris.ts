/**
 * The server's URIs and paths: a `file:` URI and its path, one resource however encoded, and how a
 * rubric file is keyed (by path on the local disk, by URI elsewhere). Whether text starts with a
 * scheme is core/text/uri.ts's rule.
 */
import { URI } from 'vscode-uri';
import { hasUriScheme } from '../core';

/** The local path of a `file:` URI; null for any other (untitled, virtual, remote). */
export function uriToPath(uri: string): string | null {
  try {
    const parsed = URI.parse(uri, true);
    return parsed.scheme === 'file' ? parsed.fsPath : null;
  } catch {
    return null;
  }
}

export const pathToUri = (path: string) => URI.file(path).toString();

/** Whether two URIs name one resource however they are encoded. */
export function sameUri(a: string, b: string): boolean {
  try {
    return URI.parse(a, true).toString() === URI.parse(b, true).toString();
  } catch {
    return a === b;
  }
}

/** Rubric files are known by path when they are on the local disk, by URI otherwise. */
export const rubricKey = (uri: string) => uriToPath(uri) ?? uri;
export const keyToUri = (key: string) => (hasUriScheme(key) ? key : pathToUri(key));
