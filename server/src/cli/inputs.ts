/**
 * The files a `check` names, taken as linters take them: a folder is its Markdown files, globs and
 * `!pattern` excludes go to one glob call, `-` is standard input.
 */
import { statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import picomatch from 'picomatch';
import { escapePath, globSync, isDynamicPattern } from 'tinyglobby';
import { STDIN } from './files';

export interface Inputs {
  /** Paths relative to the working folder (as given when they do not exist; `-` for standard input), in order. */
  files: string[];
  /** One line each: a pattern or folder that matched nothing. */
  errors: string[];
}

const GLOB_OPTIONS = {
  dot: false,
  onlyFiles: true,
  expandDirectories: false,
  ignore: ['**/node_modules/**'],
} as const;

/** What one argument stands for in the glob call. */
interface Operand {
  argument: string;
  pattern: string;
  kind: 'glob' | 'folder' | 'file';
}

function operandFor(argument: string): Operand | string {
  const kind = pathKind(argument);
  if (kind === 'folder') {
    const folder = argument.replace(/[\\/]+$/, '') || '/';
    return { argument, pattern: `${escapePath(folder)}/**/*.md`, kind };
  }
  if (kind === 'file') return { argument, pattern: escapePath(argument), kind };
  if (isDynamicPattern(argument)) return { argument, pattern: argument, kind: 'glob' };
  // Neither a path nor a pattern: reading it says why ("no such file").
  return argument;
}

function pathKind(path: string): 'folder' | 'file' | null {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
}

export function expandInputs(args: readonly string[]): Inputs {
  const excludes = args.filter((a) => a.startsWith('!') && a.length > 1);
  const named = args.filter((a) => !excludes.includes(a)).map((a) => (a === STDIN ? a : operandFor(a)));
  const operands = named.filter((n): n is Operand => typeof n !== 'string');
  const found =
    operands.length > 0 ? globSync([...operands.map((o) => o.pattern), ...excludes], GLOB_OPTIONS).sort() : [];
  const taken = new Set<string>();
  const files: string[] = [];
  const errors: string[] = [];
  for (const item of named) {
    if (typeof item === 'string') {
      if (!files.includes(item)) files.push(item);
      continue;
    }
    // Files in the order they were named; each glob's and folder's matches sorted.
    const isMatch = matcher(item.pattern);
    const matches = found.filter((file) => !taken.has(file) && isMatch(file));
    for (const file of matches) taken.add(file);
    files.push(...matches);
    if (matches.length > 0 || item.kind === 'file' || found.some(isMatch)) continue;
    // Its matches may all be excluded, which is no error; only a pattern that finds nothing is.
    if (globSync([item.pattern], GLOB_OPTIONS).length > 0) continue;
    errors.push(
      item.kind === 'folder'
        ? `${item.argument}: no Markdown files (*.md) in this folder`
        : `${item.argument}: no files match this pattern`,
    );
  }
  files.push(...found.filter((file) => !taken.has(file)));
  return { files, errors };
}

/** The folders the arguments name, absolute: a folder itself, a glob's fixed start, a file's folder. */
export function namedFolders(args: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const argument of args) {
    if (argument === STDIN || (argument.startsWith('!') && argument.length > 1)) continue;
    const kind = pathKind(argument);
    if (kind === 'folder') folders.add(resolve(argument));
    else if (kind === 'file') folders.add(dirname(resolve(argument)));
    else if (isDynamicPattern(argument)) folders.add(resolve(picomatch.scan(argument).base || '.'));
  }
  return [...folders];
}

/** Tells which of the glob's results a pattern stands for (results are relative to the working folder). */
function matcher(pattern: string): (file: string) => boolean {
  const isMatch = picomatch(pattern.replace(/^(\.\/)+/, ''), { dot: false });
  return isAbsolute(pattern) ? (file) => isMatch(resolve(file)) : (file) => isMatch(file);
}
