/**
 * The one reading of a link target or a stored path: whether it starts with a URI scheme, whether
 * it is a path on this computer (relative, absolute, a Windows drive `C:\`, a UNC share
 * `\\host\share`), and its percent-decoding. Every module that asks one of these asks here.
 */

/** A URI scheme has two characters or more, so a Windows drive (`C:`) is not taken for one. */
const SCHEME = /^[a-z][a-z0-9+.-]+:/i;

/** `https://…`, `mailto:…`, `vscode-remote:…`; not `C:\photos`, `./a.png` or `\\host\share`. */
export const hasUriScheme = (text: string): boolean => SCHEME.test(text);

/** `C:\photos\a.jpg`, `c:/photos/a.jpg`. */
export const isWindowsDrivePath = (text: string): boolean => /^[a-z]:[\\/]/i.test(text);

/** A network share: `\\host\share\a.jpg`, `//host/share/a.jpg`. */
export const isNetworkPath = (text: string): boolean => /^[\\/]{2}[^\\/]/.test(text);

/** A path that names one place whatever folder it is read from: `/…`, a drive or a share. */
export const isAbsolutePath = (text: string): boolean =>
  /^[\\/]/.test(text) || isWindowsDrivePath(text) || isNetworkPath(text);

/** Percent-decoded (`My%20photo.jpg` → `My photo.jpg`); a stray `%` is read as written. */
export function decodePercent(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/**
 * The path on this computer a link or image target names, without query or fragment and
 * percent-decoded; null for a target on the network (`https:`, `mailto:`, any scheme but `file:`).
 * `file:///C:/a.jpg` is `C:/a.jpg`; `file://host/share/a.png` names a share and is kept as `//host/…`.
 */
export function localPathOf(target: string): string | null {
  if (hasUriScheme(target) && !/^file:/i.test(target)) return null;
  const path = target
    .replace(/^file:\/\/(localhost)?(?=\/)/i, '')
    .replace(/^file:(?=\/\/)/i, '')
    .replace(/^file:/i, '')
    .replace(/[?#].*$/, '')
    .replace(/^\/(?=[a-z]:[\\/])/i, '');
  return decodePercent(path);
}

/** The host and path of a web address, with or without its scheme (`//host/…`, `www.host/…`). */
export function webAddressOf(url: string): { host: string; path: string } | null {
  const address =
    /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:[^@/?#]*@)?([^/:?#]+)(?::\d+)?(\/[^?#]*)?/i.exec(url) ??
    /^(www\.[^/:?#]+)(\/[^?#]*)?/i.exec(url);
  return address ? { host: address[1].toLowerCase(), path: address[2] ?? '/' } : null;
}
