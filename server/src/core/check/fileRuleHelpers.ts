/** What the rules about linked files share: where a link sits among the sections, and names close to a missing one. */
import { levenshtein } from '../rubric';
import type { SectionResult } from './sections';

/** The innermost found section that holds `offset`, or null outside every section. */
export function sectionAt(sections: readonly SectionResult[], offset: number): SectionResult | null {
  let found: SectionResult | null = null;
  for (const result of sections) {
    if (!result.heading || offset < result.heading.start || offset >= result.end) continue;
    if (!found || result.heading.start >= found.heading!.start) found = result;
  }
  return found;
}

/** Up to three names in `names` closest to `wanted` (case and small edits), closest first. */
export function closestNames(wanted: string, names: readonly string[]): string[] {
  const lower = wanted.toLowerCase();
  const limit = Math.max(3, Math.floor(wanted.length / 3));
  return names
    .map((name) => ({ name, distance: name.toLowerCase() === lower ? 0 : levenshtein(lower, name.toLowerCase()) }))
    .filter(({ name, distance }) => name !== wanted && distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map(({ name }) => name);
}
