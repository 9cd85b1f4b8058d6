/** The machine-readable report of one file (the JSON shape of the spec). */
import { type Analysis, type Diagnostic, type Readiness, readiness, type SectionStatus } from '../check';

export interface SectionReport {
  id: string;
  title: string;
  found: boolean;
  words: number | null;
  min: number | null;
  max: number | null;
  items: number | null;
  status: SectionStatus;
  /** Found, with no error or warning left in it or its subsections. */
  ready: boolean;
}

export interface FileReport {
  file: string;
  rubric: string | null;
  /** Every required (or found) section ready, and no error or warning anywhere. */
  ready: boolean;
  /** The counts behind `ready`, for the text summary (not part of the JSON). */
  readiness: Readiness;
  diagnostics: (Pick<Diagnostic, 'code' | 'severity' | 'section' | 'message' | 'range'> & {
    /** For a Word draft: the Word paragraph (1-based) where the problem is. */
    paragraph?: number;
  })[];
  sections: SectionReport[];
}

export function fileReport(file: string, analysis: Analysis): FileReport {
  const summary = readiness(analysis.states, analysis.diagnostics);
  return {
    file,
    rubric: analysis.rubric?.id ?? null,
    ready: summary.ready,
    readiness: summary,
    diagnostics: analysis.diagnostics.map(({ code, severity, section, message, range }) => ({
      code,
      severity,
      section,
      message,
      range,
    })),
    sections: analysis.states.map(({ id, title, found, words, min, max, items, status, ready }) => ({
      id,
      title,
      found,
      words,
      min,
      max,
      items,
      status,
      ready,
    })),
  };
}
