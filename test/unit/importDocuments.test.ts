/**
 * Requirement fixtures as Word documents and PDFs (made with LibreOffice, see the fixtures' README):
 * read as the CLI reads them, each must give its hand-written rubric.
 */
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { htmlToRequirementText, pdfPagesToText, readRequirements } from '../../server/src/core/intake';
import { pdfTextRuns } from '../../server/src/node/pdfReader';
import { wordToHtml } from '../../server/src/node/wordReader';
import { assertImportsAsExpected, type ExpectedRubric } from '../helpers/expectedRubric';

const FIXTURES = join(__dirname, '../fixtures/requirements');

async function documentText(file: string): Promise<string> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
  return file.endsWith('.pdf')
    ? pdfPagesToText(await pdfTextRuns(bytes))
    : htmlToRequirementText(await wordToHtml(bytes));
}

for (const file of readdirSync(FIXTURES).filter((name) => /\.(?:docx|pdf)$/.test(name))) {
  test(`the ${file} requirements import as their hand-written rubric, nothing invented`, async () => {
    const expected: ExpectedRubric = YAML.parse(
      readFileSync(join(FIXTURES, file.replace(/\.\w+$/, '.expected.yaml')), 'utf8'),
    );
    assertImportsAsExpected(readRequirements(await documentText(file)), expected);
  });
}
