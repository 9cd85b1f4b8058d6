import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseMarkdown } from '../../server/src/core/document/parse';
import { parseProseMarkdown } from '../../server/src/core/document/proseMarkdown';

/** The read-me of every installed package: Markdown that people, not this project, wrote. */
function installedReadmes(): string[] {
  const folders = readdirSync('node_modules').flatMap((name) =>
    name.startsWith('@') ? readdirSync(join('node_modules', name)).map((sub) => join(name, sub)) : [name],
  );
  return folders
    .map((folder) => ['readme.md', 'README.md'].map((name) => join('node_modules', folder, name)).find(existsSync))
    .filter((file): file is string => file !== undefined);
}

test('over the installed packages’ read-mes, the prose reader gives remark-parse’s tree wherever it gives one', () => {
  const readmes = installedReadmes();
  assert.ok(readmes.length > 100, `found ${readmes.length} read-mes`);
  let read = 0;
  let texts = 0;
  const mismatches: string[] = [];
  for (const file of readmes) {
    const text = readFileSync(file, 'utf8');
    const chunks = text.split(/\n\n/);
    // The whole file, each piece between blank lines, and each two neighbours joined with and without one.
    const variants = [text, ...chunks];
    for (let i = 0; i + 1 < chunks.length; i++)
      variants.push(`${chunks[i]}\n\n${chunks[i + 1]}`, `${chunks[i]}\n${chunks[i + 1]}`);
    for (const variant of variants) {
      texts++;
      const prose = parseProseMarkdown(variant);
      if (!prose) continue;
      read++;
      if (!isDeepStrictEqual(prose, parseMarkdown(variant, true)))
        mismatches.push(`${file}: ${JSON.stringify(variant)}`);
    }
  }
  assert.deepEqual(mismatches.slice(0, 5), []);
  assert.ok(read > texts / 5, `the prose reader read ${read} of ${texts} texts`);
});
