/**
 * The Word bundle (dist/word.js): the Word reader (wordReader.ts) and the export writers
 * (exporter.ts) in one file, because they share most of their code (the Markdown parser, the zip
 * reader and writer): the VSIX carries it once. Loaded at the first import or export, on Node and
 * in the web worker alike; each half's code runs only when it is first called.
 */
export * from './exporter';
export * from './wordReader';
