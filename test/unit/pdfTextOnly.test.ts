/**
 * What the PDF reader's bundle leaves out of pdf.js's worker (scripts/pdfTextOnly.mjs): only what
 * reading text never runs, and the build says so when pdf.js's worker no longer looks as expected.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textOnlyWorker } from '../../scripts/pdfTextOnly.mjs';

const WORKER = readFileSync(join(__dirname, '../../node_modules/pdfjs-dist/build/pdf.worker.mjs'), 'utf8');

test('the PDF reader leaves out XFA forms, annotations, image decoders and drawing, and keeps the text', () => {
  const { source, error } = textOnlyWorker(WORKER);
  assert.equal(error, undefined);
  const cuts = ['xfa/template.js', 'annotation.js', 'jbig2.js', 'jpg.js', 'ccitt.js', 'font_renderer.js', 'pattern.js'];
  for (const cut of [...cuts, 'function.js', 'writer.js'])
    assert.ok(!source.includes(`;// ./src/core/${cut}\n`), `${cut} is left out`);
  for (const kept of ['evaluator.js', 'fonts.js', 'cmap.js', 'crypto.js', 'xfa_fonts.js', 'ccitt_stream.js'])
    assert.ok(source.includes(`;// ./src/core/${kept}\n`), `${kept} is kept`);
  assert.ok(source.length < WORKER.length * 0.6, 'most of the worker is gone with the inline decoder');
});

test('a pdf.js whose worker is laid out otherwise fails the build, naming what is missing', () => {
  const moved = WORKER.replace(';// ./src/core/annotation.js\n', ';// ./src/core/annotations.js\n');
  assert.match(textOnlyWorker(moved).error ?? '', /annotation\.js/);
  assert.match(textOnlyWorker('export {};').error ?? '', /inline WebAssembly/);
});
