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
  /** Errors and warnings about it that the writer silenced: accepted, not met. */
  accepted: number;
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
  /** What suppression comments silenced: accepted by the writer, not met. */
  accepted: Pick<Diagnostic, 'code' | 'severity' | 'section' | 'message' | 'range'>[];
  sections: SectionReport[];
}

export function fileReport(file: string, analysis: Analysis): FileReport {
  const summary = readiness(analysis.states, analysis.diagnostics, analysis.accepted);
  return {
    file,
    rubric: analysis.rubric?.id ?? null,
    ready: summary.ready,
    readiness: summary,
    diagnostics: analysis.diagnostics.map(reported),
    accepted: analysis.accepted.filter((d) => d.severity !== 'information').map(reported),
    sections: analysis.states.map(({ id, title, found, words, min, max, items, status, ready, accepted }) => ({
      id,
      title,
      found,
      words,
      min,
      max,
      items,
      status,
      ready,
      accepted,
    })),
  };
}

const reported = ({ code, severity, section, message, range }: Diagnostic): FileReport['diagnostics'][number] => ({
  code,
  severity,
  section,
  message,
  range,
});
