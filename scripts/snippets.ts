// Writes snippets/markdown.code-snippets from the built-in rubrics; with --check, only verifies it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_RUBRICS, snippetsFileText } from '../server/src/core';

const file = join(__dirname, '../snippets/markdown.code-snippets');
const wanted = snippetsFileText(BUILTIN_RUBRICS);
const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
if (current !== wanted) {
  if (process.argv.includes('--check')) {
    console.error('snippets/markdown.code-snippets is out of date with rubrics/: run `npm run build` and commit it.');
    process.exit(1);
  }
  writeFileSync(file, wanted);
  console.log('wrote snippets/markdown.code-snippets');
}
