/** The extension manifest as marketplace reviewers read it: setting scopes, activation, packaged files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

test('every setting has a scope; the identifying terms only in user settings (personal data)', () => {
  const properties = manifest.contributes.configuration.properties as Record<string, { scope?: string }>;
  for (const [key, property] of Object.entries(properties)) assert.ok(property.scope, `${key} has a scope`);
  assert.equal(properties['rubricWriter.privacy.identifyingTerms'].scope, 'application');
  for (const key of ['rubricWriter.associations', 'rubricWriter.rubricPaths', 'rubricWriter.validate.run'])
    assert.equal(properties[key].scope, 'resource', key);
});

test('the extension starts for Markdown, and for a rubric file opened on its own', () => {
  assert.ok(manifest.activationEvents.includes('onLanguage:markdown'));
  assert.ok(manifest.activationEvents.includes('onLanguage:yaml'));
});

test('the VSIX carries the changelog and the third-party notices', () => {
  const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
  for (const kept of ['!CHANGELOG.md', '!dist/THIRD-PARTY-NOTICES.txt']) assert.ok(ignore.includes(kept), kept);
});

test('the VSIX carries the reader of linked files the server loads when a submission links one', () => {
  const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
  assert.ok(ignore.includes('!dist/media-reader.js'));
});
