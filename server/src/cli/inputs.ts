/**
 * The files a `check` names, taken as linters take them: a folder is its Markdown files (never
 * through a symlink), globs and `!pattern` excludes go to one glob call, `-` is standard input. A
 * file named by its path is taken as it is, wherever it is (in node_modules, a pipe): only a
 * `!pattern` leaves it out. `!` excludes only at the start of an argument: `./!x.md` is a file.
 */
import { statSync } from 'node:fs';
import { dirname, isAbsolute, normalize, resolve } from 'node:path';
import picomatch from 'picomatch';
import { escapePath, globSync, isDynamicPattern } from 'tinyglobby';
import { STDIN } from './files';
import { cliMessages } from './locale';

export interface Inputs {
  /** Paths relative to the working folder (as given when they do not exist; `-` for standard input), in order. */
  files: string[];
  /** Those of them named by their own path (not found in a folder or by a glob). */
  named: Set<string>;
  /** One line each: a pattern or folder that matched nothing. */
  errors: string[];
}

const GLOB_OPTIONS = {
  dot: false,
  onlyFiles: true,
  expandDirectories: false,
  ignore: ['**/node_modules/**'],
  followSymbolicLinks: false,
} as const;

const isExclusion = (argument: string) => argument.startsWith('!') && argument.length > 1;
/** A `!` after a leading `./` is part of a name, not an exclusion. */
const literalBang = (pattern: string) => pattern.replace(/^((?:\.\/)+)!/, '$1\\!');

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
  if (isDynamicPattern(argument)) return { argument, pattern: literalBang(argument), kind: 'glob' };
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
  const excludes = args.filter(isExclusion);
  const excluded = excludes.map((exclude) => matcher(exclude.slice(1)));
  const items = args.filter((a) => !isExclusion(a)).map((a) => (a === STDIN ? a : operandFor(a)));
  const operands = items.filter((n): n is Operand => typeof n !== 'string' && n.kind !== 'file');
  const found =
    operands.length > 0 ? globSync([...operands.map((o) => o.pattern), ...excludes], GLOB_OPTIONS).sort() : [];
  const taken = new Set<string>();
  const files: string[] = [];
  const named = new Set<string>();
  const errors: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' || item.kind === 'file') {
      const file = typeof item === 'string' ? item : normalizedFile(item.argument);
      if (typeof item !== 'string' && excluded.some((isMatch) => isMatch(file))) continue;
      if (!files.includes(file)) files.push(file);
      named.add(file);
      taken.add(file);
      continue;
    }
    // Files in the order they were named; each glob's and folder's matches sorted.
    const isMatch = matcher(item.pattern);
    const matches = found.filter((file) => !taken.has(file) && isMatch(file));
    for (const file of matches) taken.add(file);
    files.push(...matches);
    if (matches.length > 0 || found.some(isMatch)) continue;
    // Its matches may all be excluded, which is no error; only a pattern that finds nothing is.
    if (globSync([item.pattern], GLOB_OPTIONS).length > 0) continue;
    errors.push(
      item.kind === 'folder'
        ? cliMessages().t('cli.input.emptyFolder', { argument: item.argument })
        : cliMessages().t('cli.input.noMatch', { argument: item.argument }),
    );
  }
  files.push(...found.filter((file) => !taken.has(file)));
  return { files, named, errors };
}

/** A file named by its path, as the glob would give it: relative to the working folder, without `./`. */
function normalizedFile(argument: string): string {
  const path = normalize(argument).replace(/\\/g, '/');
  return isAbsolute(argument) ? path : path.replace(/^(\.\/)+/, '');
}

/** The folders the arguments name, absolute: a folder itself, a glob's fixed start, a file's folder. */
export function namedFolders(args: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const argument of args) {
    if (argument === STDIN || isExclusion(argument)) continue;
    const kind = pathKind(argument);
    if (kind === 'folder') folders.add(resolve(argument));
    else if (kind === 'file') folders.add(dirname(resolve(argument)));
    else if (isDynamicPattern(argument)) folders.add(resolve(picomatch.scan(argument).base || '.'));
  }
  return [...folders];
}

/** Tells which of the glob's results a pattern stands for (results are relative to the working folder). */
function matcher(pattern: string): (file: string) => boolean {
  const isMatch = picomatch(literalBang(pattern).replace(/^(\.\/)+/, ''), { dot: false });
  return isAbsolute(pattern) ? (file) => isMatch(resolve(file)) : (file) => isMatch(file);
}
