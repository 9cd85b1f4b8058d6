/**
 * The CLI's language: `--locale`, else the terminal's (LC_ALL, LC_MESSAGES, LANG), else English.
 * Every line the CLI prints, and every message of a check, comes from the core's catalogue in it.
 */
import { type Locale, localeOf, localeOfEnvironment, type Messages, messagesFor } from '../core';

let current: Locale = localeOfEnvironment(process.env);

/** Sets the language from `--locale` when given; the terminal's stands otherwise. */
export function useLocale(tag: string | undefined): void {
  if (tag) current = localeOf(tag);
}

/** `--locale x` or `--locale=x` in the arguments: read before the program (and its --help) is built. */
export function localeInArguments(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--locale');
  if (at >= 0 && at + 1 < argv.length) return argv[at + 1];
  return argv.find((arg) => arg.startsWith('--locale='))?.slice('--locale='.length);
}

export const cliLocale = (): Locale => current;
export const cliMessages = (): Messages => messagesFor(current);
