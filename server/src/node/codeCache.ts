/**
 * V8's code cache for our own bundles. `dist/cli.js` and `dist/server.js` are small first files
 * that run the big bundles (cli-main.js, server-main.js) through `vm.Script` with the bytecode a
 * previous run left in a cache folder, so a start-up neither parses nor compiles them again. The
 * cache is written once, after a first check, so it also holds the functions that check compiled
 * (the parser's, mostly): what makes a first analysis slow is compiling them.
 *
 * The cache is a cache: kept only in a folder of our own (never beside the user's files), keyed by
 * the bundle's content and the Node/V8 that wrote it, checked against its own digest before V8
 * sees it; anything wrong with it (missing, corrupt, another V8's, a folder we cannot write) just
 * means compiling as without it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

/** Where the running bundle's loader leaves `save` for the bundle (they are separate bundles). */
const SAVE_HOOK = Symbol.for('rubric-writer.code-cache.save');
const EXTENSION = '.v8cache';
const DIGEST_BYTES = 32;

/**
 * The cache folder: `RUBRIC_WRITER_CODE_CACHE` (a folder, or `off`), else `preferred` (the editor's
 * storage for the extension), else `$XDG_CACHE_HOME/rubric-writer`, else one in the temporary folder
 * of this user's own. Null when caching is off.
 */
export function codeCacheFolder(preferred?: string | null, env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.RUBRIC_WRITER_CODE_CACHE;
  if (chosen === 'off') return null;
  if (chosen && isAbsolute(chosen)) return chosen;
  if (preferred && isAbsolute(preferred)) return preferred;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'rubric-writer');
  const user = process.getuid?.();
  return join(tmpdir(), user === undefined ? 'rubric-writer-cache' : `rubric-writer-cache-${user}`);
}

/** Runs the CommonJS bundle `file` as Node would, with the cached bytecode when there is a good one. */
export function runCachedBundle(file: string, folder: string | null): void {
  const source = readFileSync(file, 'utf8');
  const cacheFile = folder ? join(folder, `${basename(file, '.js')}-${cacheKey(source)}${EXTENSION}`) : null;
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    let saved = false;
    (globalThis as Record<symbol, unknown>)[SAVE_HOOK] = () => {
      if (saved) return;
      saved = true;
      writeCache(cacheFile, script);
    };
  }
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  const module = new Module(file, undefined);
  module.filename = file;
  const require = createRequire(file);
  // Listed where Node lists the modules it loaded, as a require() of the bundle would be.
  require.cache[file] = module;
  run.call(module.exports, module.exports, require, module, file, dirname(file));
  module.loaded = true;
}

/**
 * Called by a bundle once it has done its first real work (a check): the loader, when it found no
 * usable cache, writes one now, holding what that work compiled. Nothing when there is no loader.
 */
export function codeCacheReady(): void {
  const save = (globalThis as Record<symbol, unknown>)[SAVE_HOOK];
  if (typeof save === 'function') save();
}

/** The bundle's content and everything V8's bytecode depends on. */
function cacheKey(source: string): string {
  return createHash('sha256')
    .update(source)
    .update(`\0${process.version}\0${process.versions.v8}\0${process.arch}\0${process.execArgv.join(' ')}`)
    .digest('hex')
    .slice(0, 16);
}

/** The bytes after the digest when they match it; undefined for a missing, foreign or damaged file. */
function readCache(file: string): Buffer | undefined {
  try {
    if (!ownFolder(dirname(file))) return undefined;
    const bytes = readFileSync(file);
    if (bytes.length <= DIGEST_BYTES) return undefined;
    const data = bytes.subarray(DIGEST_BYTES);
    return digest(data).equals(bytes.subarray(0, DIGEST_BYTES)) ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Bytecode is code: it is read only from a folder this user owns that no one else may write to.
 * (Where the system has no user ids, the folder's existence is all that is asked.)
 */
function ownFolder(folder: string): boolean {
  const stat = statSync(folder);
  if (!stat.isDirectory()) return false;
  const user = process.getuid?.();
  if (user === undefined) return true;
  return stat.uid === user && (stat.mode & 0o022) === 0;
}

/**
 * Written whole beside, then renamed over: a reader never sees half a file. Of the other keys' files
 * (other builds, another Node), the newest few stay: two versions used in turn (an editor's and a
 * terminal's) would otherwise delete each other's cache at every start.
 */
function writeCache(file: string, script: Script): void {
  try {
    const data = script.createCachedData();
    const folder = dirname(file);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!ownFolder(folder)) return;
    const partial = `${file}.${process.pid}-${threadId}.partial`;
    writeFileSync(partial, Buffer.concat([digest(data), data]), { flag: 'wx', mode: 0o600 });
    renameSync(partial, file);
    const prefix = basename(file).replace(/-[0-9a-f]+\.v8cache$/, '-');
    const others = readdirSync(folder)
      .filter((name) => name.startsWith(prefix) && name.endsWith(EXTENSION) && name !== basename(file))
      .map((name) => ({ name, time: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const { name } of others.slice(KEPT_OTHER_KEYS)) unlinkSync(join(folder, name));
  } catch {
    // A cache that cannot be written only means compiling again next time.
  }
}

/** Other keys' cache files of a bundle kept beside the current one. */
const KEPT_OTHER_KEYS = 2;

const digest = (data: Uint8Array) => createHash('sha256').update(data).digest();
