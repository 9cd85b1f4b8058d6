/**
 * What the server and the CLI load when requirements are imported (core/intake's
 * `requirementImporter`): the reader of requirement text and the rubric file writer.
 * The saved-page and PDF layout readers are not here: they come with the Word converters (dist/word.js)
 * and pdf.js (dist/pdf-reader.js).
 */
export { readRequirements, slug } from './draft';
export { uncertainWhy } from './trace';
export { rubricFileText } from './rubricFile';
export { draftCounts } from './counts';
