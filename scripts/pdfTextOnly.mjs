// The PDF reader asks pdf.js's core for text only (server/src/node/pdfCore.ts), which never draws a
// page, decodes an image, reads an annotation nor lays out an XFA form. This esbuild plugin leaves
// those parts of pdf.js's worker out of dist/pdf-reader.js, each module by webpack's comment naming it:
// - its JPEG 2000 decoder, which pdf.js 4 writes into the worker as WebAssembly in base64 (OpenJPEG:
//   about 120 KB of the VSIX, compressed). Were a JPEG 2000 image ever decoded, that image alone
//   would fail (pdf.js reports it and goes on). pdf.js 5 ships it as a file of its own.
// - its XFA forms (src/core/xfa/), made only when getDocument is asked for them (enableXfa, which
//   the reader never sets); their rich-text popups belong to annotations.
// - its annotations, read to draw, print or save a page and for its form fields, never for its text.
// - its JPEG, JBIG2 and CCITT fax image decoders: an image is decoded only to be drawn. An inline
//   image in a page's content is still skipped as before (its end is found without decoding it).
// - its glyph outlines (drawing text), patterns and functions (drawing colour), and its writer of a
//   document's new revision (saving one).
// - its start as a web worker's own script: in a web worker it would take that worker's messages (the
//   language server's) as its own; the reader drives it in-thread (server/src/node/pdfCore.ts) there too.
// In each one's place stands a stand-in that says so, were it ever used. The build fails if the
// worker does not hold exactly what is cut, or if anything else would be cut: look again after an upgrade.
import { readFile } from 'node:fs/promises';

const INLINE_WASM = /"data:application\/octet-stream;base64,[A-Za-z0-9+/=]{1000,}"/g;
const notRead = (what) => `throw new Error("${what} are not read by this build of pdf.js")`;

/** Each run of modules cut: from `first` to the module after it, `next`; `standIn` defines what others use of it. */
const CUTS = [
  {
    first: 'xfa/symbol_utils.js',
    next: 'annotation.js',
    standIn: `class XFAFactory {
  constructor() { ${notRead('XFA forms')}; }
  static getRichTextAsHtml() { return null; }
}`,
  },
  {
    first: 'annotation.js',
    next: 'decrypt_stream.js',
    standIn: `const AnnotationFactory = new Proxy({}, { get() { ${notRead('Annotations')}; } });
class WidgetAnnotation {}
class PopupAnnotation {}`,
  },
  // The fax decoder reads nothing until asked for an image's bytes; then it gives none.
  { first: 'ccitt.js', next: 'ccitt_stream.js', standIn: 'class CCITTFaxDecoder { readNextChar() { return -1; } }' },
  {
    first: 'jbig2.js',
    next: 'jbig2_stream.js',
    standIn: `class Jbig2Image { constructor() { ${notRead('JBIG2 images')}; } }`,
  },
  // Patterns and shadings fill what is drawn; their caches are cleared with the others, as before.
  {
    first: 'pattern.js',
    next: 'calibri_factors.js',
    standIn: `class Pattern { static parseShading() { ${notRead('Shadings')}; } }
function getTilingPatternIR() { ${notRead('Tiling patterns')}; }
function clearPatternCaches() {}`,
  },
  // Functions map colours (shadings, colour spaces, soft masks); isPDFFunction stays as it was.
  {
    first: 'function.js',
    next: 'bidi.js',
    standIn: `class PDFFunctionFactory {
  create() { ${notRead('Functions')}; }
  createFromArray() { ${notRead('Functions')}; }
}
function isPDFFunction(v) {
  const fnDict = v instanceof Dict ? v : v instanceof BaseStream ? v.dict : null;
  return fnDict ? fnDict.has("FunctionType") : false;
}`,
  },
  // Glyph outlines, compiled to draw a page's text when no font face may be used.
  {
    first: 'font_renderer.js',
    next: 'metrics.js',
    standIn: `class FontRendererFactory { static create() { ${notRead('Glyph outlines')}; } }`,
  },
  // The writer of an edited document's new revision (the display layer's saveDocument).
  {
    first: 'writer.js',
    next: 'worker_stream.js',
    standIn: `async function incrementalUpdate() { ${notRead('Saved revisions')}; }`,
  },
  {
    first: 'jpg.js',
    next: 'jpeg_stream.js',
    standIn: `class JpegImage {
  constructor() { ${notRead('JPEG images')}; }
  static canUseImageDecoder() { return false; }
}`,
  },
];

/** The worker's start in a web worker's global scope, which the bundle must never take. */
const SELF_START = new RegExp(
  String.raw`if \(typeof window === "undefined" && !isNodeJS && typeof self !== "undefined" && ` +
    String.raw`typeof self\.postMessage === "function" && "onmessage" in self\) \{` +
    String.raw`\s*this\.initializeFromPort\(self\);\s*\}`,
  'g',
);

const marker = (module) => `\n;// ./src/core/${module}\n`;

/** The worker's source without the parts text does not need, or why it cannot be cut. */
export function textOnlyWorker(source) {
  const found = source.match(INLINE_WASM)?.length ?? 0;
  if (found !== 1) return { error: `holds ${found} inline WebAssembly modules, not 1` };
  const starts = source.match(SELF_START)?.length ?? 0;
  if (starts !== 1) return { error: `starts itself in a web worker ${starts} times, not once` };
  let text = source.replace(INLINE_WASM, '""').replace(SELF_START, '');
  for (const { first, next, standIn } of CUTS) {
    const start = text.indexOf(marker(first));
    const end = text.indexOf(marker(next));
    if (start < 0 || end < start || text.indexOf(marker(first), start + 1) >= 0)
      return { error: `does not hold ${first} once, before ${next}` };
    const prefix = first.includes('/') ? first.slice(0, first.indexOf('/') + 1) : first;
    const others = [...text.slice(start, end).matchAll(/\n;\/\/ \.\/src\/core\/(\S+)\n/g)].map((m) => m[1]);
    if (others.some((module) => !module.startsWith(prefix)))
      return { error: `holds other modules between ${first} and ${next}: ${others.join(', ')}` };
    text = `${text.slice(0, start)}\n${standIn}\n${text.slice(end)}`;
  }
  return { source: text };
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
