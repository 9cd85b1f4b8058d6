/**
 * The exports (a Word document with docx, the readiness report, plain text per section): a bundle
 * of its own (dist/exporter.js), loaded at the first export, so checking never pays for the writers;
 * the web worker loads the same file.
 */
export { exportDocx, exportPlainText, exportReadinessReport } from '../core';
