/**
 * A Word copy of a credential's requirements, made ready for the converter as a writer sees it: hidden
 * text, computed fields and tables of contents left out and text boxes read (as for a draft, see
 * package.ts), a form's placeholders left out (placeholders.ts), and the numbers Word's list numbering
 * writes ("Part 1.", "Artifact 2:", a heading's "2.1") put in the text.
 * The package is unzipped once, and zipped again only when its body changed.
 */
import { withListNumbersWritten } from './listNumbers';
import { shownBody } from './package';
import { withoutPlaceholders } from './placeholders';

export async function requirementWordData(data: ArrayBuffer): Promise<ArrayBuffer> {
  // Loaded when first needed: only an import pays for it.
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(data);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const body = await read('word/document.xml');
  const styles = await read('word/styles.xml');
  const lean = withoutPlaceholders(shownBody(body, styles).xml);
  const numbered = withListNumbersWritten(lean, await read('word/numbering.xml'), styles) ?? lean;
  if (numbered === body) return data;
  zip.file('word/document.xml', numbered);
  return zip.generateAsync({ type: 'arraybuffer' });
}
