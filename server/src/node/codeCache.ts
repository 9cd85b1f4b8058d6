/**
 * V8's code cache for our own bundles. `dist/cli.js` and `dist/server.js` are small first files
 * that run the big bundles (cli-main.js, server-main.js) through `vm.Script` with the bytecode a
 * previous run left in a cache folder, so a start-up neither parses nor compiles them again. The
 * cache is written once, after a first check, so it also holds the functions that check compiled
 * (the parser's, mostly): what makes a first analysis slow is compiling them.
 *
 * The cache is a cache: kept only in a folder of our own (never beside the user's files), keyed by
 * the bundle's content and the Node/V8 that wrote it, checked against its own checksum before V8
 * sees it; anything wrong with it (missing, corrupt, another V8's, a folder we cannot write) just
 * means compiling as without it.
 *
 * It is all on the start-up's path, so it hashes nothing it can avoid: the build stamps each bundle
 * with a digest of its content (scripts/build.mjs), and the cache's checksum is a CRC-32 where Node
 * has one (20.15 and later). Loading `crypto` and hashing the bundle cost a start-up about 15 ms.
 */
import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';
import { FOLDER_HOOK, REQUIRE_HOOK, SAVE_HOOK } from './codeCacheReady';

const EXTENSION = '.v8cache';
/** The digest scripts/build.mjs appends to each bundle it builds: `//# buildDigest=<16 hex digits>`. */
const BUILD_DIGEST = /\/\/# buildDigest=([0-9a-f]{16})\s*$/;

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

/** V8's flag that compiles a regular expression once, to machine code (the editor's SERVER_NODE_FLAGS carry it). */
export const REGEXP_FLAG = '--no-regexp-tier-up';

/** Runs the CommonJS bundle `file` as Node would, with the cached bytecode when there is a good one. */
export function runCachedBundle(file: string, folder: string | null): void {
  // V8 runs a regular expression's first match in its interpreter, then compiles it again to machine
  // code; a first check runs a hundred of them once or twice each, and the second compile of those
  // with Unicode classes cost it about a fifth of its time. Compiled once, to machine code, they cost
  // that once. Set before the bundle is compiled (the code cache is checked against V8's flags), and
  // node:v8 required here: `rubric-writer --version` answers without loading it and the streams it brings.
  // The editor starts the server with the flag on its command line (SERVER_NODE_FLAGS), which spares this.
  if (!process.execArgv.includes(REGEXP_FLAG))
    (require('node:v8') as typeof import('node:v8')).setFlagsFromString(REGEXP_FLAG);
  const hooks = globalThis as Record<symbol, unknown>;
  const lazySaves: (() => void)[] = [];
  const saveLazy = () => {
    for (const save of lazySaves.splice(0)) save();
  };
  const loaded = new Map<string, unknown>();
  hooks[FOLDER_HOOK] = folder;
  hooks[REQUIRE_HOOK] = (lazy: string) => {
    if (!loaded.has(lazy)) {
      loaded.set(
        lazy,
        runBundle(lazy, folder, (save) => lazySaves.push(save)),
      );
      // Saved once its first use is over: a moment later, or as the process exits if that is sooner.
      setTimeout(saveLazy, LAZY_SAVE_DELAY_MS).unref();
      if (loaded.size === 1) process.once('exit', saveLazy);
    }
    return loaded.get(lazy);
  };
  runBundle(file, folder, (save) => {
    hooks[SAVE_HOOK] = save;
  });
}

/** How long after a lazy bundle is loaded its cache is written. */
const LAZY_SAVE_DELAY_MS = 2000;

/**
 * Runs one bundle; `needsSave` is handed, once, what writes its cache when it had no usable one
 * (also for a thread that loads a bundle alone: readerWorker.ts).
 */
export function runBundle(file: string, folder: string | null, needsSave: (save: () => void) => void): unknown {
  const source = readSource(file);
  const cacheFile = folder ? join(folder, `${basename(file, '.js')}-${cacheKey(source)}${EXTENSION}`) : null;
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    let saved = false;
    needsSave(() => {
      if (saved) return;
      saved = true;
      writeCache(cacheFile, script);
    });
  }
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  const module = new Module(file, undefined);
  module.filename = file;
  const require = createRequire(file);
  // Listed where Node lists the modules it loaded, as a require() of the bundle would be.
  require.cache[file] = module;
  run.call(module.exports, module.exports, require, module, file, dirname(file));
  module.loaded = true;
  return module.exports;
}

/**
 * A bundle's text. The build makes our bundles ASCII (scripts/asciiRegExps.mjs), which is read as
 * one byte a character a millisecond sooner than UTF-8 is decoded; any other file as UTF-8.
 */
function readSource(file: string): string {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * The bundle's content (the build's digest of it; a bundle without one is hashed here) and everything
 * V8's bytecode depends on.
 */
function cacheKey(source: string): string {
  const built = BUILD_DIGEST.exec(source.slice(-64))?.[1] ?? sha256(source).toString('hex').slice(0, 16);
  return built + fnv1a(`${process.version}\0${process.versions.v8}\0${process.arch}\0${process.execArgv.join(' ')}`);
}

/** The bytes after the checksum when they match it; undefined for a missing, foreign or damaged file. */
function readCache(file: string): Buffer | undefined {
  try {
    if (!ownFolder(dirname(file))) return undefined;
    const bytes = readFileSync(file);
    if (bytes.length <= CHECKSUM_BYTES) return undefined;
    const data = bytes.subarray(CHECKSUM_BYTES);
    return cacheChecksum(data).equals(bytes.subarray(0, CHECKSUM_BYTES)) ? data : undefined;
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
    // Unique to this writer (a worker thread shares the process id); `wx` never writes over another's.
    const partial = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.partial`;
    writeFileSync(partial, Buffer.concat([cacheChecksum(data), data]), { flag: 'wx', mode: 0o600 });
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

/** zlib's CRC-32, where Node has it (20.15 and later). */
const { crc32 } = require('node:zlib') as { crc32?: (data: Uint8Array) => number };
/** How many of the cache file's first bytes are its checksum. */
export const CHECKSUM_BYTES = crc32 ? 4 : 32;

/** The cache file's first bytes: the CRC-32 of the rest, or their SHA-256 where Node has no CRC-32. */
export function cacheChecksum(data: Uint8Array): Buffer {
  if (!crc32) return sha256(data);
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(crc32(data));
  return bytes;
}

/** Loaded only where there is no build digest or no CRC-32: `crypto` costs a start-up a few milliseconds. */
const sha256 = (data: Uint8Array | string): Buffer =>
  (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(data).digest();

/** 32-bit FNV-1a, as 8 hex digits: the runtime's part of the key (a short string). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
