// markdownlint over many files in one Node process, for the benchmark's throughput line:
//   node bench/markdownlintFiles.mjs DIR
// Lints every *.md file in DIR with markdownlint's sync library API, `lint({ files })` (markdownlint
// reads the files itself), default config, and prints {"files": N, "issues": M} as JSON.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/markdownlintFiles.mjs DIR');
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => join(dir, name));
const results = lint({ files });
let issues = 0;
for (const file of files) issues += results[file]?.length ?? 0;
console.log(JSON.stringify({ files: files.length, issues }));
