/**
 * A copy of the built CLI and server whose media reader never returns on a file whose name says
 * "damaged", as mediabunny once looped for ever on damaged recordings, and reads every other file
 * with the real reader; its Word and PDF readers never return on any document (run `npm run build` first).
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const STUCK = ['media-reader.js', 'word.js', 'pdf-reader.js'];

/** The copy's dist folder, made in `folder`. */
export function distWithStuckReader(folder: string): string {
  const dist = join(folder, 'dist');
  mkdirSync(dist);
  for (const file of readdirSync(join(ROOT, 'dist')))
    if (file.endsWith('.js') && !STUCK.includes(file)) copyFileSync(join(ROOT, 'dist', file), join(dist, file));
  const real = (file: string) => `const real = require(${JSON.stringify(join(ROOT, 'dist', file))});\n`;
  writeFileSync(
    join(dist, 'word.js'),
    `${real('word.js')}const loop = () => { for (;;); };\n` +
      'module.exports = { ...real, importWordDocument: loop, wordToHtml: loop };\n',
  );
  writeFileSync(join(dist, 'pdf-reader.js'), 'exports.pdfRequirementText = () => { for (;;); };\n');
  writeFileSync(
    join(dist, 'media-reader.js'),
    `${real('media-reader.js')}module.exports = { ...real, readEvidence(source, name) {\n` +
      '  if (/damaged/.test(name)) for (;;);\n' +
      '  return real.readEvidence(source, name);\n' +
      '} };\n',
  );
  return dist;
}
