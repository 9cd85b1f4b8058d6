/** Export: the submission as Word, as plain text per section, and the readiness report. */
export { exportDocx, type DocxOptions } from './docx';
export type { DocxExport, ExportWarning, ImageReader } from './exportTypes';
export { exportPlainText } from './plainTextExport';
export { escapeHtml, exportReadinessReport, type ReportOptions } from './readinessReport';
