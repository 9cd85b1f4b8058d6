/** Evidence files: what a linked file's metadata says that would identify the writer. */
export { identifyingMetadata } from './metadata';
export type { MetadataField } from './metadataField';
export { type RiffChunk, riffChunks } from './riff';
