/**
 * The exports (a Word document with docx, the readiness report, plain text per section): in a
 * bundle of their own with the Word reader (dist/word.js), loaded at the first export, so checking
 * never pays for the writers; the web worker loads the same file.
 */
export { docxOfTree, exportReadinessReport, plainTextOfTree } from '../core';
