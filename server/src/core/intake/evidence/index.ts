/** Linked evidence files: a recording's length and what a file's metadata says, read from bytes the platform gives. */
export { bytesSource, type EvidenceRead, MAX_METADATA_BYTES, readEvidence } from './evidenceFacts';
export { type ByteSource, readMediaLength } from './mediaLength';
export { identifyingMetadata } from './metadata';
