/** Foreign formats in: a credential's requirements become a rubric draft; a Word draft becomes a submission. */
export * from './evidence';
export { ruleSourceAt, type RuleSource } from './requirements/ruleSource';
export { hasPasswordField } from './requirements/signInPage';
export type { PdfTextRun, Provenance, RubricDraft, RubricPath, Uncertain } from './requirements';
/**
 * The requirement importer, evaluated when first asked for: its many patterns, compiled as its
 * modules load, would otherwise cost every start-up of the server and the CLI.
 */
export const requirementImporter = () => import('./requirements/importer');
export * from './word';
