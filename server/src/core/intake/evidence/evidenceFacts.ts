/** What one linked file says: a recording's length, or a photo's or document's identifying metadata. */
import { isMediaUrl } from '../../text';
import type { ByteSource } from './byteSource';
import { readMediaFacts } from './mediaLength';
import { identifyingMetadata } from './metadata';
import { SVG_HEAD_BYTES } from './svgMetadata';

/** Photos and documents, whose metadata is read. */
const METADATA_FILE = /\.(?:jpe?g|heic|heif|avif|png|webp|gif|svg|tiff?|docx|docm|pptx|xlsx|odt|odp|ods|pdf)$/i;
/** Larger photos and documents are not read for their metadata (whole files are read for it). */
export const MAX_METADATA_BYTES = 64 * 1024 * 1024;

export interface EvidenceRead {
  durationSeconds?: number;
  metadata?: { field: string; value: string }[];
}

/** Reads the facts of the file named `name` through `source`; only as much as its kind needs. */
export async function readEvidence(source: ByteSource, name: string): Promise<EvidenceRead> {
  if (isMediaUrl(name)) {
    const { seconds, metadata } = await readMediaFacts(source);
    return { ...(seconds === null ? {} : { durationSeconds: seconds }), ...(metadata.length ? { metadata } : {}) };
  }
  if (!METADATA_FILE.test(name) || source.size === 0) return {};
  // An SVG's metadata is at its top: only its head is read, however large the drawing.
  if (/\.svg$/i.test(name))
    return { metadata: await identifyingMetadata(await source.read(0, Math.min(source.size, SVG_HEAD_BYTES)), name) };
  if (source.size > MAX_METADATA_BYTES) return {};
  return { metadata: await identifyingMetadata(await source.read(0, source.size), name) };
}

/** Bytes already in memory as a source. */
export const bytesSource = (bytes: Uint8Array): ByteSource => ({
  size: bytes.length,
  read: async (start, end) => bytes.subarray(start, end),
});
