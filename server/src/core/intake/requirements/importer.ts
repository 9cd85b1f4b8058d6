/**
 * The requirement importer's API: the reader of requirement text (a bundle of its own, loaded on first use:
 * server/src/node/requirementImporter.ts) and, for the hosts, the rubric file writer and the counts.
 * The saved-page and PDF layout readers are not here: they come with the Word converters (dist/word.js)
 * and pdf.js (dist/pdf-reader.js).
 */
export { readRequirements, slug } from './draft';
export { uncertainWhy } from './trace';
export { rubricFileText } from './rubricFile';
export { draftCounts } from './counts';
