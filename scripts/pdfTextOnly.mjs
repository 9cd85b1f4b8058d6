// The PDF reader asks pdf.js's core for text only (server/src/node/pdfCore.ts), which never decodes
// an image nor lays out an XFA form. This esbuild plugin leaves two parts of pdf.js's worker out of
// dist/pdf-reader.js:
// - its JPEG 2000 decoder, which pdf.js 4 writes into the worker as WebAssembly in base64 (OpenJPEG:
//   about 120 KB of the VSIX, compressed). Were a JPEG 2000 image ever decoded, that image alone
//   would fail (pdf.js reports it and goes on). pdf.js 5 ships it as a file of its own.
// - its XFA forms (src/core/xfa/: about 50 KB compressed), made only when getDocument is asked for
//   them (enableXfa, which the reader never sets); their rich-text popups belong to annotations,
//   which text extraction never reads. In their place a stand-in that says so, were it ever used.
// The build fails if the worker does not hold exactly what is cut: look again after an upgrade.
import { readFile } from 'node:fs/promises';

const INLINE_WASM = /"data:application\/octet-stream;base64,[A-Za-z0-9+/=]{1000,}"/g;
/** The XFA modules: from the first of them to the module after the last (webpack's module comments). */
const XFA_FIRST = '\n;// ./src/core/xfa/symbol_utils.js\n';
const XFA_NEXT = '\n;// ./src/core/annotation.js\n';
const XFA_STAND_IN = `
class XFAFactory {
  constructor() { throw new Error("XFA forms are not read by this build of pdf.js"); }
  static getRichTextAsHtml() { return null; }
}
`;

/** The worker's source without the parts text does not need, or why it cannot be cut. */
export function textOnlyWorker(source) {
  const found = source.match(INLINE_WASM)?.length ?? 0;
  if (found !== 1) return { error: `holds ${found} inline WebAssembly modules, not 1` };
  const text = source.replace(INLINE_WASM, '""');
  const first = text.indexOf(XFA_FIRST);
  const next = text.indexOf(XFA_NEXT);
  if (first < 0 || next < first || text.indexOf(XFA_FIRST, first + 1) >= 0)
    return { error: 'does not hold the XFA modules, in one run, before annotation.js' };
  if (/\n;\/\/ \.\/src\/(?!core\/xfa\/)/.test(text.slice(first, next)))
    return { error: 'holds modules other than XFA between the XFA modules' };
  return { source: text.slice(0, first) + XFA_STAND_IN + text.slice(next) };
}

export const pdfTextOnly = {
  name: 'pdf-text-only',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]pdfjs-dist[\\/]build[\\/]pdf\.worker\.mjs$/ }, async (args) => {
      const worker = textOnlyWorker(await readFile(args.path, 'utf8'));
      if (worker.error) return { errors: [{ text: `${args.path} ${worker.error}: see scripts/pdfTextOnly.mjs` }] };
      return { contents: worker.source, loader: 'js' };
    });
  },
};
