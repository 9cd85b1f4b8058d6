/** What the checks report: a rule's code, a severity, a message and a range. */
import type { Range } from '../text';
import type { DiagnosticCode, Severity } from './rules';

export { DIAGNOSTIC_CODES, RULES, type DiagnosticCode, type RuleDefinition, type Severity } from './rules';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** The rubric section the diagnostic is about, or null. */
  section: string | null;
  message: string;
  range: Range;
  /** What a quick fix needs (e.g. the suggested rubric id). */
  data?: Record<string, unknown>;
}

export const SOURCE = 'rubric-writer';

/**
 * Diagnostics in the order of their places, those at one place by code. Codes are lower-case ASCII words
 * and hyphens, which code units order as `localeCompare` does; it would load ICU's collator, about
 * 10 ms of a first check, the first time two diagnostics share a place.
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
