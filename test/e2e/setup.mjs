#!/usr/bin/env node
// Installs what the real-VS Code tests need, idempotently, with every cache inside the project:
//   - Debian's chromium (the browser that shows code-server's workbench), and for the one-time
//     code-server install Debian's ripgrep and libkrb5-dev: apt-get, only when missing and only as root;
//   - code-server (a real VS Code 1.100.3, from npm) in .vscode-test/code-server-<version>/.
// Nothing is downloaded from anywhere but the npm registry and Debian's archive: @vscode/ripgrep's
// download from GitHub is replaced by seeding its cache with Debian's rg binary.
//   node test/e2e/setup.mjs            install what is missing, print what is there
//   node test/e2e/setup.mjs --check    only say whether everything is there (exit 1 if not)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = join(ROOT, '.vscode-test');
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js');
const COMPLETE_MARKER = join(CODE_SERVER_DIR, '.complete');
export const CHROMIUM = process.env.RUBRIC_WRITER_E2E_CHROMIUM || '/usr/bin/chromium';

/** The environment cannot be set up here (not root and something missing): the message says what to do. */
export class E2EUnavailableError extends Error {
  name = 'E2EUnavailableError';
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function debianInstalled(pkg) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

export function codeServerInstalled() {
  return existsSync(COMPLETE_MARKER) && existsSync(CODE_SERVER_ENTRY);
}

/** Debian packages (with a check that does not need dpkg) still missing for what remains to be done. */
function missingSystemPackages() {
  const wanted = [{ pkg: 'chromium', present: () => existsSync(CHROMIUM) }];
  if (!codeServerInstalled()) {
    wanted.push(
      { pkg: 'ripgrep', present: () => onPath('rg') },
      {
        pkg: 'libkrb5-dev',
        present: () => debianInstalled('libkrb5-dev') || existsSync('/usr/include/gssapi/gssapi.h'),
      },
      { pkg: 'build-essential', present: () => onPath('g++') && onPath('make') },
      { pkg: 'python3', present: () => onPath('python3') },
    );
  }
  return wanted.filter((w) => !w.present()).map((w) => w.pkg);
}

function ensureSystemPackages(log) {
  const missing = missingSystemPackages();
  if (missing.length === 0) return;
  // chromium from Debian, with a font set so the screenshots show text.
  const install = missing.includes('chromium') ? [...missing, 'fonts-liberation'] : missing;
  if (!isRoot() || !onPath('apt-get')) {
    throw new E2EUnavailableError(
      `The real-VS Code tests need Debian packages that are not installed: ${missing.join(' ')}.\n` +
        `Install them once as root (apt-get update && apt-get install -y --no-install-recommends ` +
        `${install.join(' ')}), then run the tests again.`,
    );
  }
  log(`installing Debian packages: ${install.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'inherit', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...install], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
  });
  const still = missingSystemPackages();
  if (still.length > 0) throw new Error(`apt-get finished but these are still missing: ${still.join(' ')}`);
}

function npm(args, options) {
  log(`npm ${args.join(' ')}`);
  execFileSync('npm', args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
}
let log = (message) => console.log(`[e2e setup] ${message}`);

/**
 * code-server from npm into .vscode-test/, as the machine notes say: its postinstall needs
 * unsafe-perm as root and `yes` for node-pty's `npx node-gyp`; @vscode/ripgrep's postinstall would
 * download rg from GitHub, so its cache (under TMPDIR, kept inside .vscode-test/) is seeded first
 * with Debian's rg packed as the tarball it expects.
 */
function ensureCodeServer() {
  if (codeServerInstalled()) return;
  const started = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} (about a minute)`);
  rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  const tmp = join(CACHE, 'tmp');
  mkdirSync(tmp, { recursive: true });
  writeFileSync(
    join(CODE_SERVER_DIR, 'package.json'),
    `${JSON.stringify({ name: 'rubric-writer-e2e-code-server', private: true }, null, 2)}\n`,
  );
  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  // 1. The package tree without install scripts, so the ripgrep cache can be seeded before they run.
  npm(['install', '--no-save', '--ignore-scripts', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: CODE_SERVER_DIR,
    env,
  });

  // 2. Which @vscode/ripgrep code-server's VS Code installs, and which rg release its postinstall fetches.
  const vscodeDir = join(CODE_SERVER_DIR, 'node_modules/code-server/lib/vscode');
  const shrinkwrap = JSON.parse(readFileSync(join(vscodeDir, 'npm-shrinkwrap.json'), 'utf8'));
  const ripgrepVersion = shrinkwrap.packages?.['node_modules/@vscode/ripgrep']?.version;
  if (!ripgrepVersion) throw new Error(`no @vscode/ripgrep in ${join(vscodeDir, 'npm-shrinkwrap.json')}`);
  const packDir = join(tmp, `ripgrep-package-${ripgrepVersion}`);
  mkdirSync(packDir, { recursive: true });
  const tarball = execFileSync(
    'npm',
    ['pack', '--silent', `@vscode/ripgrep@${ripgrepVersion}`, '--pack-destination', packDir],
    { cwd: packDir, env, encoding: 'utf8' },
  )
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['xzf', join(packDir, tarball), '-C', packDir]);
  const postinstall = readFileSync(join(packDir, 'package/lib/postinstall.js'), 'utf8');
  const tag = /const VERSION = '([^']+)'/.exec(postinstall)?.[1];
  if (!tag)
    throw new Error(`cannot read the rg release tag from @vscode/ripgrep@${ripgrepVersion}'s lib/postinstall.js`);
  const target = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[process.arch];
  if (process.platform !== 'linux' || !target)
    throw new Error(`the e2e setup knows Linux x64 and arm64 only, not ${process.platform} ${process.arch}`);
  const rgCache = join(tmp, `vscode-ripgrep-cache-${ripgrepVersion}`);
  mkdirSync(rgCache, { recursive: true });
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  const asset = join(rgCache, `ripgrep-${tag}-${target}.tar.gz`);
  execFileSync('tar', ['czf', asset, '-C', dirname(rg), 'rg']);
  log(`seeded ${asset} with ${rg}`);

  // 3. Now the install scripts (argon2's and code-server's are the only ones at the top). Native modules
  // would first try to fetch prebuilt binaries from GitHub; npm_config_build_from_source=<package>
  // makes node-pre-gyp (argon2) and prebuild-install (kerberos, inside code-server's postinstall, which
  // installs VS Code's own dependencies) build from source at once. ('true' would also make
  // @parcel/watcher compile itself, which it need not: its prebuilt binaries come from npm.)
  npm(['rebuild', '--foreground-scripts', 'argon2'], {
    cwd: CODE_SERVER_DIR,
    env: { ...env, npm_config_build_from_source: 'argon2' },
  });
  npm(['rebuild', '--foreground-scripts', 'code-server'], {
    cwd: CODE_SERVER_DIR,
    env: { ...env, npm_config_build_from_source: 'kerberos' },
  });
  if (!existsSync(join(vscodeDir, 'node_modules/@vscode/ripgrep/bin/rg')))
    throw new Error('code-server installed without @vscode/ripgrep/bin/rg');
  writeFileSync(COMPLETE_MARKER, `code-server@${CODE_SERVER_VERSION} installed ${new Date().toISOString()}\n`);
  log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Everything the e2e run needs; throws E2EUnavailableError when it cannot be had without root. */
export function ensureE2EEnvironment(options = {}) {
  if (options.log) log = options.log;
  ensureSystemPackages(log);
  ensureCodeServer();
  return { codeServerEntry: CODE_SERVER_ENTRY, chromium: CHROMIUM };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const missing = [
      ...missingSystemPackages(),
      ...(codeServerInstalled() ? [] : [`code-server@${CODE_SERVER_VERSION}`]),
    ];
    console.log(missing.length === 0 ? 'e2e environment: ready' : `e2e environment: missing ${missing.join(', ')}`);
    process.exit(missing.length === 0 ? 0 : 1);
  }
  try {
    const { codeServerEntry, chromium } = ensureE2EEnvironment();
    log(`ready: ${chromium}, ${codeServerEntry}`);
  } catch (error) {
    console.error(`[e2e setup] ${error.message}`);
    process.exit(error instanceof E2EUnavailableError ? 3 : 1);
  }
}
