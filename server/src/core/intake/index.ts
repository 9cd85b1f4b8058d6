/** Foreign formats in: a credential's requirements become a rubric draft; a Word draft becomes a submission. */
export * from './evidence';
export { ruleSourceAt, type RuleSource } from './requirements/ruleSource';
export { hasPasswordField } from './requirements/signInPage';
export type { PdfTextRun, Provenance, RubricDraft, RubricPath, Uncertain } from './requirements';
/**
 * The requirement importer. The reader (readRequirements, with its many patterns) is a bundle of its own,
 * loaded on first use (server/src/node/requirementImporter.ts); the file writer and the notes stay here.
 */
export { draftCounts, readRequirements, rubricFileText, slug, uncertainWhy } from './requirements/importer';
export * from './word';
