/**
 * The bundles' side of the code cache (the loader is server/src/node/codeCache.ts, a separate
 * bundle): a bundle says when it has done its first real work, and the loader, when it found no
 * usable cache, writes one then, holding what that work compiled. This module imports nothing, so a
 * bundle that calls it loads none of what the loader needs.
 */

/** Where the running bundle's loader leaves `save` for the bundle. */
export const SAVE_HOOK = Symbol.for('rubric-writer.code-cache.save');
/** Where it leaves a require() of the bundles loaded on first use (node/lazyBundles.ts), through the cache. */
export const REQUIRE_HOOK = Symbol.for('rubric-writer.code-cache.require');

/** Where it leaves its cache folder (null: caching is off), for a thread that loads a bundle (readerThread.ts). */
export const FOLDER_HOOK = Symbol.for('rubric-writer.code-cache.folder');

/** Called by a bundle once it has done its first real work (a check). Nothing when there is no loader. */
export function codeCacheReady(): void {
  const save = (globalThis as Record<symbol, unknown>)[SAVE_HOOK];
  if (typeof save === 'function') save();
}

/** The loader's require() of a bundle beside the running one, through the cache; none without a loader. */
export const cachedRequire = () =>
  (globalThis as Record<symbol, unknown>)[REQUIRE_HOOK] as ((file: string) => unknown) | undefined;

/** The running bundle's cache folder; undefined without a loader, null when caching is off. */
export const codeCacheFolderInUse = () =>
  (globalThis as Record<symbol, unknown>)[FOLDER_HOOK] as string | null | undefined;
