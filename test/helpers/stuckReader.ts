/**
 * A copy of the built CLI and server whose media reader never returns on a file whose name says
 * "damaged", as mediabunny once looped for ever on damaged recordings, and reads every other file
 * with the real reader (run `npm run build` first).
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** The copy's dist folder, made in `folder`. */
export function distWithStuckReader(folder: string): string {
  const dist = join(folder, 'dist');
  mkdirSync(dist);
  for (const file of readdirSync(join(ROOT, 'dist')))
    if (file.endsWith('.js') && file !== 'media-reader.js') copyFileSync(join(ROOT, 'dist', file), join(dist, file));
  writeFileSync(
    join(dist, 'media-reader.js'),
    `const real = require(${JSON.stringify(join(ROOT, 'dist/media-reader.js'))});\n` +
      'module.exports = { ...real, readEvidence(source, name) {\n' +
      '  if (/damaged/.test(name)) for (;;);\n' +
      '  return real.readEvidence(source, name);\n' +
      '} };\n',
  );
  return dist;
}
