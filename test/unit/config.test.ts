/**
 * The project config: read with positioned problems, found from a file's folder upward to the
 * repository root, and its schema contributed for the same keys as the editor's settings.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { ConfigFinder, configAt, parseConfig, type ConfigHost } from '../../server/src/core';
import { diskConfigFinder } from '../../server/src/node/projectConfig';

const ROOT = join(__dirname, '../..');

/** A file system in memory: path → text, and the folders that hold a `.git`. */
function memoryHost(files: Record<string, string>, repositories: string[] = []) {
  const reads: string[] = [];
  const host: ConfigHost = {
    read: async (path) => {
      reads.push(path);
      return files[path] ?? null;
    },
    isRepositoryRoot: async (folder) => repositories.includes(folder),
  };
  return { host, reads };
}

describe('parseConfig', () => {
  test('YAML and JSON give the same config', () => {
    const yaml = parseConfig(
      'associations:\n  "drafts/*.md": engaging-stakeholders\nrubricPaths: [rubrics]\nprivacy:\n  identifyingTerms: ' +
        '[Riverbend]\nignores: ["old/**"]\n',
    );
    const json = parseConfig(
      '{"associations": {"drafts/*.md": "engaging-stakeholders"}, "rubricPaths": ["rubrics"], "privacy": ' +
        '{"identifyingTerms": ["Riverbend"]}, "ignores": ["old/**"]}',
    );
    assert.deepEqual(yaml, json);
    assert.deepEqual(yaml.config, {
      associations: { 'drafts/*.md': 'engaging-stakeholders' },
      rubricPaths: ['rubrics'],
      identifyingTerms: ['Riverbend'],
      ignores: ['old/**'],
    });
  });

  test('an empty file is the defaults', () => {
    assert.deepEqual(parseConfig('').config, { associations: {}, rubricPaths: [], identifyingTerms: [], ignores: [] });
  });

  test('broken YAML is one problem at its line, and no config', () => {
    const { config, problems } = parseConfig('privacy:\n  identifyingTerms: [Riverbend\n');
    assert.equal(config, null);
    assert.equal(problems.length >= 1, true);
    assert.match(problems[0].message, /^Invalid YAML: /);
    assert.ok(problems[0].range.start.line >= 1, JSON.stringify(problems[0].range));
  });

  test('an unknown key is marked where it is written', () => {
    const { config, problems } = parseConfig('rubricPaths: []\nidentifyingTerms: [Riverbend]\n');
    assert.equal(config, null);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /unknown key "identifyingTerms"/);
    assert.deepEqual(problems[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 16 } });
  });

  test('a value of the wrong kind is marked at the value', () => {
    const { problems } = parseConfig('associations:\n  "*.md": Not An Id\nprivacy:\n  identifyingTerms: Riverbend\n');
    assert.deepEqual(
      problems.map((p) => [p.message, p.range.start.line, p.range.start.character]),
      [
        ['associations.*.md must be a rubric id (lower-case words joined by hyphens).', 1, 10],
        ['privacy.identifyingTerms must be array.', 3, 20],
      ],
    );
  });
});

describe('globs in the config', () => {
  test('an empty or runaway glob is a positioned problem, and the rest of the config still applies', () => {
    const stars = `${'*a'.repeat(18)}b`;
    const { config, problems } = parseConfig(
      `associations:\n  "": team-reflection\n  "${stars}": team-reflection\n  "drafts/*.md": engaging-stakeholders\n` +
        'privacy:\n  identifyingTerms: [Riverbend]\nignores: ["old/**", ""]\n',
    );
    assert.deepEqual(
      problems.map((p) => [p.message.replace(/ \S+$/, ''), p.range.start.line, p.range.start.character]),
      [
        ['The association glob "": An empty glob matches no file: write one, such as', 1, 3],
        [`The association glob "${stars}": This glob has more than 16 wildcards (* and`, 2, 35],
        ['The ignores glob "": An empty glob matches no file: write one, such as', 6, 21],
      ],
    );
    assert.deepEqual(config, {
      associations: { 'drafts/*.md': 'engaging-stakeholders' },
      rubricPaths: [],
      identifyingTerms: ['Riverbend'],
      ignores: ['old/**'],
    });
    const loaded = { path: '/repo/.rubric-writer.yaml', folder: '/repo', config, problems };
    const says = configAt(loaded, 'drafts/plan.md', (folder) => folder);
    assert.equal(says.associatedRubricId, 'engaging-stakeholders');
    assert.equal(configAt(loaded, 'old/plan.md', (folder) => folder).ignored, 'old/**');
  });
});

