/**
 * What an open submission holds for as long as it is open: its text, its blocks' digests, no
 * per-character tables the checks may never ask for.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DocumentAnalyzer, RubricRegistry } from '../../server/src/core';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const arrayBufferBytes = () => {
  gc();
  return process.memoryUsage().arrayBuffers;
};

test('paragraphs with markup keep no character-by-character map of their source unless a match asks for one', () => {
  const paragraph =
    'Our **family engagement council** met with the _site council_ twice, and the `Title I` funds ' +
    'were discussed with [the principal](https://example.org/principal) and **teachers** from every grade.';
  const body = Array.from({ length: 1000 }, () => paragraph).join('\n\n');
  const text = `---\nrubric: engaging-stakeholders\n---\n\n${body}\n`;
  const before = arrayBufferBytes();
  const analyzer = new DocumentAnalyzer();
  analyzer.setText(text);
  const analysis = analyzer.analyze(null, { registry: new RubricRegistry() });
  const held = arrayBufferBytes() - before;
  assert.ok(analysis.rubric);
  // Eight bytes a character would be about 1.5 MB here.
  assert.ok(held < 300_000, `${(held / 1e6).toFixed(1)} MB of tables held`);
  const withTerm = analyzer.analyze(null, { registry: new RubricRegistry(), identifyingTerms: ['site council'] });
  const found = withTerm.diagnostics.filter((d) => d.code === 'identifying-information');
  assert.equal(found.length, 1000);
  const first = found[0].range;
  const line = text.split('\n')[first.start.line];
  assert.equal(line.slice(first.start.character, first.end.character), 'site council');
});
