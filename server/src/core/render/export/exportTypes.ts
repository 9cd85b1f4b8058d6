/** What an export gives back, and what it needs from the place it runs in. */

/** Something the writer should know about an export that still succeeded: a 1-based line of the submission. */
export interface ExportWarning {
  line: number;
  message: string;
}

/**
 * Reads a local image named by the submission (a path relative to the submission's folder, decoded,
 * without query or fragment); null when it cannot be read. The core reads no files itself.
 */
export type ImageReader = (path: string) => Promise<Uint8Array | null>;

export interface DocxExport {
  bytes: Uint8Array;
  warnings: ExportWarning[];
}
