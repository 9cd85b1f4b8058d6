/**
 * Word documents, with mammoth, and saved web pages of requirements: in a bundle of their own with
 * the export writers (dist/word.js), loaded only when one is imported, so neither the CLI's nor the
 * server's start-up pays for the converters. It reads no disk: the web worker loads the same file.
 */
import mammoth from 'mammoth';

export { importWordDocument } from '../core';
export { htmlToRequirementText } from '../core/intake/requirements';

export async function wordToHtml(bytes: Uint8Array): Promise<string> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return (await mammoth.convertToHtml({ arrayBuffer })).value;
}
