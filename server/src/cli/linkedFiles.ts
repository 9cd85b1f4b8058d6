/**
 * The CLI's reading of the files a submission links (unless `--no-files`): the text is analysed,
 * the linked files read (each once per size and modification time), and the analysis run again
 * with what they said, on the blocks already parsed (only the checks run twice, not the parse).
 * Standard input has no folder to read beside.
 */
import { resolve } from 'node:path';
import { type Analysis, type AnalyzeOptions, DocumentAnalyzer, type FileFacts, linkedFilePaths } from '../core';
import { DiskFileFacts } from '../node/linkedFileFacts';
import { cliMessages } from './locale';

const disk = new DiskFileFacts((line) => process.stderr.write(`rubric-writer: ${line}\n`), cliMessages);

/** `file`'s text analysed with the facts of the files it links; none are read for standard input or --no-files. */
export async function analyzeWithFiles(
  text: string,
  file: string | null,
  options: AnalyzeOptions,
  readFiles: boolean,
): Promise<Analysis> {
  const analyzer = new DocumentAnalyzer();
  const alone = analyzer.analyze(text, options);
  if (!readFiles || file === null || !alone.rubric) return alone;
  const paths = linkedFilePaths(alone.blockIndex);
  if (paths.length === 0) return alone;
  const facts: Map<string, FileFacts> = await disk.factsFor(resolve(file), paths, [process.cwd()]);
  return analyzer.analyze(null, { ...options, files: (path) => facts.get(path) });
}
