/** Whether two paths name one file on the disk: however spelled, through a symbolic link or a hard link. */
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

export function isSameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [first, second] = [statSync(a), statSync(b)];
    // Some file systems report no inode numbers; their real paths still tell.
    if (first.ino !== 0 && second.ino !== 0) return first.dev === second.dev && first.ino === second.ino;
    return realpathSync(a) === realpathSync(b);
  } catch {
    // A path that does not exist is no file the other could be.
    return false;
  }
}
