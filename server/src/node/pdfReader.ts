/**
 * A PDF's text runs, page by page, read with pdf.js. Its own bundle (dist/pdf-reader.js), loaded
 * only when a PDF is imported, so nothing else starts slower or grows.
 */
import type { PdfTextRun } from '../core';

interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
}

export async function pdfTextRuns(data: Uint8Array): Promise<PdfTextRun[][]> {
  const pdfjs = await quietly(async () => {
    // The worker's code runs on this thread: pdf.js looks for it here before it would start a worker.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  });
  const document = await pdfjs.getDocument({ data, verbosity: 0, isEvalSupported: false, useSystemFonts: false })
    .promise;
  const pages: PdfTextRun[][] = [];
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(
        (content.items as TextItem[])
          .filter((item) => item.str !== undefined && item.transform)
          .map((item) => ({
            text: item.str ?? '',
            x: item.transform?.[4] ?? 0,
            y: item.transform?.[5] ?? 0,
            width: item.width ?? 0,
          })),
      );
      page.cleanup();
    }
  } finally {
    await document.destroy();
  }
  return pages;
}

/**
 * pdf.js warns on standard output, as it loads, that it cannot draw pages without a canvas
 * package; text needs none, and standard output carries the CLI's JSON.
 */
async function quietly<T>(load: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && args[0].startsWith('Warning:'))) log(...args);
  };
  try {
    return await load();
  } finally {
    console.log = log;
  }
}
