/** The formats a requirement file may be read as from its bytes. */
export type RequirementFileFormat = 'pdf' | 'docx' | 'html';

/**
 * What a file is by its first bytes, whatever its name says: a PDF ("%PDF-" near its start), a zip (a Word
 * document, or another one the Word reader tells apart), a web page (its markup first). A download saved
 * under another name (a web page, a server's error or sign-in page, named .pdf; a PDF named .docx) is read as
 * what it is. Null when the bytes tell none of these.
 */
export function contentFormat(head: Uint8Array): RequirementFileFormat | null {
  const text = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  if (text.includes('%PDF-')) return 'pdf';
  if (text.startsWith('PK\u0003\u0004')) return 'docx';
  return /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body)\b/i.test(text)
    ? 'html'
    : null;
}

/**
 * How a requirement file is read: as its bytes say when they say a PDF or a zip (a Word document), whatever
 * its name; as a web page when a file named as a PDF or Word document holds markup (a page, or a server's
 * error or sign-in page, saved under the download's name); else as its name says (`named`, null for text).
 */
export function requirementFileFormat(named: 'pdf' | 'docx' | null, head: Uint8Array): RequirementFileFormat | null {
  const content = contentFormat(head);
  return content === 'pdf' || content === 'docx' || (content === 'html' && named) ? content : named;
}
