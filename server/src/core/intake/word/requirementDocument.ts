/**
 * A Word copy of a credential's requirements, made ready for the converter as a writer sees it: hidden
 * text, computed fields and tables of contents left out and text boxes read (as for a draft, see
 * package.ts), and the words Word's list numbering writes ("Part 1.", "Artifact 2:") put in the text.
 */
import { withListNumbersWritten } from './listNumbers';
import { readWordPackage } from './package';

export async function requirementWordData(data: ArrayBuffer): Promise<ArrayBuffer> {
  const lean = (await readWordPackage(data)).data;
  // Loaded when first needed: only an import pays for it.
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(lean);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const numbered = withListNumbersWritten(
    await read('word/document.xml'),
    await read('word/numbering.xml'),
    await read('word/styles.xml'),
  );
  if (!numbered) return lean;
  zip.file('word/document.xml', numbered);
  return zip.generateAsync({ type: 'arraybuffer' });
}
