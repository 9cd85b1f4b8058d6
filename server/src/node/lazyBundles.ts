/**
 * Bundles loaded on first use: each is a file of its own beside dist/cli.js and dist/server.js
 * (scripts/build.mjs lists them in LAZY_BUNDLES), so a start-up reads and compiles none of them.
 * All but the PDF reader read no disk: the web worker loads the same files (web/bundles.ts).
 * Run from the sources (the tests, under tsx), the same name loads the module itself.
 */
import { join } from 'node:path';
import { shareMessages } from '../core';
import { cachedRequire } from './codeCacheReady';
import type * as Exporter from './exporter';
import type * as MediaReader from './mediaReader';
import type * as PdfReader from './pdfReader';
import type * as RequirementImporter from './requirementImporter';
import type * as WordReader from './wordReader';

interface LazyBundles {
  exporter: typeof Exporter;
  'pdf-reader': typeof PdfReader;
  'word-reader': typeof WordReader;
  'media-reader': typeof MediaReader;
  importer: typeof RequirementImporter;
}

/** The file each is built into: the Word reader and the export writers share one (server/src/node/word.ts). */
const FILES: Record<keyof LazyBundles, string> = {
  exporter: 'word',
  'pdf-reader': 'pdf-reader',
  'word-reader': 'word',
  'media-reader': 'media-reader',
  importer: 'importer',
};

const SOURCES: Record<keyof LazyBundles, string> = {
  exporter: 'exporter',
  'pdf-reader': 'pdfReader',
  'word-reader': 'wordReader',
  'media-reader': 'mediaReader',
  importer: 'requirementImporter',
};

export function loadBundle<Name extends keyof LazyBundles>(name: Name): LazyBundles[Name] {
  if (__filename.endsWith('.ts')) return require(join(__dirname, SOURCES[name]));
  shareMessages();
  // Through V8's code cache where the running bundle came through it (dist/server.js, dist/cli.js).
  return (cachedRequire() ?? require)(join(__dirname, `${FILES[name]}.js`)) as LazyBundles[Name];
}
