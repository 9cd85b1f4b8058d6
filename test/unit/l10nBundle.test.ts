/**
 * The client's own words at run time (messages, pickers, the status bar, the checklist) in English
 * and Spanish: l10n/bundle.l10n.json is what `npm run l10n` extracts from client/src now, and every
 * string of it is in l10n/bundle.l10n.es.json, in Spanish, with the same `{n}` placeholders.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import { getL10nJson } from '@vscode/l10n-dev';
import ts from 'typescript';
import { checklistItems, languageStatus, readinessText, statusBarText } from '../../client/src/format';
import { sectionsResult } from '../../server/src/lsp/requests';
import { check } from './helpers';
import { literalText } from '../helpers/literalText';

const root = join(__dirname, '../..');
const read = (name: string) => readFileSync(join(root, name), 'utf8');
const english: Record<string, string> = JSON.parse(read('l10n/bundle.l10n.json'));
const spanish: Record<string, string> = JSON.parse(read('l10n/bundle.l10n.es.json'));

const clientSources = (folder = 'client/src'): string[] =>
  readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? clientSources(`${folder}/${entry.name}`)
      : entry.name.endsWith('.ts')
        ? [`${folder}/${entry.name}`]
        : [],
  );

/** Strings with no word to translate, the same in both languages. */
const SAME_IN_BOTH = new Set(['{0}: {1}', 'Rubric Writer: {0}', '{0} — {1}, {2}', '{0}: {1} ({2}, {3})', '{0} error']);
const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

test('l10n/bundle.l10n.json is what `npm run l10n` extracts from the client now', async () => {
  const files = clientSources().map((path) => ({ extension: '.ts', contents: read(path) }));
  const extracted = await getL10nJson(files);
  assert.deepEqual(Object.keys(english).sort(), Object.keys(extracted).sort(), 'run `npm run l10n`');
  for (const [key, text] of Object.entries(english)) assert.equal(text, key, 'English is the key itself');
});

test('every l10n.t call starts with a plain string, so the extractor sees it (a concatenation it skips)', () => {
  const literal = /\bl10n\.t\(\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*[,)]/g;
  for (const path of clientSources()) {
    const source = read(path);
    const calls = source.match(/\bl10n\.t\(/g)?.length ?? 0;
    assert.equal(source.match(literal)?.length ?? 0, calls, `${path}: every l10n.t( has one string literal first`);
  }
  assert.ok(Object.keys(english).length >= 90, 'the messages, pickers, status texts and checklist labels');
});

test('every English string has its Spanish one, with the same {n} placeholders', () => {
  assert.deepEqual(Object.keys(spanish).sort(), Object.keys(english).sort(), 'the same strings, none left over');
  for (const key of Object.keys(english)) {
    assert.ok(spanish[key]?.trim(), `"${key}" in bundle.l10n.es.json`);
    assert.deepEqual(placeholders(spanish[key]), placeholders(key), `"${key}" keeps its placeholders`);
    assert.deepEqual(spanish[key].match(/`[^`]*`/g), key.match(/`[^`]*`/g), `"${key}" keeps its code as it is`);
  }
});

test('no client string is left in English in the Spanish bundle', () => {
  for (const [key, text] of Object.entries(spanish)) {
    if (SAME_IN_BOTH.has(key)) continue;
    assert.notEqual(text, key, `"${key}" is translated`);
    const prose = text.replace(/`[^`]*`|\([^)]*\)|"[^"]*"|Rubric Writer/g, ' ');
    assert.doesNotMatch(prose, /\b(?:[Tt]he|and|your|with|of|words?|sections?|missing|submission)\b/, text);
  }
});

test('in Spanish, the status bar, the language status and the checklist speak Spanish', () => {
  const table = sectionsResult('file:///problems.md', 1, check(read('examples/problems.md')));
  const part1 = table.sections.find((s) => s.id === 'part-1')!;
  const english = { bar: statusBarText(part1), status: languageStatus(table).text, ready: readinessText(table) };
  assert.deepEqual(english, {
    bar: 'Part 1: 238 / 350–450 words',
    status: english.status,
    ready: '0 of 6 sections ready',
  });
  l10n.config({ contents: spanish });
  assert.equal(statusBarText(part1), 'Part 1: 238 / 350–450 palabras');
  assert.equal(readinessText(table), '0 de 6 secciones listas');
  assert.match(languageStatus(table).text, /^Rúbrica: \d+\/\d+ secciones/);
  assert.doesNotMatch(languageStatus(table).text, /over limit|under minimum|empty/);
  const missing = checklistItems(table)
    .flatMap((item) => [item, ...item.children])
    .find((item) => item.description === 'falta');
  assert.ok(missing, 'a missing section says "falta"');
});

/**
 * Prose in client/src that is not passed to `l10n.t`, with why it stays English: the product's name,
 * lines of the output channel's log (read in bug reports), the web worker's name (seen only in
 * the browser's developer tools) and the answer to a bundle request naming no bundle (only the
 * server reads it; it never asks for one).
 */
const NOT_FOR_THE_WRITER = new Set([
  'Rubric Writer',
  'stopped after {} rubric files',
  'Rubric Writer language server',
  'no bundle is named {}',
]);

/** Every string or template literal of a client source with two words in a row (prose, not an id or a glob). */
function proseLiterals(path: string): { line: number; text: string; inL10n: boolean }[] {
  const source = ts.createSourceFile(path, read(path), ts.ScriptTarget.ES2022, true);
  const found: { line: number; text: string; inL10n: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== null && /[A-Za-z]{2,} [A-Za-z]{2,}/.test(text)) {
      const call = ts.isCallExpression(node.parent) ? node.parent : null;
      const inL10n = !!call && /^(?:vscode\.)?l10n\.t$/.test(call.expression.getText(source));
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text, inL10n });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('every sentence the client shows goes through l10n.t, so it is in the Spanish bundle', () => {
  const prose = clientSources().flatMap((path) => proseLiterals(path).map((p) => ({ ...p, path })));
  assert.ok(prose.filter((p) => p.inL10n).length >= 60, 'the scan sees the translated sentences');
  const english = prose.filter((p) => !p.inL10n && !NOT_FOR_THE_WRITER.has(p.text));
  assert.deepEqual(
    english.map((p) => `${p.path}:${p.line} ${JSON.stringify(p.text)}`),
    [],
    'pass these to l10n.t (and run `npm run l10n`)',
  );
});
