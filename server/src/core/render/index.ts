/**
 * Rendering: templates, snippets, insertions and fixes, plain text, reports, exports and rubric
 * Markdown. Imports every other stage.
 */
export {
  docxOfTree,
  escapeHtml,
  exportDocx,
  exportPlainText,
  plainTextOfTree,
  exportReadinessReport,
  type DocxExport,
  type DocxOptions,
  type ExportWarning,
  type ImageReader,
  type ImageRefusal,
  MAX_EXPORT_IMAGE_BYTES,
  MAX_IMAGE_BYTES,
  type ReportOptions,
} from './export';
export { fileReport, type FileReport, type SectionReport } from './fileReport';
export {
  applyFixes,
  fixDocument,
  insertAllFixes,
  insertSectionFix,
  acceptHereFix,
  labelPointsFixes,
  rubricIdFix,
  safeFixes,
  timestampLinesFix,
  type TextFix,
} from './fixes';
export { allInsertions, insertionFor, type Insertion } from './insertions';
export { guidanceComment, guidanceLines, headingLine, oneLine } from './markdownWriter';
export { markdownToPlainText, sectionPlainText } from './plainText';
export { rubricMarkdown, sectionMarkdown } from './rubricMarkdown';
export { generateSnippets, snippetsFileText, type Snippet } from './snippets';
export { renderSection, renderTemplate, sectionById, templateStartLine } from './templates';
