/** What an export gives back, and what it needs from the place it runs in. */

/** Something the writer should know about an export that still succeeded: a 1-based line of the submission. */
export interface ExportWarning {
  line: number;
  message: string;
}

/** Why an image was not read: `outside` when it is outside the folders an export may read (its alt text stands in). */
export interface ImageRefusal {
  refused: string;
  outside?: boolean;
}

/**
 * Reads a local image named by the submission (a path relative to the submission's folder, decoded,
 * without query or fragment, normalized); null when there is no such file, a refusal when it may
 * not be read. At most MAX_IMAGE_BYTES: a reader never reads more than that and one byte. The core
 * reads no files itself.
 */
export type ImageReader = (path: string) => Promise<Uint8Array | ImageRefusal | null>;

/** As large an image as an export embeds (photos from a phone are a few MB). */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** As many bytes of images as one export embeds in all. */
export const MAX_EXPORT_IMAGE_BYTES = 100 * 1024 * 1024;

export interface DocxExport {
  bytes: Uint8Array;
  warnings: ExportWarning[];
}
