/** The machine-readable report of one file (the JSON shape of the spec). */
import type { Analysis, Diagnostic, SectionStatus } from '../check';

export interface SectionReport {
  id: string;
  title: string;
  found: boolean;
  words: number | null;
  min: number | null;
  max: number | null;
  items: number | null;
  status: SectionStatus;
}

export interface FileReport {
  file: string;
  rubric: string | null;
  diagnostics: Pick<Diagnostic, 'code' | 'severity' | 'section' | 'message' | 'range'>[];
  sections: SectionReport[];
}

export function fileReport(file: string, analysis: Analysis): FileReport {
  return {
    file,
    rubric: analysis.rubric?.id ?? null,
    diagnostics: analysis.diagnostics.map(({ code, severity, section, message, range }) => ({
      code,
      severity,
      section,
      message,
      range,
    })),
    sections: analysis.states.map(({ id, title, found, words, min, max, items, status }) => ({
      id,
      title,
      found,
      words,
      min,
      max,
      items,
      status,
    })),
  };
}
