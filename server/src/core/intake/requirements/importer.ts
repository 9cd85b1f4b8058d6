/**
 * What the server and the CLI load when requirements are imported (core/intake's
 * `requirementImporter`): the reader of requirement text and PDF text, and the rubric file writer.
 * The saved-page reader is not here: it comes with the Word converters (dist/word.js).
 */
export { readRequirements, slug } from './draft';
export { uncertainWhy } from './trace';
export { rubricFileText } from './rubricFile';
export { pdfPagesToText } from './pdfText';
export { draftCounts } from './counts';
