/**
 * Documents of other word processors, which are neither read as text nor as Word: RTF (WordPad's,
 * TextEdit's), OpenDocument (LibreOffice's), Pages and Word 97-2003's .doc. Known by the file's name,
 * or by its first bytes when it was renamed or came as text (an RTF copied from TextEdit). And a PDF cut short.
 */
const BY_EXTENSION: Record<string, string> = {
  rtf: 'RTF',
  odt: 'OpenDocument',
  ott: 'OpenDocument',
  fodt: 'OpenDocument',
  pages: 'Pages',
  doc: 'Word 97-2003 (.doc)',
};

const RTF = /^\uFEFF?\{\\rtf/;
/** An OpenDocument zip names its type in its first entry, "mimetype", stored uncompressed. */
const OPEN_DOCUMENT = 'mimetypeapplication/vnd.oasis.opendocument';
/** A Pages document (since 2013) is a zip of Apple's iWork archives. */
const PAGES_ARCHIVE = 'Index/Document.iwa';

/** The format of another word processor's document, by its name or its content; null for any other file. */
export function otherDocumentFormat(name: string, content: Uint8Array | string): string | null {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (BY_EXTENSION[extension]) return BY_EXTENSION[extension];
  const head = typeof content === 'string' ? content.slice(0, 128) : latin1(content.subarray(0, 128));
  if (RTF.test(head)) return BY_EXTENSION.rtf;
  if (typeof content === 'string' || content[0] !== 0x50 || content[1] !== 0x4b) return null;
  if (head.slice(30).startsWith(OPEN_DOCUMENT)) return BY_EXTENSION.odt;
  // The zip's directory, at its end, names its files.
  return latin1(content.subarray(Math.max(0, content.length - 65_536))).includes(PAGES_ARCHIVE)
    ? BY_EXTENSION.pages
    : null;
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

/** A PDF (by its signature) whose structure pdf.js cannot find: cut short or damaged, not another kind of file. */
export const isCutPdf = (bytes: Uint8Array, error: unknown) =>
  latin1(bytes.subarray(0, 1024)).includes('%PDF-') && (error as Error).name === 'InvalidPDFException';
