/**
 * `npm run lint`'s second half: no source line over 120 columns. Biome wraps code to that width
 * but leaves a long string or comment as it is, so this catches those.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const FOLDERS = ['server/src', 'client/src', 'test', 'bench', 'scripts'];
const SKIP = new Set(['node_modules', 'generated', 'fixtures', 'schemas']);
const SOURCE = /\.(?:ts|mts|cts|mjs|cjs|js)$/;
const LIMIT = 120;

function* sources(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (SOURCE.test(entry.name)) yield path;
  }
}

const long = [];
for (const folder of FOLDERS)
  for (const file of sources(join(ROOT, folder)))
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if ([...line].length > LIMIT) long.push(`${relative(ROOT, file)}:${i + 1}: ${[...line].length} columns`);
      });
for (const line of long) console.error(line);
if (long.length > 0) {
  console.error(`${long.length} line(s) over ${LIMIT} columns`);
  process.exit(1);
}
