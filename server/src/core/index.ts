/** The core's public surface, for the language server, the CLI and the client. */
export { analyze, DocumentAnalyzer, type Analysis, type AnalyzeOptions } from './analyze';
export { DocumentModel } from './blocks';
export { DIAGNOSTIC_CODES, SOURCE, type Diagnostic, type DiagnosticCode, type Severity } from './diagnostics';
export type { Position, Range } from './lineIndex';
export { describeWordLimit, formatWordLimit } from './limits';
export { fileReport, type FileReport, type SectionReport } from './report';
export { flattenSections, isRequired, type FlatSection, type Rubric, type RubricSection } from './rubric';
export { BUILTIN_RUBRICS, RubricRegistry, loadRubricText, type LoadedRubric, type RubricProblem } from './rubrics';
export type { SectionResult, SectionStatus } from './sections';
export { renderSection, renderTemplate, guidanceLines, sectionById } from './templates';
export { countWords } from './words';
export { sectionPlainText, markdownToPlainText } from './plainText';
export { insertionFor, allInsertions, type Insertion } from './insertions';
export { createMatcher } from './match';
export type { OutlineHeading } from './outline';
export { describeRules, rubricMarkdown, sectionMarkdown, sectionSummary } from './describe';
export { generateSnippets, snippetsFileText, type Snippet } from './snippets';
export { sectionStates, type SectionState, type Tone } from './state';
