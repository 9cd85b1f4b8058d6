/**
 * The CLI's reading of the files a submission links (unless `--no-files`): the text is analysed,
 * the linked files read, and the analysis run again with what they said, on the blocks already
 * parsed (only the checks run twice, not the parse). Standard input has no folder to read beside.
 *
 * A run checks the files as they are when it starts: a linked file is looked at once per run, however
 * many submissions beside it link it (a class's submissions all linking `media/presentation.mp4`).
 */
import { dirname, resolve } from 'node:path';
import {
  type Analysis,
  type AnalyzeOptions,
  BlockIndex,
  DocumentAnalyzer,
  type FileFacts,
  linkedFilePaths,
} from '../core';
import { DiskFileFacts } from '../node/linkedFileFacts';
import { cliMessages } from './locale';

const disk = new DiskFileFacts((line) => process.stderr.write(`rubric-writer: ${line}\n`), cliMessages);
/**
 * A text checked here is never edited, so it is parsed in a few large blocks rather than the editor's
 * small ones: each parse has a fixed cost, and micromark's time grows faster than the text only past
 * some tens of KB. The blocks' digests, and so the reports, are the same however the text is cut.
 */
const BLOCK_CHARS = 16_384;
/** The facts of each written path, by the folder it is written in (undefined: none could be read). */
const seen = new Map<string, Promise<FileFacts | undefined>>();
/** The reading thread has been started: no text is searched ahead for its links again. */
let readerStarting = false;

/**
 * `file`'s text analysed with the facts of the files it links; none are read for standard input or --no-files.
 * `held`: the facts of files the text links that are not on the disk yet (a Word draft's images), by path.
 */
export async function analyzeWithFiles(
  text: string,
  file: string | null,
  options: AnalyzeOptions,
  readFiles: boolean,
  held: ReadonlyMap<string, FileFacts> = new Map(),
): Promise<Analysis> {
  const analyzer = new DocumentAnalyzer();
  analyzer.setText(text, BLOCK_CHARS);
  // When the text links files, the thread that reads them starts while it is checked (looked for until it has).
  if (
    readFiles &&
    file !== null &&
    !readerStarting &&
    linkedFilePaths(new BlockIndex(analyzer.blocks, analyzer.length)).length > 0
  ) {
    readerStarting = true;
    disk.prepare();
  }
  const alone = analyzer.analyze(null, options);
  if (!readFiles || file === null || !alone.rubric) return alone;
  const paths = linkedFilePaths(alone.blockIndex);
  if (paths.length === 0) return alone;
  const facts = await factsFor(
    resolve(file),
    paths.filter((path) => !held.has(path)),
  );
  return analyzer.analyze(null, { ...options, files: (path) => held.get(path) ?? facts.get(path) });
}

async function factsFor(document: string, paths: readonly string[]): Promise<Map<string, FileFacts>> {
  const folder = dirname(document);
  const unread = paths.filter((path) => !seen.has(`${folder}\0${path}`));
  if (unread.length > 0) {
    const read = disk.factsFor(document, unread, [process.cwd()]);
    for (const path of unread)
      seen.set(
        `${folder}\0${path}`,
        read.then((facts) => facts.get(path)),
      );
  }
  const found = new Map<string, FileFacts>();
  for (const path of paths) {
    const facts = await seen.get(`${folder}\0${path}`);
    if (facts) found.set(path, facts);
  }
  return found;
}
