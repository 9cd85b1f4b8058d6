/**
 * The requirement reader (dist/importer.js), with its many patterns: loaded when requirements are first
 * imported, on Node and in the web worker alike, so that a start-up neither reads nor compiles it. The
 * message catalogues come from the start-up bundle that loads it (scripts/sharedFromHost.mjs).
 */
export { readRequirements, slug } from '../core';
