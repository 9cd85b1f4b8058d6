/** What the checks report: the diagnostic codes of the spec, with severities and ranges. */
import type { Range } from './lineIndex';

export const DIAGNOSTIC_CODES = [
  'missing-section',
  'empty-section',
  'word-limit-exceeded',
  'word-count-below-minimum',
  'too-few-items',
  'media-limit-exceeded',
  'media-duration',
  'missing-caption',
  'duplicate-section',
  'section-out-of-order',
  'identifying-information',
  'unknown-rubric',
  'invalid-front-matter',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];
export type Severity = 'error' | 'warning' | 'information';

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
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code);
}
