/** The rubrics a check can use: the built-ins, then user rubrics, which may add ids but never replace one. */
import builtinData from '../../generated/rubrics.json';
import { ENGLISH, type Messages } from '../messages';
import type { Rubric } from './types';

export const BUILTIN_RUBRICS = builtinData as unknown as Rubric[];

export interface RubricEntry {
  rubric: Rubric;
  /** Where a user rubric came from; null for built-ins. */
  origin: string | null;
}

/** Built-in rubrics first; user rubrics may add ids but never replace a built-in. */
export class RubricRegistry {
  private readonly entries = new Map<string, RubricEntry>();

  constructor(builtins: readonly Rubric[] = BUILTIN_RUBRICS) {
    for (const rubric of builtins) this.entries.set(rubric.id, { rubric, origin: null });
  }

  /** Adds a user rubric; returns a problem message when its id is taken. */
  add(rubric: Rubric, origin: string, messages: Messages = ENGLISH): string | null {
    const existing = this.entries.get(rubric.id);
    if (existing && existing.origin === null) return messages.t('rubric-file.builtInId', { id: rubric.id });
    if (existing && existing.origin !== null && existing.origin !== origin)
      return messages.t('rubric-file.idDefinedElsewhere', { id: rubric.id, file: existing.origin });
    this.entries.set(rubric.id, { rubric, origin });
    return null;
  }

  removeOrigin(origin: string): void {
    for (const [id, entry] of this.entries) if (entry.origin === origin) this.entries.delete(id);
  }

  get(id: string): Rubric | undefined {
    return this.entries.get(id)?.rubric;
  }

  list(): RubricEntry[] {
    return [...this.entries.values()];
  }

  /** The known id closest to `id`, for "did you mean". */
  suggest(id: string): string | null {
    return this.closest(id)[0] ?? null;
  }

  /** Every known id close to `id` (containing it, in it, or a few edits away), closest first. */
  closest(id: string): string[] {
    const wanted = id.toLowerCase().trim();
    if (!wanted) return [];
    const ids = [...this.entries.keys()];
    const containing = ids.filter((known) => known.includes(wanted) || wanted.includes(known));
    const scored =
      containing.length > 0
        ? containing.map((known) => ({ known, distance: Math.abs(known.length - wanted.length) }))
        : ids
            .map((known) => ({ known, distance: levenshtein(wanted, known) }))
            .filter(({ distance }) => distance <= Math.max(3, Math.floor(wanted.length / 3)));
    return scored.sort((a, b) => a.distance - b.distance).map((s) => s.known);
  }
}

/**
 * The registry for a set of loaded rubric files, added by rank (0, the default, for folders the user
 * named in the editor or on the command line; 1 for those a project config names), then in path order,
 * so that every caller (the CLI, the server) resolves the same clash the same way; `clashes` says,
 * per path, why its rubric is not used.
 */
export function registryFrom(
  files: Iterable<{ path: string; rubric: Rubric | null; rank?: number }>,
  messages: Messages = ENGLISH,
): {
  registry: RubricRegistry;
  clashes: Map<string, string>;
} {
  const registry = new RubricRegistry();
  const clashes = new Map<string, string>();
  const ordered = [...files].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.path.localeCompare(b.path));
  for (const { path, rubric } of ordered) {
    const clash = rubric ? registry.add(rubric, path, messages) : null;
    if (clash) clashes.set(path, clash);
  }
  return { registry, clashes };
}

/** Edits (insert, delete, replace) between two strings: "did you mean" for rubric ids and suppressed codes. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_v, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
