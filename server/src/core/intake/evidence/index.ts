/** Linked evidence files: a recording's length and what a file's metadata says, read from bytes the platform gives. */
export { type ByteSource, readMediaLength } from './mediaLength';
export { identifyingMetadata } from './metadata';
