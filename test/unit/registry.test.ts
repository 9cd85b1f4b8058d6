import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_CODES, RULES } from '../../server/src/core';
import { checksTable, readmeTable } from '../../scripts/checks-table';
import { check } from './helpers';

test(
  "the README's table of checks is the rule registry's (regenerate: node --import tsx scripts/checks-table.ts " +
    '--write)',
  () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    assert.equal(readmeTable(readme), checksTable());
  },
);

/** The specification's table of codes, as copied into the repository (test/fixtures/spec-diagnostics.md). */
const specTable = [
  ...readFileSync(join(__dirname, '../fixtures/spec-diagnostics.md'), 'utf8').matchAll(
    /^\| `([a-z-]+)` \| ([^|]+) \| (.+) \| ([^|]+) \|$/gm,
  ),
].map(([, code, severity, when]) => ({ code, severity: severity.trim(), when: when.trim() }));

/** Codes the specification lists that no rule checks yet. */
const NOT_YET_CHECKED = new Set<string>([]);

test('every diagnostic code is declared once, in the order of the spec, with its severity and its when', () => {
  assert.ok(specTable.length >= 20, 'the spec table was read');
  assert.equal(new Set(DIAGNOSTIC_CODES).size, DIAGNOSTIC_CODES.length);
  const specOrder = specTable.map((row) => row.code).filter((code) => DIAGNOSTIC_CODES.includes(code as never));
  assert.deepEqual(
    DIAGNOSTIC_CODES.filter((code) => specOrder.includes(code)),
    specOrder,
  );
  for (const rule of RULES) {
    assert.match(rule.code, /^[a-z]+(-[a-z]+)*$/);
    assert.ok(rule.description.length > 10, rule.code);
    const row = specTable.find((entry) => entry.code === rule.code);
    if (!row) continue;
    assert.ok(
      row.severity.startsWith(rule.severity),
      `${rule.code} is ${rule.severity}; the spec says ${row.severity}`,
    );
    if (row.severity !== rule.severity) assert.equal(rule.severityText, row.severity, rule.code);
    assert.equal(rule.when, row.when, rule.code);
  }
});

/**
 * Codes the product reports that the spec's table does not list: each is information only, never
 * fails a check, and is in the README's table with the rest.
 */
const BEYOND_THE_SPEC = new Set<string>();

test("every code in the spec's table is registered or known to be unchecked; every other code is an addition", () => {
  for (const { code } of specTable) {
    const registered = DIAGNOSTIC_CODES.includes(code as never);
    if (NOT_YET_CHECKED.has(code)) assert.ok(!registered, `${code} is checked now: take it out of NOT_YET_CHECKED`);
    else assert.ok(registered, `${code} has no rule`);
  }
  for (const rule of RULES) {
    if (specTable.some((row) => row.code === rule.code)) continue;
    assert.ok(BEYOND_THE_SPEC.has(rule.code), `${rule.code} is not in the spec's table`);
    assert.equal(rule.severity, 'information', `${rule.code}, beyond the spec, must not fail a check`);
  }
});

test("the codes reported while the rubric is chosen take the registry's severity", () => {
  const unknown = RULES.find((rule) => rule.code === 'unknown-rubric')!;
  const invalid = RULES.find((rule) => rule.code === 'invalid-front-matter')!;
  const severities = [unknown.severity, invalid.severity];
  try {
    unknown.severity = 'warning';
    invalid.severity = 'information';
    const codes = (text: string) => check(text).diagnostics.map((d) => `${d.code} ${d.severity}`);
    assert.deepEqual(codes('---\nrubric: no-such-rubric\n---\n\n# Hello\n'), ['unknown-rubric warning']);
    assert.deepEqual(codes('---\nrubric: [unclosed\n---\n\n# Hello\n'), ['invalid-front-matter information']);
  } finally {
    [unknown.severity, invalid.severity] = severities;
  }
});
