/** pdf.js ships no types for its worker module; it is only handed back to pdf.js. */
declare module 'pdfjs-dist/build/pdf.worker.mjs';
