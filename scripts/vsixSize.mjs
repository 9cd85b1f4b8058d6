// What the VSIX weighs, file by file, as the Marketplace and every install download it:
//   node scripts/vsixSize.mjs [rubric-writer.vsix]
// Prints each packed file's compressed size, largest first, and the total; fails past VSIX_BUDGET_KB.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

/**
 * The most the VSIX may weigh, in KB: the 1 MB of issue 31, with everything in it (1017 KB when set;
 * 1441 KB before). The readers of requirement files as a writer has them (Word's list-numbered Parts,
 * pages laid out in tables, PDFs in two columns) took it to 1030 KB; the walkthrough's screenshot,
 * cropped to what it shows (900 px wide, not 1100), gave back 9 KB. It
 * got there by carrying the server's engine once for Node and the web worker (dist/server-main.js),
 * the Word reader and the export writers in one bundle (dist/word.js), and the PDF reader driving
 * pdf.js's core without its display layer, XFA forms, annotations, image decoders and drawing code.
 * A VSIX that grows past the budget fails `npm run package` (make it smaller, or raise the budget
 * knowingly).
 */
export const VSIX_BUDGET_KB = 1024;

/** Each packed file with its compressed and its own size, in bytes, read from the archive's directory. */
export function packedFiles(vsix) {
  const files = [];
  unzipSync(vsix, {
    filter: (file) => {
      files.push({ name: file.name, packed: file.size, size: file.originalSize });
      return false; // the sizes only: nothing is inflated
    },
  });
  return files.sort((a, b) => b.packed - a.packed);
}

function main(path) {
  const vsix = readFileSync(path);
  const kb = (bytes) => `${(bytes / 1024).toFixed(0).padStart(6)} KB`;
  for (const file of packedFiles(vsix)) console.log(`  ${kb(file.packed)}  ${file.name.replace(/^extension\//, '')}`);
  const total = vsix.length / 1024;
  console.log(`VSIX size: ${total.toFixed(0)} KB (budget ${VSIX_BUDGET_KB} KB)`);
  if (total > VSIX_BUDGET_KB) {
    console.error(`${path} is ${total.toFixed(0)} KB, over its budget of ${VSIX_BUDGET_KB} KB`);
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv[2] ?? 'rubric-writer.vsix');
