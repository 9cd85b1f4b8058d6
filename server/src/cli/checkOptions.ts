/** What `check` is asked (its options, also handed to worker threads) and what it gives back per file. */
import type { FileReport, Locale } from '../core';
import type { Format } from './formatters';
import { cliMessages } from './locale';

/** The exit codes, after `check --help` and `--help`, in the CLI's language. */
export const exitCodesHelp = (): string => cliMessages().t('cli.help.exitCodes');

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
