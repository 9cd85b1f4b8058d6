/**
 * `npm run lint`'s size rule: no source file over 350 lines and no function over 80 in server/src,
 * client/src, bench/, test/helpers/ and the e2e stand-in, so each reads in one sitting.
 * Functions are found with the TypeScript parser; a function's lines run from its first to its
 * last, nested functions included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..');
const FOLDERS = ['server/src', 'client/src', 'bench', 'test/helpers', 'test/e2e/standin'];
const FILES = ['test/e2e/code-server-standin.mjs'];
const SKIP = new Set(['node_modules', 'generated', 'fixtures']);
/** Files measured but not yet held to the limits (none: keep it so). */
const NOT_YET = new Set([]);
/**
 * A language's message catalogue is one file by design (adding a language is adding one file): it
 * is data, a key and a sentence a line, so it is held to no length (a catalogue made on first use is
 * that data inside one function).
 */
const CATALOGUES = /^server\/src\/core\/messages\/[a-z]{2}\.ts$/;
const SOURCE = /\.(?:ts|mts|mjs)$/;
const MAX_FILE_LINES = 350;
const MAX_FUNCTION_LINES = 80;

function* sources(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

function functionsOver(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const lineOf = (pos) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const from = lineOf(node.getStart(source));
      const lines = lineOf(node.end) - from + 1;
      if (lines > MAX_FUNCTION_LINES) found.push({ from, lines, name: nameOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function nameOf(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

const problems = [];
for (const file of [
  ...FOLDERS.flatMap((folder) => [...sources(join(ROOT, folder))]),
  ...FILES.map((f) => join(ROOT, f)),
]) {
  const name = relative(ROOT, file);
  if (NOT_YET.has(name)) continue;
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_FILE_LINES && !CATALOGUES.test(name))
    problems.push(`${name}: ${lines} lines (at most ${MAX_FILE_LINES})`);
  for (const f of CATALOGUES.test(name) ? [] : functionsOver(file, text))
    problems.push(`${name}:${f.from}: ${f.name} is ${f.lines} lines (at most ${MAX_FUNCTION_LINES})`);
}
for (const line of problems) console.error(line);
if (problems.length > 0) {
  console.error(`${problems.length} file(s) or function(s) too long: split them`);
  process.exit(1);
}
