// One build: validate the rubric data, generate what is made from it, then bundle with esbuild.
//   node scripts/build.mjs [--production]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import YAML from 'yaml';
import { thirdPartyNotices } from './notices.mjs';
import { validatorsSource } from './validators.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
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

const common = {
  absWorkingDir: root,
  outdir: 'dist',
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
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
    { in: 'server/src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
    { in: 'server/src/lsp/main.ts', out: 'server' },
    // Loaded by the CLI only when it imports a PDF or a Word document.
    { in: 'server/src/node/pdfReader.ts', out: 'pdf-reader' },
    { in: 'server/src/node/wordReader.ts', out: 'word-reader' },
    // Loaded by the CLI and the server when a submission first links a local file.
    { in: 'server/src/node/evidenceReader.ts', out: 'media-reader' },
    { in: 'client/src/extension.ts', out: 'extension', external: ['vscode'] },
  ].filter((entry) => existsSync(join(root, entry.in)));
  const webEntries = [
    // The client runs in the web extension host, which loads it as CommonJS and supplies `vscode`.
    { in: 'client/src/web/extension.ts', out: 'web/extension', format: 'cjs', external: ['vscode'] },
    // The server is a web worker's script.
    { in: 'server/src/web/main.ts', out: 'web/server', format: 'iife' },
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
      }),
    ),
    ...webEntries.map((entry) =>
      build({
        ...common,
        entryPoints: { [entry.out]: entry.in },
        platform: 'browser',
        format: entry.format,
        target: 'es2022',
        external: entry.external ?? [],
        mainFields: ['browser', 'module', 'main'],
        // Both run in web workers, which have no DOM (a package's `browser` build may expect one).
        conditions: ['worker'],
        plugins: [noNodeBuiltins],
      }),
    ),
  ]);
  entries.push(...webEntries);
  writeIfChanged(
    join(root, 'dist/THIRD-PARTY-NOTICES.txt'),
    thirdPartyNotices(
      root,
      results.map((result) => result.metafile),
    ),
  );
  console.log(`built ${entries.map((e) => `dist/${e.out}.js`).join(', ')} with ${rubrics.length} rubrics`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
