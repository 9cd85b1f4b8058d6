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

export const cliLocale = (): Locale => current;
export const cliMessages = (): Messages => messagesFor(current);