describe('ConfigFinder', () => {
  test('the nearest config above a file applies; YAML before JSON in one folder', async () => {
    const { host } = memoryHost({
      '/repo/.rubric-writer.yaml': 'privacy: { identifyingTerms: [Top] }',
      '/repo/team/.rubric-writer.json': '{"privacy": {"identifyingTerms": ["Json"]}}',
      '/repo/team/.rubric-writer.yaml': 'privacy: { identifyingTerms: [Yaml] }',
    });
    const finder = new ConfigFinder(host);
    const find = (path: string) => finder.forFile(path, ['/repo']);
    assert.deepEqual((await find('/repo/team/drafts/a.md'))?.config?.identifyingTerms, ['Yaml']);
    assert.equal((await find('/repo/team/drafts/a.md'))?.folder, '/repo/team');
    assert.deepEqual((await find('/repo/other/b.md'))?.config?.identifyingTerms, ['Top']);
  });

  test('the search stops at the repository root, even above the boundary that holds the file', async () => {
    const { host } = memoryHost(
      { '/home/me/.rubric-writer.yaml': 'ignores: ["**"]', '/home/me/repo/.rubric-writer.yaml': '' },
      ['/home/me/repo'],
    );
    const finder = new ConfigFinder(host);
    assert.equal(
      (await finder.forFile('/home/me/repo/drafts/a.md', ['/home/me/repo/drafts']))?.folder,
      '/home/me/repo',
    );
    assert.equal((await finder.forFile('/home/me/repo/drafts/a.md', ['/home/me']))?.folder, '/home/me/repo');
    assert.equal(await finder.forFile('/home/me/repo2/a.md', ['/home/me/repo2']), null);
  });

  test('outside a repository it stops at the nearest boundary holding the file, not at a planted config', async () => {
    const { host } = memoryHost({ '/tmp/.rubric-writer.yaml': 'ignores: ["**"]', '/home/me/.rubric-writer.yaml': '' });
    const finder = new ConfigFinder(host);
    assert.equal(await finder.forFile('/tmp/work/a.md', ['/tmp/work', '/home/me']), null);
    assert.equal(await finder.forFile('/tmp/work/drafts/a.md', []), null, 'no boundary holds it: its own folder');
    assert.equal((await finder.forFile('/home/me/mc/a.md', ['/home/me', '/tmp']))?.folder, '/home/me');
    assert.equal(await finder.forFile('/home/me/mc/a.md', ['/home/me/mc', '/home/me']), null, 'the nearer one');
  });

  test('a folder’s names are taken in order: an unreadable one counts only if none before it is found', async () => {
    const files: Record<string, string> = { '/repo/.rubric-writer.yaml': 'ignores: ["old/**"]' };
    const host: ConfigHost = {
      read: async (path) => {
        if (path.endsWith('.json')) throw new Error(`${path}: too large`);
        return files[path] ?? null;
      },
      isRepositoryRoot: async (folder) => folder === '/repo',
    };
    assert.equal((await new ConfigFinder(host).forFile('/repo/a.md'))?.folder, '/repo');
    delete files['/repo/.rubric-writer.yaml'];
    await assert.rejects(new ConfigFinder(host).forFile('/repo/a.md'), /rubric-writer\.json: too large/);
  });

  test('each folder is read once for many files', async () => {
    const { host, reads } = memoryHost({ '/repo/.rubric-writer.yaml': '' }, ['/repo']);
    const finder = new ConfigFinder(host);
    await Promise.all(['/repo/a/1.md', '/repo/a/2.md', '/repo/b/3.md'].map((file) => finder.forFile(file)));
    assert.equal(new Set(reads).size, reads.length, reads.join('\n'));
  });
});

describe('the config on disk', () => {
  test('a config file another user owns is not used, and the search says so', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rubric-writer-owner-'));
    try {
      writeFileSync(join(folder, '.rubric-writer.yaml'), 'ignores: ["**"]\n');
      const file = join(folder, 'note.md');
      assert.equal((await diskConfigFinder().forFile(file))?.folder, folder, 'the owner’s own config is used');
      const skipped: string[] = [];
      const someoneElse = (process.getuid?.() ?? 0) + 1;
      assert.equal(await diskConfigFinder({ uid: someoneElse, skipped: (m) => skipped.push(m) }).forFile(file), null);
      assert.deepEqual(skipped, [`${join(folder, '.rubric-writer.yaml')}: not used: it belongs to another user`]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the config schema', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/config.schema.json'), 'utf8'));

  test('is contributed for .rubric-writer.yaml, .yml and .json', () => {
    const contributed = [...manifest.contributes.yamlValidation, ...manifest.contributes.jsonValidation]
      .filter((entry: { url: string }) => entry.url === './schemas/config.schema.json')
      .flatMap((entry: { fileMatch: string[] }) => entry.fileMatch)
      .sort();
    assert.deepEqual(contributed, ['.rubric-writer.json', '.rubric-writer.yaml', '.rubric-writer.yml']);
    assert.ok(new Ajv({ strict: false }).compile(schema), 'the schema compiles');
  });

  test('has the keys of the editor settings that make sense outside the editor, besides ignores', () => {
    const settings = Object.keys(manifest.contributes.configuration.properties).map((key) =>
      key.replace(/^rubricWriter\./, ''),
    );
    const keys = [
      ...Object.keys(schema.properties).filter((key) => key !== '$schema' && key !== 'privacy'),
      ...Object.keys(schema.properties.privacy.properties).map((key) => `privacy.${key}`),
    ];
    for (const key of keys.filter((k) => k !== 'ignores')) assert.ok(settings.includes(key), `${key} is a setting`);
    assert.deepEqual(keys.sort(), ['associations', 'ignores', 'privacy.identifyingTerms', 'rubricPaths']);
  });
});
