// The PDF reader asks pdf.js for text only (getTextContent), which never decodes an image. pdf.js 4
// writes its JPEG 2000 decoder into its worker as WebAssembly in base64 (OpenJPEG: about 120 KB
// of the VSIX, compressed); this esbuild plugin leaves those bytes out of dist/pdf-reader.js. Were a
// JPEG 2000 image ever decoded, that image alone would fail (pdf.js reports it and goes on).
// pdf.js 5 ships the decoder as a file of its own (wasm/openjpeg.wasm), loaded only when asked for.
// The build fails if the worker does not hold exactly one such module: look again after an upgrade.
import { readFile } from 'node:fs/promises';

const INLINE_WASM = /"data:application\/octet-stream;base64,[A-Za-z0-9+/=]{1000,}"/g;

export const pdfTextOnly = {
  name: 'pdf-text-only',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]pdfjs-dist[\\/]build[\\/]pdf\.worker\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const found = source.match(INLINE_WASM)?.length ?? 0;
      if (found !== 1)
        return {
          errors: [
            { text: `${args.path} holds ${found} inline WebAssembly modules, not 1: see scripts/pdfTextOnly.mjs` },
          ],
        };
      return { contents: source.replace(INLINE_WASM, '""'), loader: 'js' };
    });
  },
};
