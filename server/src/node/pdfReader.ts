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
    withResolvers();
    // The worker's code runs on this thread: pdf.js looks for it here before it would start a worker.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/build/pdf.worker.mjs');
    return import('pdfjs-dist');
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
