/** Which link and image destinations name a local file, and that file's path as the file system spells it. */

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;

/**
 * The local path a destination names (percent-encoding decoded, query and fragment left out), or
 * null for a web address, a `mailto:`, an anchor in the same document or a network share.
 */
export function localFilePath(url: string): string | null {
  if (url === '' || url.startsWith('#') || url.startsWith('<')) return null;
  if (SCHEME.test(url) && !WINDOWS_DRIVE.test(url)) return null;
  if (/^[\\/]{2}/.test(url) || /^www\./i.test(url)) return null;
  const path = url.split(/[?#]/, 1)[0];
  if (path === '' || path.endsWith('/')) return null;
  try {
    return decodeURIComponent(path);
  } catch {
    return path; // a stray % is part of the name
  }
}

/** The last segment of a path: the file's name. */
export const fileNameOf = (path: string): string =>
  path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
