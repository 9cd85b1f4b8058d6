/** What `check` is asked (its options, also handed to worker threads) and what it gives back per file. */
import type { FileReport, Locale } from '../core';
import type { Format } from './formatters';

export const EXIT_CODES = `
Exit codes of check:
  0  no file has an error (warnings and notes do not fail; nor does anything with --exit-zero)
  1  a file has an error
  2  a usage or read error (one line on stderr each; the other files are still checked)`;

export interface CheckOptions {
  format: Format;
  rubric?: string;
  rubrics?: string[];
  sections?: boolean;
  identifyingTerms?: string;
  exitZero?: boolean;
  /** The file name reported for standard input (`check -`). */
  stdinName?: string;
  fix?: boolean;
  /** `--config FILE`, or false for `--no-config`. */
  config?: string | false;
  /** The rubric folders the project configs name (their rubrics yield to --rubrics'). */
  configRubrics?: string[];
  /** false for `--no-files`: linked files are not read. */
  files?: boolean;
  /** The language of the messages, handed to the worker threads. */
  locale?: Locale;
}

/** A file's report, with what --fix changed (and standard input's fixed text). */
export type Checked = { report: FileReport; fixed?: string; fixedText?: string; error?: string } | { error: string };
