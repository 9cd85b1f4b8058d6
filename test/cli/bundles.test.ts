/**
 * What a start-up reads: the CLI and the server carry the checks only. The writers (Word, the
 * report) and the readers (Word, PDF, saved web pages) are bundles of their own, loaded the first
 * time an export or an import asks for them (run `npm run build` first).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAZY_BUNDLES } from '../../scripts/build.mjs';
import { CLI, EXAMPLES, ROOT, run } from './run';

/** Text only each library's code holds: the docx writer, mammoth, pdf.js, the HTML parser, the media readers. */
const LIBRARIES = {
  docx: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  mammoth: 'mammoth',
  // pdf.js's core (the PDF reader carries no display layer: server/src/node/pdfCore.ts).
  'pdf.js': 'Invalid PDF structure',
  'the HTML parser': 'abandoned-head-element-child',
  mediabunny: 'video/x-matroska',
  exifr: '"ExifIFD"',
};

/** Runs the CLI with a hook that prints, as it exits, which of dist's files were loaded. */
async function loadedBundles(folder: string, args: string[]): Promise<{ status: number | null; loaded: string[] }> {
  const hook = join(folder, 'loaded.cjs');
  writeFileSync(
    hook,
    `process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(Object.keys(require.cache)
      .filter((f) => f.startsWith(${JSON.stringify(join(ROOT, 'dist'))})).map((f) => require('path').basename(f)))));`,
  );
  const result = await run(['--require', hook, CLI, ...args], { command: process.execPath });
  const line = /\nLOADED (.*)$/.exec(result.stderr);
  assert.ok(line, result.stderr);
  return { status: result.status, loaded: JSON.parse(line[1]) as string[] };
}

let folder: string;
before(() => {
  folder = mkdtempSync(join(tmpdir(), 'rubric-writer-bundles-'));
});
after(() => rmSync(folder, { recursive: true, force: true }));

describe('start-up bundles', () => {
  test('the CLI, the server and the web worker carry no Word, PDF or media library, no docx writer', () => {
    // The web worker loads the same lazy bundles as Node (server/src/web/bundles.ts): the VSIX carries each once.
    for (const bundle of ['dist/cli.js', 'dist/cli-main.js', 'dist/server.js', 'dist/server-main.js']) {
      const code = readFileSync(join(ROOT, bundle), 'utf8');
      for (const [library, mark] of Object.entries(LIBRARIES))
        assert.ok(!code.includes(mark), `${bundle} carries ${library}`);
    }
  });

  test('check loads the CLI only (linked files: the media reader, in its own thread); export the writers', async () => {
    const checked = await loadedBundles(folder, ['check', '--no-files', EXAMPLES.together]);
    assert.equal(checked.status, 0);
    assert.deepEqual(checked.loaded.sort(), ['cli-main.js', 'cli.js']);
    // The example links its video (media/presentation.mp4): its length is read by the media reader, which
    // the reading thread loads (server/src/node/readerThread.ts), not the CLI's own.
    const withFiles = await loadedBundles(folder, ['check', EXAMPLES.together]);
    assert.equal(withFiles.status, 0);
    assert.deepEqual(withFiles.loaded.sort(), ['cli-main.js', 'cli.js']);

    const requirements = join(ROOT, 'test/fixtures/requirements/nea-scoring-guide.txt');
    const imported = await loadedBundles(folder, ['import-rubric', requirements, '-o', join(folder, 'a.rubric.yaml')]);
    assert.equal(imported.status, 0);
    assert.deepEqual(imported.loaded.sort(), ['cli-main.js', 'cli.js', 'importer.js']);

    const output = join(folder, 'together.docx');
    const exported = await loadedBundles(folder, ['export', EXAMPLES.together, '-o', output]);
    assert.equal(exported.status, 0);
    assert.deepEqual(exported.loaded.sort(), ['cli-main.js', 'cli.js', 'word.js']);
    assert.equal(readFileSync(output).subarray(0, 2).toString(), 'PK', 'a Word document (a zip package)');
  });

  test('--version is answered by dist/cli.js alone, before the CLI bundle is read', async () => {
    const version = await loadedBundles(folder, ['--version']);
    assert.equal(version.status, 0);
    assert.deepEqual(version.loaded, ['cli.js']);
    const kb = statSync(join(ROOT, 'dist/cli.js')).size / 1024;
    assert.ok(kb < 16, `dist/cli.js is ${kb.toFixed(0)} KB: the first file should hold next to nothing`);
    const help = await loadedBundles(folder, ['--help']);
    assert.equal(help.status, 0);
    assert.deepEqual(help.loaded.sort(), ['cli-main.js', 'cli.js']);
  });

  test("the PDF reader carries pdf.js's core, which reads text, and not its display layer, which draws pages", () => {
    const code = readFileSync(join(ROOT, 'dist/pdf-reader.js'), 'utf8');
    assert.ok(code.includes(LIBRARIES['pdf.js']), 'the core is there');
    for (const displayOnly of ['PDFDocumentProxy', 'Invalid PDF url data'])
      assert.ok(!code.includes(displayOnly), `the display layer is there: ${displayOnly}`);
  });

  test('the Word and export bundle carries no message catalogue: it writes in the language its host hands it', () => {
    const word = readFileSync(join(ROOT, 'dist/word.js'), 'utf8');
    for (const sentence of ['The server has been shut down.', 'El servidor se ha detenido.'])
      assert.ok(!word.includes(sentence), sentence);
    const server = readFileSync(join(ROOT, 'dist/server-main.js'), 'utf8');
    assert.ok(server.includes('El servidor se ha detenido.'), 'the server carries them');
  });

  test("the requirement reader is a bundle of its own, with no message catalogue: it uses its host's", () => {
    // Words only the reader's patterns hold (the adjectives of "five specific key stakeholders").
    const reader = 'specific key different distinct separate';
    for (const bundle of ['dist/cli-main.js', 'dist/server-main.js'])
      assert.ok(!readFileSync(join(ROOT, bundle), 'utf8').includes(reader), `${bundle} carries the reader`);
    const importer = readFileSync(join(ROOT, 'dist/importer.js'), 'utf8');
    assert.ok(importer.includes(reader), 'the importer carries it');
    for (const sentence of ['The server has been shut down.', 'El servidor se ha detenido.'])
      assert.ok(!importer.includes(sentence), sentence);
  });

  test('the Word and export bundle carries no Markdown parser: the server hands the writers the tree it parsed', () => {
    // mdast-util-from-markdown's message for a document its tokens leave open.
    const parser = 'Cannot close document, a token';
    assert.ok(readFileSync(join(ROOT, 'dist/server-main.js'), 'utf8').includes(parser), 'the server carries it');
    assert.ok(!readFileSync(join(ROOT, 'dist/word.js'), 'utf8').includes(parser), 'the Word bundle carries one too');
  });

  test('every lazy bundle is shipped beside the start-up bundles (npm package and VSIX lists)', () => {
    const vsix = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    const npm = readFileSync(join(ROOT, '.npmignore'), 'utf8').split('\n');
    for (const bundle of LAZY_BUNDLES) {
      assert.ok(vsix.includes(`!dist/${bundle.out}.js`), `.vscodeignore keeps dist/${bundle.out}.js`);
      assert.ok(npm.includes(`!dist/${bundle.out}.js`), `.npmignore keeps dist/${bundle.out}.js`);
    }
  });
});
