/** One thing a file's metadata says that would identify the writer: which field, and what it holds. */
export interface MetadataField {
  /** `GPS position`, `Artist`, `Author`, `Last modified by`... */
  field: string;
  value: string;
}
