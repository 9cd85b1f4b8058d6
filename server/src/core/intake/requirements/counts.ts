/** How much a rubric draft holds, as the importers report it: its sections and its rules. */
import type { RubricDraft } from './draft';

const RULES = new Set(['words', 'items', 'statements', 'minPoints', 'recordings', 'photos', 'timestamps', 'criteria']);

export function draftCounts(draft: RubricDraft): { sections: number; rules: number } {
  const sections = draft.provenance.filter((p) => typeof p.path.at(-1) === 'number').length;
  const rules = new Set(
    draft.provenance.filter((p) => RULES.has(String(p.path.at(-1)))).map((p) => JSON.stringify(p.path)),
  ).size;
  return { sections, rules };
}
