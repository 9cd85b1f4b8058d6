/** Word drafts in: a .docx becomes a submission in Markdown. */
export { importWordDocument, paragraphAt, type WordImport, type WordImportOptions } from './importWord';
export { describeConversionNote, importNotes } from './conversionNotes';
export { describeMetadataFinding, metadataDiagnostics, type MetadataFinding } from './metadata';
export type { RubricCandidate } from './rubricChoice';
export type { WordImage } from './wordHtml';
export { describeWordFileProblem, MAX_DOCUMENT_BYTES, type WordFileProblem, wordFileProblem } from './fileCheck';
export { requirementWordData } from './requirementDocument';
export { isCutPdf, otherDocumentFormat } from './otherDocuments';
