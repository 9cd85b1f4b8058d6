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

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.code.localeCompare(b.code)
  );
}
