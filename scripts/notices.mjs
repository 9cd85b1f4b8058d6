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
  const sections = unique.map((p) =>
    [
      `${p.name} ${p.version} (${p.license})`,
      ...(p.texts.length > 0 ? p.texts : [`Licensed under ${p.license}; the package ships no license file.`]),
    ].join('\n\n'),
  );
  return [
    'Third-party notices',
    '',
    'The Rubric Writer bundles in dist/ (cli.js, server.js, extension.js) include the packages below.',
    'Each is listed with its version and license, followed by its license text.',
    '',
    ...sections.flatMap((section) => [`${'-'.repeat(80)}`, '', section, '']),
  ].join('\n');
}
