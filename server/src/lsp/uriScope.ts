/**
 * Whether a URI lies inside one of some folders' URIs, compared as the editor spells them (scheme,
 * authority, path segments); a path with `.` or `..` segments is never inside, whatever it resolves to.
 * Shared by the web server and the client that reads files for it.
 */
import { URI } from 'vscode-uri';

export function isInsideFolders(uri: string, folderUris: readonly string[]): boolean {
  let target: URI;
  try {
    target = URI.parse(uri, true);
  } catch {
    return false;
  }
  if (target.path.split('/').some((segment) => segment === '.' || segment === '..')) return false;
  return folderUris.some((folderUri) => {
    let folder: URI;
    try {
      folder = URI.parse(folderUri, true);
    } catch {
      return false;
    }
    const prefix = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
    return (
      folder.scheme === target.scheme &&
      folder.authority.toLowerCase() === target.authority.toLowerCase() &&
      (target.path === folder.path || target.path.startsWith(prefix))
    );
  });
}
