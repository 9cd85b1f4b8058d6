/** A Word document as HTML, with mammoth: its own bundle (dist/word-reader.js), loaded only for a .docx. */
import mammoth from 'mammoth';

export async function wordToHtml(buffer: Buffer): Promise<string> {
  return (await mammoth.convertToHtml({ buffer })).value;
}
