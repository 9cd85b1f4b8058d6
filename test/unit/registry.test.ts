import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_CODES, RULES } from '../../server/src/core';
import { checksTable, readmeTable } from '../../scripts/checks-table';

test("the README's table of checks is the rule registry's (regenerate: node --import tsx scripts/checks-table.ts --write)", () => {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  assert.equal(readmeTable(readme), checksTable());
});

test('every diagnostic code is declared once, with a severity, a description and a when', () => {
  assert.deepEqual(
    DIAGNOSTIC_CODES,
    RULES.map((rule) => rule.code),
  );
  assert.equal(new Set(DIAGNOSTIC_CODES).size, DIAGNOSTIC_CODES.length);
  for (const rule of RULES) {
    assert.match(rule.code, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(['error', 'warning', 'information'].includes(rule.severity), rule.code);
    assert.ok(rule.description.length > 10 && rule.when.length > 10, rule.code);
  }
});

test("the spec's diagnostics table names every registered code", () => {
  const spec = readFileSync(join(__dirname, '../../../shared/docs/spec.md'), 'utf8');
  for (const code of DIAGNOSTIC_CODES)
    assert.ok(spec.includes(`| \`${code}\` |`), `${code} is not in the spec's table`);
});
