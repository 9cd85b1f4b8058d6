/**
 * A PDF's text runs, page by page, read with pdf.js's core (./pdfCore). Its own bundle
 * (dist/pdf-reader.js), loaded only when a PDF is imported, so nothing else starts slower or grows.
 */
import type { PdfTextRun } from '../core';
import { pdfPagesToText } from '../core/intake/requirements';
import type { TextItem } from './pdfCore';
import { undecodable } from './pdfStreams';

/**
 * A PDF's requirement text and its page count: the layout read here, in the lazy bundle, not at start-up.
 * `damaged`: no text, because the pages' content could not be decoded (not a scanned copy's pictures).
 */
export async function pdfRequirementText(data: Uint8Array): Promise<{ text: string; pages: number; damaged: boolean }> {
  const pages = await pdfTextRuns(data);
  const text = pdfPagesToText(pages);
  const damaged = !text.trim() && pages.length > 0 && undecodable(data);
  return { text, pages: pages.length, damaged };
}

export async function pdfTextRuns(data: Uint8Array): Promise<PdfTextRun[][]> {
  withResolvers();
  // pdf.js's core, without its display layer (./pdfCore): loaded only now, after the definition above.
  const { PdfCoreDocument } = await import('./pdfCore');
  // Its own copy: the document takes the bytes over, as pdf.js's getDocument does.
  const { document, numPages } = await PdfCoreDocument.open(new Uint8Array(data));
  const pages: PdfTextRun[][] = [];
  try {
    for (let index = 0; index < numPages; index++) {
      const items: TextItem[] = await document.textContent(index);
      pages.push(
        items
          .filter((item) => item.str !== undefined && item.transform)
          .map((item) => ({
            text: item.str ?? '',
            x: item.transform?.[4] ?? 0,
            y: item.transform?.[5] ?? 0,
            width: item.width ?? 0,
            font: item.fontName ?? '',
            size: Math.hypot(item.transform?.[2] ?? 0, item.transform?.[3] ?? 0),
          })),
      );
    }
  } finally {
    await document.destroy();
  }
  return pages;
}

/**
 * pdf.js's build for current engines (its legacy build adds 30 KB of polyfills for old browsers)
 * uses Promise.withResolvers, which Node has from 22 on; on Node 20 it is defined here, as specified.
 */
function withResolvers(): void {
  const promise = Promise as { withResolvers?: unknown };
  promise.withResolvers ??= <T>() => {
    let resolve!: (value: T) => void;
    let reject!: (reason?: unknown) => void;
    const made = new Promise<T>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    return { promise: made, resolve, reject };
  };
}
