import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const core = join(__dirname, '../../server/src/core');
const ALLOWED_PACKAGES = [
  'unified$',
  'remark-',
  'micromark-extension-gfm-',
  'micromark-util-combine-extensions$',
  'mdast-util-gfm-',
  'mdast-util-to-string$',
  'mdast-util-to-markdown$',
  'yaml$',
  'ajv$',
  'mdast$',
  'docx$',
  'image-size$',
  'picomatch$',
  'mammoth$',
  // mammoth's own table of symbol fonts' characters (Symbol, Wingdings), read for text LibreOffice writes in them.
  'dingbat-to-unicode$',
  'jszip$',
  'fflate$',
  'exifr$',
  'rehype-',
  'hast$',
  'hast-util-to-mdast$',
  // Pure JavaScript, reading containers from bytes it is given (the platform reads the files).
  'mediabunny$',
];
const ALLOWED = new RegExp(`^(\\.{1,2}/|${ALLOWED_PACKAGES.join('|')})`);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

test('the core imports no editor, file system or Node-only module and uses no process globals', () => {
  for (const file of files(core)) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/from '([^']+)'/g))
      assert.match(match[1], ALLOWED, `${file} imports ${match[1]}`);
    assert.doesNotMatch(source, /\b(process|require|__dirname|Buffer)\b[.(]/, file);
  }
});

const STAGES = ['messages', 'text', 'document', 'rubric', 'check', 'intake', 'render'];

test('core stages import one way (messages → text → … → render), each through its index', () => {
  for (const file of files(core)) {
    const own = file.slice(core.length + 1).split('/');
    if (own.length < 2) continue;
    const stage = STAGES.indexOf(own[0]);
    assert.ok(stage >= 0, `${file} is in no stage folder`);
    for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const path = join(file, '..', match[1]);
      if (!path.startsWith(`${core}/`)) continue; // the schema and the generated rubric data
      const target = path.slice(core.length + 1).split('/');
      const other = STAGES.indexOf(target[0]);
      if (other === stage) continue;
      assert.ok(
        other >= 0 && other < stage,
        `${file} imports ${match[1]}: stage ${own[0]} may not import ${target[0]}`,
      );
      assert.equal(target.length, 1, `${file} imports ${match[1]}: another stage is imported through its index only`);
    }
  }
});

const SRC = join(__dirname, '../..');
const SERVER = join(SRC, 'server/src');
const CLIENT = join(SRC, 'client/src');

/** Each source file's imports of other source files (type-only ones too: they bind the files as well). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of [...files(SERVER), ...files(CLIENT)]) {
    const targets: string[] = [];
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const base = join(file, '..', match[1]);
      const target = [`${base}.ts`, join(base, 'index.ts'), base].find((path) => statOrNull(path)?.isFile());
      if (target) targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

const statOrNull = (path: string) => {
  try {
    return statSync(path);
  } catch {
    return null;
  }
};

/** A circle of imports, as the files in order, or null when the graph has none. */
function findCircle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const circle = visit(next);
      if (circle) return circle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const circle = visit(node);
    if (circle) return circle;
  }
  return null;
}

const relativeName = (file: string) => file.slice(SRC.length + 1);

test('no circle of imports in server/src or client/src', () => {
  const circle = findCircle(importGraph());
  assert.equal(circle, null, `a circle: ${circle?.map(relativeName).join(' → ')}`);
});

/** The folders each folder may import, as the README's "How it is built" states them. */
const FOLDER_RULES: Record<string, string[]> = {
  'server/src/node': ['server/src/core'],
  'server/src/lsp': ['server/src/core'],
  'server/src/web': ['server/src/lsp', 'server/src/core'],
  'server/src/cli': ['server/src/core', 'server/src/node'],
  'client/src': ['server/src/lsp/protocol.ts', 'server/src/lsp/uriScope.ts', 'server/src/core/text'],
};
/** The server's Node entry and its platform alone reach the disk, through node/. */
const EXCEPTIONS: Record<string, string[]> = {
  'server/src/lsp/main.ts': ['server/src/node'],
  'server/src/lsp/entry.ts': ['server/src/node'],
  'server/src/lsp/nodePlatform.ts': ['server/src/node'],
};

test('each folder imports only the folders the README says it does', () => {
  for (const [file, targets] of importGraph()) {
    const name = relativeName(file);
    const folder = Object.keys(FOLDER_RULES).find((f) => name.startsWith(`${f}/`));
    if (!folder) continue;
    const allowed = [folder, ...FOLDER_RULES[folder], ...(EXCEPTIONS[name] ?? [])];
    for (const target of targets.map(relativeName)) {
      if (target.startsWith('server/src/generated/')) continue;
      assert.ok(
        allowed.some((prefix) => target === prefix || target.startsWith(`${prefix}/`)),
        `${name} imports ${target}: ${folder}/ may import only ${allowed.join(', ')}`,
      );
    }
  }
});
