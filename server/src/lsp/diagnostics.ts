/** Core diagnostics as LSP diagnostics, for submissions and for user rubric files. */
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from './languageServer';
import { SOURCE, type Analysis, type Diagnostic, type LoadedRubric } from '../core';

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
} as const;

export function toLspDiagnostic(diagnostic: Diagnostic): LspDiagnostic {
  return {
    range: diagnostic.range,
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.code,
    source: SOURCE,
    message: diagnostic.message,
    data: { section: diagnostic.section, ...diagnostic.data },
  };
}

export const submissionDiagnostics = (analysis: Analysis): LspDiagnostic[] => analysis.diagnostics.map(toLspDiagnostic);

export function rubricFileDiagnostics(loaded: LoadedRubric & { clash?: string | null }): LspDiagnostic[] {
  const found: LspDiagnostic[] = loaded.problems.map((problem) => ({
    range: problem.range,
    severity: SEVERITY[problem.severity],
    code: 'invalid-rubric',
    source: SOURCE,
    message: problem.message,
  }));
  if (loaded.clash) {
    found.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      code: 'rubric-id-taken',
      source: SOURCE,
      message: loaded.clash,
    });
  }
  return found;
}
