/**
 * Each section's state as every view shows it (status bar, checklist, code lens, hover, CLI):
 * computed once, here, after suppressions, so no two views can disagree about a section.
 */
import { formatWordLimit, isRequired } from '../rubric';
import { formatDuration } from '../text';
import type { Diagnostic } from './diagnostic';
import type { SectionResult, SectionStatus } from './sections';

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

export function sectionStates(sections: readonly SectionResult[], diagnostics: readonly Diagnostic[]): SectionState[] {
  return sections.map((result) => {
    const section = result.flat.section;
    const concerning = diagnosticsAbout(sections, diagnostics, result);
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
      summary: summaryLine(result),
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
function diagnosticsAbout(
  sections: readonly SectionResult[],
  diagnostics: readonly Diagnostic[],
  result: SectionResult,
): Diagnostic[] {
  const own = diagnostics.filter((d) => d.section === result.id);
  const parent = result.flat.parent ? sections[result.flat.parent.index] : null;
  if (result.heading || !parent || parent.heading) return own;
  return [...own, ...diagnostics.filter((d) => d.section === parent.id && d.code === 'missing-section')];
}

/** "212 / 350–450 words", "342 / 300 words — 42 over", "4 / 5 stakeholders", "2 recordings, 8:10". */
function summaryLine(result: SectionResult): string {
  const section = result.flat.section;
  if (!result.heading) return 'missing';
  const parts: string[] = [];
  const words = result.words ?? 0;
  const limits = section.words;
  if (result.judgedByRecording) parts.push('judged by its recording');
  else if (limits && (limits.max !== undefined || limits.min !== undefined)) {
    const over = limits.max !== undefined && words > limits.max ? ` — ${words - limits.max} over` : '';
    const short = limits.min !== undefined && words > 0 && words < limits.min ? ` — ${limits.min - words} short` : '';
    parts.push(`${words} / ${formatWordLimit(limits)} words${over}${short}`);
  } else parts.push(`${words} word${words === 1 ? '' : 's'}`);
  if (section.items && result.items !== null)
    parts.push(`${result.items} / ${section.items.min} ${section.items.noun}s`);
  if (result.recordings.length > 0) {
    const total = result.recordings.reduce((sum, r) => sum + (r.seconds ?? 0), 0);
    parts.push(
      `${result.recordings.length} recording${result.recordings.length === 1 ? '' : 's'}${total > 0 ? `, ${formatDuration(total)}` : ''}`,
    );
  }
  if (result.photos.length > 0) parts.push(`${result.photos.length} photo${result.photos.length === 1 ? '' : 's'}`);
  return parts.join(' · ');
}
