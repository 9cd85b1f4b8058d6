/**
 * What the platform read from the files a submission links (whether each exists, a recording's
 * length, what its metadata says), and how the analysis uses it: a recording's length read from
 * its file stands in for the written one. Without facts the analysis is the one of the text alone.
 */
import type { BlockIndex, MediaInfo } from '../document';
import { fileNameOf, localFilePath } from '../text';
import type { SectionResult } from './sections';

export interface FileFacts {
  exists: boolean;
  /** A recording's length read from its container, in seconds. */
  durationSeconds?: number;
  /** What in the file's own metadata would identify the writer. */
  metadata?: readonly { field: string; value: string }[];
  /** For a missing file: the names of the files in its folder (for "did you mean"). */
  siblings?: readonly string[];
}

/** The facts of a linked file by its path as written (decoded); undefined while it is not read (or not to be). */
export type FileFactsLookup = (path: string) => FileFacts | undefined;

/** A recording with its file's length, when the file has been read and has one. */
function withFileLength(media: MediaInfo, path: string | null, files: FileFactsLookup): MediaInfo {
  const facts = path === null ? undefined : files(path);
  if (!facts?.exists || facts.durationSeconds === undefined) return media;
  const seconds = Math.round(facts.durationSeconds);
  return { ...media, seconds, fromFile: { seconds, written: media.seconds, name: fileNameOf(path!) } };
}

/** The sections' recordings with the lengths read from their files (the sections are this analysis's own). */
export function applyFileLengths(sections: SectionResult[], files: FileFactsLookup): void {
  for (const result of sections)
    result.recordings = result.recordings.map((media) => withFileLength(media, localFilePath(media.url), files));
}

/** The local files a document links (each path once, as written and decoded): what the platform reads. */
export function linkedFilePaths(index: BlockIndex): string[] {
  return [...new Set(index.linkedFilesIn(0, index.length).map((file) => file.path))];
}
