/** What a linked file's own metadata says about its writer (photos' GPS and owner fields, documents' authors). */
export async function identifyingMetadata(
  _bytes: Uint8Array,
  _fileName: string,
): Promise<{ field: string; value: string }[]> {
  return [];
}
