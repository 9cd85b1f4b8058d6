// The license notices of every package the bundles carry, from esbuild's metafiles.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LICENSE_FILE = /^(licen[sc]e|copying|notice)(\.(md|txt))?$/i;

/**
 * The package folder an input path is in (the innermost node_modules), or null for the project's own source
 * and for a module a package's `browser` field disables (`(disabled):…`: nothing of it is bundled).
 */
function packageFolder(input) {
  if (input.startsWith('(disabled):')) return null;
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/'));
  return match ? match[1] : null;
}

export function thirdPartyNotices(root, metafiles) {
  const folders = new Set();
  for (const metafile of metafiles)
    for (const input of Object.keys(metafile.inputs)) {
      const folder = packageFolder(input);
      if (folder) folders.add(folder);
    }
  const packages = [...folders].map((folder) => {
    const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
    const files = readdirSync(join(root, folder))
      .filter((name) => LICENSE_FILE.test(name))
      .sort();
    const texts = files.map((name) => readFileSync(join(root, folder, name), 'utf8').trim());
    // Old manifests list `licenses: [{ type }]`.
    const license =
      typeof manifest.license === 'string'
        ? manifest.license
        : (manifest.licenses ?? []).map((l) => l.type).join(' OR ') || 'not stated';
    return { name: manifest.name, version: manifest.version, license, texts };
  });
  const seen = new Set();
  const unique = packages
    .filter((p) => !seen.has(`${p.name}@${p.version}`) && seen.add(`${p.name}@${p.version}`))
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  return [
    'Third-party notices',
    '',
    'The Rubric Writer bundles in dist/ include the packages below, each listed with its version and',
    'license. Packages whose license text is the same but for its copyright lines are listed together:',
    'each with its own copyright lines, then the text they share, once.',
    '',
    ...groupByText(unique).flatMap((group) => [`${'-'.repeat(80)}`, '', groupSection(group), '']),
  ].join('\n');
}

const COPYRIGHT_LINE = /^\s*(copyright\b(?!\s+(notice|holders?\b))|\(c\)|©)/i;
const TITLE_LINE = /^\s*\(?(the )?[\w.-]+ license\)?\s*$/i;

/** A license text without its copyright and title lines: what packages under the same license share. */
function sharedText(text) {
  const lines = text.split(/\r?\n/);
  const body = lines.filter((line, i) => !COPYRIGHT_LINE.test(line) && !(i < 3 && TITLE_LINE.test(line)));
  return body.join('\n').trim();
}

const copyrightLines = (text) =>
  text
    .split(/\r?\n/)
    .filter((line) => COPYRIGHT_LINE.test(line))
    .map((line) => line.trim());

/** Packages with one license file whose text, copyright lines aside, is the same: grouped in order. */
function groupByText(packages) {
  const groups = new Map();
  for (const p of packages) {
    const key = p.texts.length === 1 ? `${p.license}\n${sharedText(p.texts[0]).replace(/\s+/g, ' ')}` : p;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(p);
  }
  return [...groups.values()];
}

function groupSection(group) {
  const heading = (p) => `${p.name} ${p.version} (${p.license})`;
  if (group.length === 1) {
    const [p] = group;
    const texts = p.texts.length > 0 ? p.texts : [`Licensed under ${p.license}; the package ships no license file.`];
    return [heading(p), ...texts].join('\n\n');
  }
  const listed = group.map((p) => [heading(p), ...copyrightLines(p.texts[0]).map((line) => `  ${line}`)].join('\n'));
  return [...listed, sharedText(group[0].texts[0])].join('\n\n');
}
