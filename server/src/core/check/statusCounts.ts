/**
 * The counts the editor's language status shows ("Rubric: 5/6 sections · 1 over limit"), taken
 * from the section states and the readiness, so the status only formats them.
 */
import type { Readiness, SectionState, Tone } from './sectionState';

export interface StatusCounts {
  /** Required sections that are found, of `required`. */
  requiredFound: number;
  required: number;
  /** Sections (Parts and their subsections) over, under or without their word limits' text. */
  over: number;
  under: number;
  empty: number;
  errors: number;
  warnings: number;
  /** The worst severity left: an error, a warning, or none. */
  tone: Tone;
}

export function statusCounts(states: readonly SectionState[], summary: Readiness): StatusCounts {
  const required = states.filter((state) => state.required);
  const withStatus = (status: SectionState['status']) => states.filter((state) => state.status === status).length;
  return {
    requiredFound: required.filter((state) => state.found).length,
    required: required.length,
    over: withStatus('over'),
    under: withStatus('under'),
    empty: withStatus('empty'),
    errors: summary.errors,
    warnings: summary.warnings,
    tone: summary.errors > 0 ? 'error' : summary.warnings > 0 ? 'warning' : 'ok',
  };
}
