/**
 * Word documents, with mammoth, and saved web pages of requirements: a bundle of its own
 * (dist/word-reader.js), loaded only when one is imported, so neither the CLI's nor the server's
 * start-up pays for the converters.
 */
import mammoth from 'mammoth';

export { htmlToRequirementText, importWordDocument } from '../core';

export async function wordToHtml(buffer: Uint8Array): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(buffer) })).value;
}
