/** `check`'s work on each file: read, fixed when asked, analysed with its linked files, reported. */
import { isAbsolute, relative } from 'node:path';
import { fileReport, type AnalyzeOptions, type RubricRegistry } from '../core';
import type { Checked, CheckOptions } from './checkOptions';
import type { Target } from './config';
import { readSubmission, STDIN } from './files';
import { fixSubmission } from './fix';
import { analyzeWithFiles } from './linkedFiles';
import { cliLocale } from './locale';
import { checkWordDraft, isWordDraft } from './wordDraft';
import { codeCacheReady } from '../node/codeCacheReady';

/** Reads and checks files in order (on the main thread or a worker thread). */
export async function checkFiles(targets: readonly Target[], registry: RubricRegistry, options: CheckOptions) {
  const terms = (options.identifyingTerms ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const checked: Checked[] = [];
  for (const target of targets) {
    const analyzeOptions = {
      registry,
      rubricId: options.rubric ?? null,
      associatedRubricId: target.associatedRubricId,
      identifyingTerms: [...target.identifyingTerms, ...terms],
      locale: options.locale ?? cliLocale(),
    };
    checked.push(
      target.file !== STDIN && isWordDraft(target.file)
        ? await checkWordDraft(target.file, displayPath(target.file), analyzeOptions, options.files !== false)
        : await checkMarkdown(target.file, analyzeOptions, options),
    );
  }
  if (checked.length > 0) codeCacheReady();
  return checked;
}

async function checkMarkdown(file: string, analyzeOptions: AnalyzeOptions, options: CheckOptions): Promise<Checked> {
  const read = readSubmission(file);
  const name = file === STDIN ? (options.stdinName ?? '<stdin>') : displayPath(file);
  if ('error' in read) return { error: file === STDIN ? read.error.replace(/^-:/, `${name}:`) : read.error };
  const fixed = options.fix ? fixSubmission(file, name, read, analyzeOptions) : null;
  const text = fixed?.text ?? read.text;
  const analysis = await analyzeWithFiles(text, file === STDIN ? null : file, analyzeOptions, options.files !== false);
  const report = fileReport(name, analysis);
  if (!fixed) return { report };
  return {
    report,
    fixed: fixed.report ?? undefined,
    error: fixed.error,
    fixedText: file === STDIN ? fixed.text : undefined,
  };
}

export const displayPath = (file: string) => (isAbsolute(file) ? relative(process.cwd(), file) || file : file);
