/** pdf.js ships no types for its worker module; pdfCore.ts talks to its WorkerMessageHandler by messages. */
declare module 'pdfjs-dist/build/pdf.worker.mjs';
