// One build: validate the rubric data, generate what is made from it, then bundle with esbuild.
//   node scripts/build.mjs [--debug]
// RUBRIC_WRITER_METAFILES=<folder> writes each bundle's esbuild metafile there (what it holds, by input).
// The bundles are minified and tree-shaken, with their source maps beside them (dist/*.js.map);
// --debug writes them unminified instead, for reading and stepping through.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import YAML from 'yaml';
import { thirdPartyNotices } from './notices.mjs';
import { hostMains } from './hostMains.mjs';
import { asciiRegExps, NON_ASCII } from './asciiRegExps.mjs';
import { lazyBuiltins } from './lazyBuiltins.mjs';
import { plainReexports } from './plainReexports.mjs';
import { lazyEntities } from './lazyEntities.mjs';
import { mammothReadOnly } from './mammothReadOnly.mjs';
import { caretVersions } from './caretVersions.mjs';
import { pdfTextOnly } from './pdfTextOnly.mjs';
import { sharedFromHost } from './sharedFromHost.mjs';
import { validatorsSource } from './validators.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const debug = process.argv.includes('--debug');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = manifest.version;
const repositoryUrl = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

// Seed order first (the order writers see in pickers), then any others by name.
const ORDER = [
  'engaging-stakeholders',
  'working-together-for-student-success',
  'stakeholder-participation',
  'stakeholder-relationships',
  'district-stakeholder-engagement',
];

