/** `check --fix`: the safe fixes applied to a file (written back) or to standard input (printed). */
import { writeFileSync } from 'node:fs';
import { fixDocument, type AnalyzeOptions } from '../core';
import { STDIN } from './files';
import { cliMessages } from './locale';

export interface Fixed {
  /** The text after the fixes (the text read when there were none). */
  text: string;
  /** One line on what changed, or null when nothing did. */
  report: string | null;
  /** Why the fixed text could not be written back, when it could not. */
  error?: string;
}

export function fixSubmission(
  file: string,
  name: string,
  read: { text: string; bom: boolean },
  options: AnalyzeOptions,
): Fixed {
  const { text, applied } = fixDocument(read.text, options);
  if (applied.length === 0) return { text: read.text, report: null };
  const report = cliMessages().t('cli.fixed', { file: name, changes: applied.map((fix) => fix.done).join('; ') });
  if (file === STDIN) return { text, report };
  try {
    writeFileSync(file, read.bom ? `\uFEFF${text}` : text);
  } catch (error) {
    const reason = (error as Error).message;
    return { text: read.text, report: null, error: cliMessages().t('cli.fixWriteFailed', { file: name, reason }) };
  }
  return { text, report };
}
