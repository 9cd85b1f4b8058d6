/**
 * Checking: sections matched to the rubric, counted, the rules run, suppressions applied, section
 * states. Imports text, document, rubric.
 */
export { analyze, DocumentAnalyzer, type Analysis, type AnalyzeOptions } from './analyze';
export {
  compareDiagnostics,
  DIAGNOSTIC_CODES,
  RULES,
  SOURCE,
  type Diagnostic,
  type DiagnosticCode,
  type RuleDefinition,
  type Severity,
} from './diagnostic';
export { linkedFilePaths, type FileFacts, type FileFactsLookup } from './fileFacts';
export { metadataFieldName } from './rules';
export { canonicalWord, createMatcher, normalize } from './match';
export type { Requirement } from './requirements';
export {
  diagnosticsBySection,
  readiness,
  sectionStates,
  type Readiness,
  type SectionState,
  type Tone,
} from './sectionState';
export type { SectionResult, SectionStatus } from './sections';
export { statusCounts, type StatusCounts } from './statusCounts';
export { canBeAccepted } from './suppress';