export function loadBuiltinRubrics() {
  const schema = JSON.parse(readFileSync(join(root, 'schemas/rubric.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const files = readdirSync(join(root, 'rubrics')).filter((f) => f.endsWith('.yaml'));
  const rubrics = [];
  const problems = [];
  for (const file of files) {
    const data = YAML.parse(readFileSync(join(root, 'rubrics', file), 'utf8'));
    if (!validate(data)) {
      for (const error of validate.errors)
        problems.push(`rubrics/${file}: ${error.instancePath || '/'} ${error.message}`);
      continue;
    }
    if (`${data.id}.yaml` !== file) problems.push(`rubrics/${file}: id "${data.id}" does not match the file name`);
    const ids = new Set();
    const visit = (sections) =>
      sections.forEach((s) => {
        if (ids.has(s.id)) problems.push(`rubrics/${file}: section id "${s.id}" is used twice`);
        ids.add(s.id);
        if (s.sections) visit(s.sections);
      });
    visit(data.sections);
    rubrics.push(data);
  }
  if (problems.length > 0) throw new Error(`Invalid rubric data:\n${problems.join('\n')}`);
  const rank = (id) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  return rubrics.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

function writeIfChanged(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  writeFileSync(path, text);
}

/**
 * Bundles loaded on first use, each a file of its own beside dist/cli.js and dist/server.js, so a
 * start-up neither reads nor compiles them (server/src/node/lazyBundles.ts requires them by name).
 * `web`: built once for Node and the web worker alike (server/src/web/bundles.ts loads them), so
 * the VSIX carries each once. `pdfjs`: built from pdf.js's core, text only (scripts/pdfTextOnly.mjs);
 * `readsWord`: mammoth without its XML writer (scripts/mammothReadOnly.mjs).
 */
export const LAZY_BUNDLES = [
  { in: 'server/src/node/pdfReader.ts', out: 'pdf-reader', web: true, pdfjs: true },
  // The Word reader and the export writers: one bundle, as they share most of their code (server/src/node/word.ts).
  { in: 'server/src/node/word.ts', out: 'word', web: true, readsWord: true },
  // Loaded by the CLI and the server when a submission first links a local file.
  { in: 'server/src/node/mediaReader.ts', out: 'media-reader', web: true },
  // On Node, the thread that reads linked files, Word drafts and requirement files within a time limit,
  // loading the media, Word and PDF readers above (server/src/node/readerThread.ts).
  { in: 'server/src/node/readerWorker.ts', out: 'reader-worker' },
  // The requirement reader, at the first import of requirements; it takes the message catalogues from its host.
  { in: 'server/src/node/requirementImporter.ts', out: 'importer', web: true, shares: true },
];

/** The global a web bundle sets when a worker runs it (media-reader: rubricWriterMediaReader). */
export const bundleGlobal = (out) => `rubricWriter${out.replace(/(?:^|-)(\w)/g, (_, c) => c.toUpperCase())}`;

/**
 * The most each start-up bundle may weigh, minified, in KB: what every editor start, every
 * `rubric-writer` run and every web worker reads and compiles before it answers. Set a little
 * above their size when the lazy bundles were split off; a bundle that grows past its budget
 * fails the build (move what it gained into a lazy bundle, or raise the budget knowingly).
 * The web worker loads the same lazy bundles as Node, through its client (server/src/web/bundles.ts).
 * The client is one bundle for both extension hosts (client/src/main.ts): it carries both language clients.
 * The message catalogues (English and Spanish: every message, view, report and CLI line) raised the
 * server's, the CLI's and the web worker's by about 60 KB each: a first check shows their messages.
 * The last strings (commander's errors, the importer's notes, the SARIF rules' descriptions) 20 KB more;
 * the importer's new shapes (levels ranked, nested tables, Section/Component/Step) 10 KB more;
 * scored levels, outline-numbered headings, a page's closing furniture and limits for several Parts 5 KB more;
 * the evidence readers' and the importer's new notes (recording lengths, names on tracked changes) 5 KB more.
 * The requirement reader grew in them to about 55 KB of each, then became a bundle of its own
 * (dist/importer.js, which takes the catalogues from its host): the budgets came down with it.
 * The prose reader (core/document/proseMarkdown.ts), which spares most texts micromark, 10 KB more.
 */
export const START_UP_BUDGETS_KB = {
  cli: 8,
  'cli-main': 640,
  server: 8,
  'server-main': 760,
  extension: 420,
};

const common = {
  absWorkingDir: root,
  outdir: 'dist',
  bundle: true,
  minify: !debug,
  // Beside the bundle, not inside it: a start-up does not read them; an error's stack can be mapped with them.
  sourcemap: 'linked',
  // Licenses go in one notices file, written from the metafiles below.
  legalComments: 'none',
  metafile: true,
  define: { __VERSION__: JSON.stringify(version), __REPOSITORY_URL__: JSON.stringify(repositoryUrl) },
  logLevel: 'warning',
};

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** The web bundles run where Node is not: any import of a Node built-in fails the build, naming who imports it. */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(plugin) {
    plugin.onResolve({ filter: /^[a-z:_/]+$/ }, (args) => {
      if (!NODE_BUILTINS.has(args.path)) return undefined;
      return {
        errors: [{ text: `the web bundle may not import the Node built-in "${args.path}" (from ${args.importer})` }],
      };
    });
  },
};

async function main() {
  const rubrics = loadBuiltinRubrics();
  writeIfChanged(join(root, 'server/src/generated/rubrics.json'), `${JSON.stringify(rubrics, null, 2)}\n`);
  writeIfChanged(join(root, 'server/src/generated/validators.ts'), validatorsSource(root));
  // Snippets are committed; CI only checks that they still match the rubrics.
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/snippets.ts', ...(process.env.CI ? ['--check'] : [])], {
    cwd: root,
    stdio: 'inherit',
  });

  const entries = [
    // cli.js and server.js are small first files that run cli-main.js and server-main.js through V8's code cache.
    { in: 'server/src/cli/entry.ts', out: 'cli', banner: '#!/usr/bin/env node' },
    { in: 'server/src/cli/main.ts', out: 'cli-main' },
    { in: 'server/src/lsp/entry.ts', out: 'server' },
    ...LAZY_BUNDLES.filter((bundle) => !bundle.web),
  ].filter((entry) => existsSync(join(root, entry.in)));
  const webEntries = [
    // The client, for both extension hosts (client/src/main.ts): the web one loads it as CommonJS and
    // supplies `vscode` only, so what needs Node (the Node language client) is loaded on Node only.
    // @vscode/l10n's Node build loads fs as it starts; the client gives it text, as its browser build takes.
    {
      in: 'client/src/main.ts',
      out: 'extension',
      format: 'cjs',
      platform: 'node',
      external: ['vscode'],
      alias: { '@vscode/l10n': '@vscode/l10n/dist/browser.js' },
      plugins: [hostMains, caretVersions],
    },
    // The server for both hosts (server/src/serverMain.ts): Node runs it through dist/server.js, and
    // the web worker is started from it. Resolved as for the web, but with each package's Node main
    // (the language server's Node transport) and Node's built-ins left to Node's require: the Node
    // half is evaluated on Node only (test/unit/webBundles.test.ts runs it as a worker does). The
    // language server packages' re-exports are plain copies, not getters (scripts/plainReexports.mjs).
    {
      in: 'server/src/serverMain.ts',
      out: 'server-main',
      format: 'iife',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      external: [...NODE_BUILTINS],
      plugins: [hostMains, lazyBuiltins, plainReexports, lazyEntities],
    },
    // A worker's importScripts sets the global; Node's require gets module.exports.
    ...LAZY_BUNDLES.filter((bundle) => bundle.web).map(({ shares, pdfjs, readsWord, ...bundle }) => ({
      ...bundle,
      plugins: [
        noNodeBuiltins,
        ...(shares ? [sharedFromHost] : []),
        ...(pdfjs ? [pdfTextOnly] : []),
        ...(readsWord ? [mammothReadOnly] : []),
      ],
      format: 'iife',
      globalName: bundleGlobal(bundle.out),
      footer: `typeof module==="object"&&(module.exports=${bundleGlobal(bundle.out)});`,
    })),
  ].filter((entry) => existsSync(join(root, entry.in)));
  const results = await Promise.all([
    ...entries.map((entry) =>
      build({
        ...common,
        entryPoints: { [entry.out]: entry.in },
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        external: entry.external ?? [],
        // Some ESM dependencies read import.meta.url, which a CommonJS bundle must supply.
        banner: {
          js:
            `${entry.banner ? `${entry.banner}\n` : ''}const __importMetaUrl = ` +
            `require('url').pathToFileURL(__filename).href;`,
        },
        define: { ...common.define, 'import.meta.url': '__importMetaUrl' },
        plugins: [pdfTextOnly, asciiRegExps, lazyEntities],
      }),
    ),
    ...webEntries.map((entry) =>
      build({
        ...common,
        entryPoints: { [entry.out]: entry.in },
        platform: entry.platform ?? 'browser',
        format: entry.format,
        globalName: entry.globalName,
        alias: entry.alias,
        footer: entry.footer ? { js: entry.footer } : undefined,
        target: 'es2022',
        external: entry.external ?? [],
        mainFields: entry.mainFields ?? ['browser', 'module', 'main'],
        // Both run in web workers, which have no DOM (a package's `browser` build may expect one).
        conditions: ['worker'],
        plugins: [...(entry.plugins ?? [noNodeBuiltins]), asciiRegExps],
      }),
    ),
  ]);
  // The client's and the server's browser halves alone, as web bundles: the build fails if either would
  // import a Node built-in.
  for (const half of ['client/src/web/extension.ts', 'server/src/web/main.ts'])
    await build({
      ...common,
      entryPoints: [half],
      write: false,
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      mainFields: ['browser', 'module', 'main'],
      conditions: ['worker'],
      plugins: [noNodeBuiltins],
    });
  entries.push(...webEntries);
  for (const out of CODE_CACHED) stampBuildDigest(join(root, 'dist', `${out}.js`));
  // What each bundle holds, for esbuild's analyzer (https://esbuild.github.io/analyze/): one metafile a bundle.
  const metafiles = process.env.RUBRIC_WRITER_METAFILES;
  if (metafiles)
    results.forEach((result, i) =>
      writeFileSync(join(metafiles, `${entries[i].out}.json`), JSON.stringify(result.metafile)),
    );
  writeIfChanged(
    join(root, 'dist/THIRD-PARTY-NOTICES.txt'),
    thirdPartyNotices(
      root,
      results.map((result) => result.metafile),
    ),
  );
  console.log(`built with ${rubrics.length} rubrics${debug ? ' (debug: not minified)' : ''}`);
  const over = reportSizes(entries.map((entry) => entry.out));
  if (over.length > 0 && !debug) throw new Error(`over the start-up budget: ${over.join(', ')}`);
  for (const out of ['cli-main', 'server-main']) assertAscii(join(root, 'dist', `${out}.js`));
}

/**
 * A start-up bundle is read as a one-byte string only when all of it is ASCII (codeCache.ts): a
 * character asciiRegExps.mjs did not escape (a tagged template's, a package's expression) fails the build.
 */
function assertAscii(file) {
  const text = readFileSync(file, 'utf8');
  const at = text.search(NON_ASCII);
  if (at !== -1)
    throw new Error(`${file} is not all ASCII: ${JSON.stringify(text.slice(Math.max(0, at - 60), at + 20))}`);
}

/** The bundles run through V8's code cache (server/src/node/codeCache.ts), which keys its cache by their digest. */
const CODE_CACHED = ['cli-main', 'server-main', ...LAZY_BUNDLES.map((bundle) => bundle.out)];

/** Appends the bundle's digest, so a start-up need not hash it to find its code cache. */
function stampBuildDigest(file) {
  const source = readFileSync(file);
  writeFileSync(file, `${source}//# buildDigest=${createHash('sha256').update(source).digest('hex').slice(0, 16)}\n`);
}

/** Prints each bundle's size (and its budget); returns the start-up bundles over their budget. */
function reportSizes(outs) {
  const over = [];
  for (const out of outs) {
    const kb = statSync(join(root, 'dist', `${out}.js`)).size / 1024;
    const budget = START_UP_BUDGETS_KB[out];
    const lazy = LAZY_BUNDLES.some((bundle) => bundle.out === out);
    const note = budget ? ` (start-up, budget ${budget} KB)` : lazy ? ' (loaded on first use)' : '';
    console.log(`  dist/${`${out}.js`.padEnd(18)} ${kb.toFixed(0).padStart(6)} KB${note}`);
    if (budget && kb > budget) over.push(`dist/${out}.js is ${kb.toFixed(0)} KB, its budget ${budget} KB`);
  }
  return over;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
