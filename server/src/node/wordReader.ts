/**
 * Word documents, with mammoth, and saved web pages of requirements: in a bundle of their own with
 * the export writers (dist/word.js), loaded only when one is imported, so neither the CLI's nor the
 * server's start-up pays for the converters. It reads no disk: the web worker loads the same file.
 */
import mammoth from 'mammoth';
import { requirementWordData } from '../core';

export { importWordDocument } from '../core';
export { decodeHtml, htmlToRequirementText } from '../core/intake/requirements';

/** Word's title and subtitle as the page's title and a line: the credential's title is the document's. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

export async function wordToHtml(bytes: Uint8Array): Promise<string> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const data = await requirementWordData(arrayBuffer);
  // mammoth reads `buffer` in Node and `arrayBuffer` in the browser; both take the same bytes.
  const input = { arrayBuffer: data, buffer: data } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  return (await mammoth.convertToHtml(input, { styleMap: STYLE_MAP })).value;
}
