/**
 * `check --format sarif` as code-scanning tools read it: valid against the SARIF 2.1.0 schema
 * (with its URI formats), file names percent-encoded relative to %SRCROOT%, every rule described.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { RULES } from '../../server/src/core';
import { EXAMPLES, ROOT, run } from './run';

const schema = JSON.parse(readFileSync(join(ROOT, 'test/schemas/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[];
}
interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; shortDescription: unknown; fullDescription: unknown; helpUri: string }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
  }[];
}

function assertValid(sarif: unknown) {
  const valid = validate(sarif);
  assert.ok(valid, `not valid SARIF 2.1.0:\n${JSON.stringify(validate.errors, null, 2)}`);
}

let folder: string;
before(() => {
  folder = mkdtempSync(join(tmpdir(), 'rubric-writer-sarif-'));
  mkdirSync(join(folder, 'drafts/week 2'), { recursive: true });
  copyFileSync(join(ROOT, EXAMPLES.problems), join(folder, 'drafts/week 2/my draft#1.md'));
  copyFileSync(join(ROOT, EXAMPLES.problems), join(folder, 'drafts/50% done?.md'));
});
after(() => rmSync(folder, { recursive: true, force: true }));

describe('SARIF output', { concurrency: true }, () => {
  test('is valid SARIF 2.1.0, and a name with a space, # or % is a percent-encoded URI under %SRCROOT%', async () => {
    const out = await run(['check', '--format', 'sarif', 'drafts'], { cwd: folder });
    assert.equal(out.status, 1, out.stderr);
    const sarif = JSON.parse(out.stdout) as SarifLog;
    assertValid(sarif);
    const [sarifRun] = sarif.runs;
    assert.deepEqual(sarifRun.originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(`${folder}/`).href } });
    const locations = new Set(
      sarifRun.results.map((r) => JSON.stringify(r.locations[0].physicalLocation.artifactLocation)),
    );
    assert.deepEqual(
      [...locations].map((l) => JSON.parse(l)),
      [
        { uri: 'drafts/50%25%20done%3F.md', uriBaseId: '%SRCROOT%' },
        { uri: 'drafts/week%202/my%20draft%231.md', uriBaseId: '%SRCROOT%' },
      ],
    );
    // Resolved against the base, each URI names the file again.
    for (const location of locations) {
      const { uri } = JSON.parse(location) as { uri: string };
      const file = decodeURIComponent(new URL(uri, pathToFileURL(`${folder}/`)).pathname);
      assert.ok(readFileSync(file, 'utf8').includes('rubric:'), file);
    }
  });

  test('every rule of the registry, with short and full descriptions and a help link to the README', async () => {
    const out = await run(['check', '--format', 'sarif', EXAMPLES.problems]);
    const sarif = JSON.parse(out.stdout) as SarifLog;
    assertValid(sarif);
    const rules = sarif.runs[0].tool.driver.rules;
    assert.deepEqual(
      rules.map((r) => r.id),
      RULES.map((r) => r.code),
    );
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string } };
    const home = manifest.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    for (const rule of rules) {
      assert.ok(rule.shortDescription && rule.fullDescription, rule.id);
      assert.equal(rule.helpUri, `${home}#what-it-checks`);
    }
    // The anchor is the README's heading over the table of checks, as GitHub names it.
    assert.match(readFileSync(join(ROOT, 'README.md'), 'utf8'), /^### What it checks$/m);
    for (const result of sarif.runs[0].results) assert.equal(rules[result.ruleIndex].id, result.ruleId);
  });

  test('a file outside the working folder is an absolute file URI, and still valid', async () => {
    const out = await run(['check', '--format', 'sarif', join(folder, 'drafts/50% done?.md')]);
    const sarif = JSON.parse(out.stdout) as SarifLog;
    assertValid(sarif);
    const location = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.equal(location.uriBaseId, undefined);
    assert.equal(location.uri, pathToFileURL(join(folder, 'drafts/50% done?.md')).href);
  });

  test('the schema check itself rejects the raw name a URI must not hold', () => {
    const out = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'x' } },
          results: [
            {
              message: { text: 'm' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'my draft#1.md' } } }],
            },
          ],
        },
      ],
    };
    assert.equal(validate(out), false);
  });
});
