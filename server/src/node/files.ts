/**
 * The file system calls the server and the CLI make while starting, as promises over `node:fs`'s
 * callbacks. `node:fs/promises` costs a start-up about 1.5 ms to load (it brings readline with it),
 * so it is loaded only when a file handle is first opened.
 */
import {
  readdir as readdirCallback,
  readFile as readFileCallback,
  realpath as realpathCallback,
  stat as statCallback,
} from 'node:fs';
import { promisify } from 'node:util';

export const readdir = promisify(readdirCallback);
export const readFile = promisify(readFileCallback);
/** The system's own realpath, as `fs/promises` has it (`fs.realpath` resolves links in JavaScript). */
export const realpath = promisify(realpathCallback.native);
export const stat = promisify(statCallback);

/** `fs/promises`' `open`, loaded on first use. */
export const open: typeof import('node:fs/promises').open = (...args) =>
  (require('node:fs/promises') as typeof import('node:fs/promises')).open(...args);
