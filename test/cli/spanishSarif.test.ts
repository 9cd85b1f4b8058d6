/**
 * A SARIF file written in Spanish (`--locale es`): every rule described in Spanish, the messages in
 * Spanish and the run's language said; in English, the rules' own words as docs/checks.md has them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { RULES } from '../../server/src/core';
import { en } from '../../server/src/core/messages/en';
import { assertSpanish } from '../helpers/spanishText';
import { ROOT, run } from './run';

interface Sarif {
  runs: {
    language?: string;
    tool: {
      driver: { rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string } }[] };
    };
    results: { message: { text: string } }[];
  }[];
}

const sarifOf = async (locale: string) => {
  const done = await run(['check', join(ROOT, 'examples/problems.md'), '-f', 'sarif', '--locale', locale]);
  assert.equal(done.status, 1, done.stderr);
  return (JSON.parse(done.stdout) as Sarif).runs[0];
};

test('--locale es: the SARIF rules are described in Spanish, and the run says its language', async () => {
  const spanish = await sarifOf('es');
  assert.equal(spanish.language, 'es');
  const rules = spanish.tool.driver.rules;
  assert.equal(rules.length, RULES.length);
  const missing = rules.find((rule) => rule.id === 'missing-section');
  assert.equal(missing?.shortDescription.text, 'Una sección obligatoria no tiene encabezado.');
  const quoted =
    /rubric-writer-disable|rubricWriter\.privacy\.identifyingTerms|\b(?:max|min|GPS|Word|Markdown|YAML)\b/g;
  for (const rule of rules) {
    assertSpanish(rule.shortDescription.text, rule.id, rule.shortDescription.text.replace(quoted, ''));
    assertSpanish(rule.fullDescription.text, rule.id, rule.fullDescription.text.replace(quoted, ''));
  }
  assert.ok(spanish.results.length > 0);
});

test('in English, the SARIF rules keep the words of docs/checks.md', async () => {
  const english = await sarifOf('en');
  assert.equal(english.language, undefined);
  for (const rule of RULES) {
    const described = english.tool.driver.rules.find((r) => r.id === rule.code);
    assert.equal(described?.shortDescription.text, rule.description);
    assert.equal(described?.fullDescription.text, `Reported when ${rule.when.replace(/`/g, '')}.`);
    assert.equal(
      en[`rule.${rule.code}.description` as keyof typeof en],
      rule.description,
      'the catalogue follows the rule',
    );
  }
});
