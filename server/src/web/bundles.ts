/**
 * The bundles a web worker loads on first use: the Word reader, the export writers, the media
 * reader and the PDF reader, the same files Node requires (dist/<name>.js), so the worker's own script carries none of
 * them. The client hands over a bundle's text (the worker cannot read the extension's folder) and the
 * worker runs it with importScripts from a Blob URL, as the editor starts the worker itself; each
 * bundle sets one global (scripts/build.mjs names it).
 */
import type { Connection } from 'vscode-languageserver';
import { type bytesSource, type readEvidence, shareMessages } from '../core';
import type { Exporter, PdfRequirementText, RequirementImporter, WordReader } from '../lsp/platform';
import { BundleScriptRequest, type WebBundle } from '../lsp/protocol';

export interface MediaReader {
  readEvidence: typeof readEvidence;
  bytesSource: typeof bytesSource;
}

export interface PdfReader {
  pdfRequirementText(bytes: Uint8Array): Promise<PdfRequirementText>;
}

interface WebBundles {
  exporter: Exporter;
  'word-reader': WordReader;
  'media-reader': MediaReader;
  importer: RequirementImporter;
  'pdf-reader': PdfReader;
}

/** The file each comes in: the Word reader and the export writers share one (server/src/node/word.ts). */
const FILES: Record<keyof WebBundles, WebBundle> = {
  exporter: 'word',
  'word-reader': 'word',
  'media-reader': 'media-reader',
  importer: 'importer',
  'pdf-reader': 'pdf-reader',
};

// The worker's global scope (the project is type-checked without the DOM and webworker libraries).
declare function importScripts(...urls: string[]): void;
declare const Blob: new (parts: string[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string; revokeObjectURL(url: string): void };

export type BundleLoader = <Name extends keyof WebBundles>(name: Name) => Promise<WebBundles[Name]>;

/** The global a bundle sets: media-reader sets rubricWriterMediaReader. */
const globalOf = (name: WebBundle) => `rubricWriter${name.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}`;

/** Loads each bundle once, through the client; a bundle that cannot be loaded is asked for again next time. */
export function webBundleLoader(connection: Connection): BundleLoader {
  const loading = new Map<WebBundle, Promise<unknown>>();
  return <Name extends keyof WebBundles>(name: Name) => {
    const file = FILES[name];
    let bundle = loading.get(file);
    if (!bundle) {
      bundle = load(connection, file);
      bundle.catch(() => loading.delete(file));
      loading.set(file, bundle);
    }
    return bundle as Promise<WebBundles[Name]>;
  };
}

async function load(connection: Connection, name: WebBundle): Promise<unknown> {
  const script = await connection.sendRequest(BundleScriptRequest, { name });
  shareMessages();
  const url = 'text' in script ? URL.createObjectURL(new Blob([script.text], { type: 'text/javascript' })) : script.url;
  try {
    importScripts(url);
  } finally {
    if ('text' in script) URL.revokeObjectURL(url);
  }
  const loaded = (globalThis as Record<string, unknown>)[globalOf(name)];
  if (!loaded) throw new Error(`dist/${name}.js did not load in the web worker`);
  return loaded;
}
