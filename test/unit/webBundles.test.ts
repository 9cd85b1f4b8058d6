import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const WEB_BUNDLES = ['dist/extension.js', 'dist/server-main.js'];
test('the extension has one bundle for the desktop and the browser, and works in virtual workspaces', () => {
  assert.equal(manifest.main, './dist/extension.js');
  assert.equal(manifest.browser, './dist/extension.js');
  assert.equal(manifest.capabilities.virtualWorkspaces, true);
  const packaged = readFileSync(join(root, '.vscodeignore'), 'utf8');
  for (const bundle of WEB_BUNDLES) assert.match(packaged, new RegExp(`^!${bundle}$`, 'm'), `${bundle} is packaged`);
});

test('the server bundle, run as a web worker runs it, starts the worker server and loads no Node built-in', () => {
  // One bundle for both hosts (server/src/serverMain.ts): its Node half must stay unevaluated in a worker.
  const asked: string[] = [];
  const worker: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    TextEncoder,
    TextDecoder,
    importScripts: () => undefined,
    addEventListener: () => undefined,
    postMessage: () => undefined,
    require: (name: string) => {
      asked.push(name);
      throw new Error(`Cannot load module '${name}'`);
    },
  };
  worker.self = worker;
  runInContext(readFileSync(join(root, 'dist/server-main.js'), 'utf8'), createContext(worker));
  assert.deepEqual(asked, [], 'a worker has no require: the Node transport and its built-ins are loaded on Node only');
  assert.equal(typeof worker.onmessage, 'function', "the server listens to the worker's messages");
});

/** Any API at all: each property, call or construction gives the same stand-in (which is no promise). */
function anything(): unknown {
  const stub: unknown = new Proxy(function stub() {}, {
    get: (_, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : stub),
    apply: () => stub,
    construct: () => stub as object,
  });
  return stub;
}

test('the client activates as the web extension host runs it (no process, require knows vscode only)', async () => {
  const asked: string[] = [];
  const module = { exports: {} as { activate?: (context: unknown) => Promise<unknown> } };
  const host = createContext({
    module,
    exports: module.exports,
    console: { ...console, log: () => undefined, error: () => undefined },
    setTimeout,
    clearTimeout,
    TextEncoder,
    TextDecoder,
    require: (name: string) => {
      asked.push(name);
      if (name !== 'vscode') throw new Error(`Cannot load module '${name}'`);
      return anything();
    },
  });
  runInContext(readFileSync(join(root, 'dist/extension.js'), 'utf8'), host, { filename: 'dist/extension.js' });
  // The stand-in editor cannot start a worker: activation goes as far as it can; what it loads is the point.
  await Promise.race([
    Promise.resolve(module.exports.activate?.(anything())).catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, 200)),
  ]);
  assert.ok(asked.includes('vscode'), 'the web entry was activated');
  assert.deepEqual(
    asked.filter((name) => name !== 'vscode'),
    [],
    'the Node language client and its built-ins are loaded on Node only',
  );
});

test('the build fails, naming the importer, when a web bundle would import a Node built-in', async () => {
  const { noNodeBuiltins } = await import('../../scripts/build.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'rw-web-build-'));
  writeFileSync(join(dir, 'entry.js'), "import { readFileSync } from 'node:fs';\nreadFileSync('x');\n");
  await assert.rejects(
    build({
      entryPoints: [join(dir, 'entry.js')],
      bundle: true,
      write: false,
      platform: 'browser',
      logLevel: 'silent',
      plugins: [noNodeBuiltins],
    }),
    /may not import the Node built-in "node:fs" \(from .*entry\.js\)/,
  );
});

test('the PDF reader, run as a web worker runs it, reads requirements as on Node and takes no message', async () => {
  const bytes = readFileSync(join(root, 'test/fixtures/requirements/pdf-browser-print.pdf'));
  const posted: unknown[] = [];
  const listened: string[] = [];
  const worker: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    queueMicrotask,
    structuredClone,
    AbortController,
    URL,
    TextEncoder,
    TextDecoder,
    postMessage: (message: unknown) => posted.push(message),
    addEventListener: (type: string) => listened.push(type),
    onmessage: null,
  };
  worker.self = worker;
  runInContext(readFileSync(join(root, 'dist/pdf-reader.js'), 'utf8'), createContext(worker));
  type PdfReader = { pdfRequirementText(data: Uint8Array): Promise<{ text: string }> };
  const inWorker = worker.rubricWriterPdfReader as PdfReader;
  const read = await inWorker.pdfRequirementText(new Uint8Array(bytes));
  const onNode = await require(join(root, 'dist/pdf-reader.js')).pdfRequirementText(new Uint8Array(bytes));
  assert.match(read.text, /Part 1/, 'the requirements are read');
  assert.equal(read.text, onNode.text);
  assert.deepEqual(posted, [], "pdf.js's worker sends the language server's client nothing");
  assert.deepEqual(listened, [], "pdf.js's worker listens to none of the language server's messages");
});
