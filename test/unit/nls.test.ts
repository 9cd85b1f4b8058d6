/**
 * The extension's own text (commands, the checklist view, settings, the walkthrough) in English
 * and Spanish: every `%key%` of package.json is in both catalogues, and the Spanish one is Spanish.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const read = (name: string) => readFileSync(join(root, name), 'utf8');
const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
const english: Record<string, string> = JSON.parse(read('package.nls.json'));
const spanish: Record<string, string> = JSON.parse(read('package.nls.es.json'));
/** Names that stay as they are in every language. */
const NAMES = new Set(['Rubric Writer']);

test('every text package.json names by key is in the English and the Spanish catalogue', () => {
  assert.ok(keys.length >= 20, 'the commands, view, settings and walkthrough are all named by key');
  for (const key of keys) {
    assert.ok(english[key], `${key} in package.nls.json`);
    assert.ok(spanish[key], `${key} in package.nls.es.json`);
  }
  assert.deepEqual(Object.keys(spanish).sort(), Object.keys(english).sort(), 'the same keys, none left over');
});

test('no command, setting or walkthrough text is left in English in the Spanish catalogue', () => {
  for (const [key, text] of Object.entries(spanish)) {
    if (NAMES.has(text)) continue;
    assert.notEqual(text, english[key], `${key} is translated`);
    const prose = text.replace(/`[^`]*`|\([^)]*\)|\*\*[^*]*\*\*|"[^"]*"/g, ' ');
    assert.doesNotMatch(prose, /\b(?:the|and|your|with|when|submission|section)\b/i, `${key}: ${text}`);
  }
});

test('a command link in a text still names its command in Spanish', () => {
  for (const [key, text] of Object.entries(english))
    for (const link of text.matchAll(/\(command:[\w.]+\)/g))
      assert.ok(spanish[key].includes(link[0]), `${key} keeps ${link[0]}`);
});
