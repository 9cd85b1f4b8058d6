/**
 * Each section's state as every view shows it (status bar, checklist, code lens, hover, CLI):
 * computed once, here, after suppressions, so no two views can disagree about a section.
 */
import type { Analysis } from './analyze';
import type { Diagnostic } from './diagnostics';
import { formatWordLimit } from './limits';
import { isRequired } from './rubric';
import { sectionSummary } from './describe';
import type { SectionStatus } from './sections';

/** How a section stands: `error` or `warning` when a diagnostic of that severity is left after suppressions. */
export type Tone = 'ok' | 'warning' | 'error';

export interface SectionState {
  id: string;
  title: string;
  /** 0 for a Part, 1 for its subsections. */
  depth: number;
  found: boolean;
  required: boolean;
  status: SectionStatus;
  words: number | null;
  min: number | null;
  max: number | null;
  limit: 'hard' | 'guide' | null;
  /** The word limit as written beside a count: "300", "350–450", "150+", or "" when there is none. */
  limitText: string;
  items: number | null;
  itemsMin: number | null;
  itemNoun: string | null;
  recordings: number;
  photos: number;
  /** "212 / 350–450 words", as the code lens shows it. */
  summary: string;
  tone: Tone;
  /** Found, with no error or warning left. */
  ready: boolean;
  errors: number;
  warnings: number;
}

export function sectionStates(analysis: Analysis): SectionState[] {
  return analysis.sections.map((result) => {
    const section = result.flat.section;
    const concerning = diagnosticsAbout(analysis, result.id);
    const errors = concerning.filter((d) => d.severity === 'error').length;
    const warnings = concerning.filter((d) => d.severity === 'warning').length;
    const found = result.heading !== null;
    return {
      id: result.id,
      title: result.title,
      depth: result.flat.depth,
      found,
      required: isRequired(section),
      status: result.status,
      words: result.words,
      min: section.words?.min ?? null,
      max: section.words?.max ?? null,
      limit: section.words?.limit ?? null,
      limitText: formatWordLimit(section.words),
      items: result.items,
      itemsMin: section.items?.min ?? null,
      itemNoun: section.items?.noun ?? null,
      recordings: result.recordings.length,
      photos: result.photos.length,
      summary: sectionSummary(result),
      tone: errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok',
      ready: found && errors === 0 && warnings === 0,
      errors,
      warnings,
    };
  });
}

/**
 * The diagnostics about a section: its own, and for a section missing with its whole Part, the
 * Part's `missing-section` (one diagnostic stands for the Part and all its sections).
 */
function diagnosticsAbout(analysis: Analysis, id: string): Diagnostic[] {
  const own = analysis.diagnostics.filter((d) => d.section === id);
  const result = analysis.sections.find((s) => s.id === id);
  const parent = result?.flat.parent ? analysis.sections[result.flat.parent.index] : null;
  if (!result || result.heading || !parent || parent.heading) return own;
  return [...own, ...analysis.diagnostics.filter((d) => d.section === parent.id && d.code === 'missing-section')];
}
