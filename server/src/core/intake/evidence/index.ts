/**
 * Linked evidence files: a recording's length and what a file's metadata says that would identify
 * the writer, read from bytes the platform gives.
 */
export { bytesSource, type EvidenceRead, MAX_METADATA_BYTES, readEvidence } from './evidenceFacts';
export type { ByteSource } from './byteSource';
export { inflatesCleanly } from './inflate';
export { type MediaFacts, readMediaFacts, readMediaLength } from './mediaLength';
export { identifyingMetadata } from './metadata';
export type { MetadataField } from './metadataField';
export { type RiffChunk, riffChunks } from './riff';
