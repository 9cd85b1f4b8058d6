/** Export: the submission as Word, as plain text per section, and the readiness report. */
export { docxOfTree, exportDocx, type DocxOptions } from './docx';
export {
  type DocxExport,
  type ExportWarning,
  type ImageReader,
  type ImageRefusal,
  MAX_EXPORT_IMAGE_BYTES,
  MAX_IMAGE_BYTES,
} from './exportTypes';
export { exportPlainText, plainTextOfTree } from './plainTextExport';
export { escapeHtml, exportReadinessReport, type ReportOptions } from './readinessReport';
