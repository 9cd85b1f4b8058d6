import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_CODES, RULES } from '../../server/src/core';
import { checksTable, readmeTable } from '../../scripts/checks-table';

test(
  "the README's table of checks is the rule registry's (regenerate: node --import tsx scripts/checks-table.ts " +
    '--write)',
  () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    assert.equal(readmeTable(readme), checksTable());
  },
);

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

/**
 * Codes the product reports that the spec's table does not list: each is information only, never
 * fails a check, and is in the README's table with the rest.
 */
const BEYOND_THE_SPEC = new Set(['too-complex-markdown']);

test(
  "every code in the spec's diagnostics table is registered, and every other registered code is a known " + 'addition',
  () => {
    const spec = readFileSync(join(__dirname, '../../../shared/docs/spec.md'), 'utf8');
    const diagnostics = spec.slice(spec.indexOf('\n## Diagnostics'), spec.indexOf('\n### Rules in detail'));
    const specCodes = [...diagnostics.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
    assert.ok(specCodes.length >= 10, 'the spec table was read');
    for (const code of specCodes) assert.ok(DIAGNOSTIC_CODES.includes(code as never), `${code} has no rule`);
    for (const rule of RULES) {
      if (specCodes.includes(rule.code)) continue;
      assert.ok(BEYOND_THE_SPEC.has(rule.code), `${rule.code} is not in the spec's table`);
      assert.equal(rule.severity, 'information', `${rule.code}, beyond the spec, must not fail a check`);
    }
  },
);
