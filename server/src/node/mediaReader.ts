/**
 * What a recording, a photo or a document says about itself (mediabunny, exifr), read through a
 * byte-range reader: a bundle of its own (dist/media-reader.js), loaded when a submission first
 * links a file. It reads no disk, so the web worker loads the same file (the client reads the bytes).
 */
export { bytesSource, readEvidence } from '../core';
