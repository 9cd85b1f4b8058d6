/**
 * The start-up bundles are ASCII, so their first file reads them as one byte a character: the
 * build's escapes in regular expression literals mean what was written, and a bundle that is not
 * ASCII is still read as UTF-8.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withAsciiRegExps } from '../../scripts/asciiRegExps.mjs';
import { runBundle } from '../../server/src/node/codeCache';

const SOURCE = [
  '// a comment with – stays',
  'const dash = /^[ \\t]*(?:[-–—:,][ \\t]*)?/;',
  'const vowel = /[aeiouáéíóú]$/i;',
  "const escaped = /o[\\'’]clock\\é/;",
  'const astral = /[😀a]/u;',
  "const words = 'línea – “quoted”';",
  'const template = `–${1}`;',
  'export const all = { dash, vowel, escaped, astral, words, template };',
].join('\n');

const SAMPLES = ['- a', '– a', '—:b', 'canción', 'cancion', 'menú', "o'clock", 'o’clocké', '😀', 'a', 'b', ''];

test('regular expression literals are written in ASCII and match what they matched before', () => {
  const rewritten = withAsciiRegExps(SOURCE);
  assert.ok(rewritten !== null);
  const lines = rewritten.split('\n');
  for (const line of lines.filter((l) => l.includes('= /'))) assert.doesNotMatch(line, /[^\x00-\x7f]/, line);
  // Comments, strings and templates are left as written (esbuild writes those in ASCII itself).
  assert.equal(lines[0], '// a comment with – stays');
  assert.ok(lines.includes("const words = 'línea – “quoted”';"));
  assert.ok(lines.includes('const template = `–${1}`;'));
  const before = evaluate(SOURCE);
  const after = evaluate(rewritten);
  for (const name of ['dash', 'vowel', 'escaped', 'astral'] as const)
    for (const sample of SAMPLES)
      assert.deepEqual(after[name].exec(sample), before[name].exec(sample), `${name} on ${sample}`);
});

test('a source whose expressions are ASCII is left alone', () => {
  assert.equal(withAsciiRegExps("const a = /x/; // é\nconst b = 'é';"), null);
  assert.equal(withAsciiRegExps('const a = /x/;'), null);
});

test('a bundle is read as UTF-8 when it is not ASCII, and the same when it is', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rw-ascii-'));
  try {
    const wide = join(folder, 'wide.js');
    writeFileSync(wide, 'module.exports = { text: "línea – 😀", pattern: /[–—]/.source };');
    assert.deepEqual(
      runBundle(wide, null, () => {}),
      { text: 'línea – 😀', pattern: '[–—]' },
    );
    const narrow = join(folder, 'narrow.js');
    writeFileSync(narrow, 'module.exports = { text: "l\\u00ednea", pattern: /[\\u2013]/.test("–") };');
    assert.deepEqual(
      runBundle(narrow, null, () => {}),
      { text: 'línea', pattern: true },
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

function evaluate(source: string): Record<'dash' | 'vowel' | 'escaped' | 'astral', RegExp> {
  return new Function(`${source.replace('export const all =', 'return')}`)();
}
