/** Requirement texts in: a credential's published requirements read as a rubric draft. */
export { readRequirements, slug, type RubricDraft } from './draft';
export { type Provenance, type RubricPath, type Uncertain, uncertainWhy } from './trace';
export { rubricFileText } from './rubricFile';
export { ruleSourceAt, type RuleSource } from './ruleSource';
export { htmlToRequirementText } from './html';
export { decodeHtml } from '../../text';
export { pdfPagesToText, type PdfTextRun } from './pdfText';
export { draftCounts } from './counts';
