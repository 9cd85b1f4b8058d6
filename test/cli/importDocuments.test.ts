/**
 * Requirement fixtures as Word documents, PDFs and pages saved as one file (see the fixtures' README):
 * imported by `import-rubric`, each must give its hand-written rubric.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { assertImportsAsExpected, type ExpectedRubric } from '../helpers/expectedRubric';
import { run } from './run';

const FIXTURES = join(__dirname, '../fixtures/requirements');

for (const file of readdirSync(FIXTURES).filter((name) => /\.(?:docx|pdf|htm|mhtml|mht|webarchive)$/.test(name))) {
  test(`the ${file} requirements import as their hand-written rubric, nothing invented`, async () => {
    const expectation = readFileSync(join(FIXTURES, file.replace(/\.\w+$/, '.expected.yaml')), 'utf8');
    const expected: ExpectedRubric = YAML.parse(expectation);
    const done = await run(['import-rubric', join(FIXTURES, file), '--format', 'json']);
    assert.equal(done.status, 0, done.stderr);
    const { rubric, uncertain } = JSON.parse(done.stdout);
    assertImportsAsExpected({ rubric, provenance: [], uncertain }, expected);
  });
}
