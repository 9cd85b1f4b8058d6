/**
 * A .docx as the zip package it is: its parts by name, each XML part parsed by a strict XML 1.0
 * parser (saxes), since Word refuses a file with one ill-formed part where mammoth reads on.
 */
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

export function docxParts(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

/** Throws, naming the part and the error, unless every XML part of the package is well-formed XML 1.0. */
export function assertWellFormedDocx(bytes: Uint8Array): void {
  for (const [name, data] of docxParts(bytes)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (error) => {
      throw new Error(`${name} is not well-formed XML: ${error.message}`);
    });
    parser.write(new TextDecoder('utf-8', { fatal: true }).decode(data)).close();
  }
}
