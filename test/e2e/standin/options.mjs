/** The stand-in's settings (from the environment), its command line, and the folders of one run. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listLanguagePack } from './displayLanguage.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CODE_SERVER =
  process.env.RUBRIC_WRITER_E2E_CODE_SERVER ||
  join(ROOT, '.vscode-test/code-server-4.100.3/node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env.RUBRIC_WRITER_E2E_CHROMIUM || '/usr/bin/chromium';
export const SCREENSHOTS = resolve(process.env.RUBRIC_WRITER_E2E_SCREENSHOTS || join(ROOT, 'build/screenshots'));
export const TIMEOUT_MS = Number(process.env.RUBRIC_WRITER_E2E_TIMEOUT || 300) * 1000;
export const VERBOSE = process.env.RUBRIC_WRITER_E2E_VERBOSE === '1';

export const say = (message) => console.log(`[code-server] ${message}`);

/** Workbench start-up messages that say nothing about the tests (all are printed with RUBRIC_WRITER_E2E_VERBOSE=1). */
export const WORKBENCH_CHATTER = [
  /^Resolving connection token|^Resolved connection token/,
  /^Creating a socket \(/,
  /^Ignoring fetching additional builtin extensions/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /^Creation of workbench contribution '.*' took \d+ms/,
  // In another display language the workbench asks the (absent) marketplace for its language pack's extras.
  /^No extension gallery service configured/,
];

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** test-electron's (and VS Code's) command line: --name=value or --name value, and one path to open. */
export function parseArgs(argv) {
  const valued = new Set([
    'extensionDevelopmentPath',
    'extensionTestsPath',
    'user-data-dir',
    'extensions-dir',
    'locale',
  ]);
  const options = { extensionDevelopmentPath: [], paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      options.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!valued.has(name)) continue; // --no-sandbox, --disable-updates, --skip-welcome, ...: not for a web workbench
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (name === 'extensionDevelopmentPath') options.extensionDevelopmentPath.push(value);
    else options[name] = value;
  }
  return options;
}

/** The VS Code user settings of a test profile: no welcome page, walkthroughs, tips, updates or telemetry. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'editor.experimental.asyncTokenization': false,
  'files.hotExit': 'off',
  'window.restoreWindows': 'none',
};

/**
 * The run's folders (under .vscode-test/runs), its user settings, its display language (`--locale`)
 * and the folder or workspace to open.
 */
export function prepareRun(options) {
  mkdirSync(join(ROOT, '.vscode-test/runs'), { recursive: true });
  const runDir = mkdtempSync(join(ROOT, '.vscode-test/runs/run-'));
  const userDataDir = resolve(options['user-data-dir'] ?? join(runDir, 'user-data'));
  const extensionsDir = resolve(options['extensions-dir'] ?? join(runDir, 'extensions'));
  const xdg = join(runDir, 'xdg');
  for (const dir of [
    userDataDir,
    join(userDataDir, 'User'),
    extensionsDir,
    join(xdg, 'config'),
    join(xdg, 'data'),
    join(xdg, 'cache'),
    join(xdg, 'state'),
    join(runDir, 'home'),
  ])
    mkdirSync(dir, { recursive: true });
  const settingsFile = join(userDataDir, 'User/settings.json');
  const existing = existsSync(settingsFile) ? JSON.parse(readFileSync(settingsFile, 'utf8') || '{}') : {};
  writeFileSync(settingsFile, `${JSON.stringify({ ...USER_SETTINGS, ...existing }, null, 2)}\n`);
  const locale = options.locale && !/^en(-|$)/i.test(options.locale) ? options.locale : undefined;
  if (locale) listLanguagePack(userDataDir, runDir, locale);

  let target = options.paths.length > 0 ? resolve(options.paths[options.paths.length - 1]) : null;
  if (target && existsSync(target) && !statSync(target).isDirectory() && !target.endsWith('.code-workspace')) {
    say(`opening the folder of ${target} (a web workbench opens folders and workspaces)`);
    target = dirname(target);
  }
  return { runDir, userDataDir, extensionsDir, xdg, target, locale };
}
