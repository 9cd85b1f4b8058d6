/**
 * Commander's own errors (an unknown command or option, a missing or extra argument, a value not
 * among the choices) in the CLI's language. Commander writes them in English with no parameters
 * apart, so each is read back by its pattern and written again from the catalogue; English keeps
 * commander's words, on one line.
 */
import type { MessageKey, Messages } from '../core';
import { cliMessages } from './locale';

/** A commander error: its pattern, and the message that says it (with what the pattern caught). */
interface Known {
  pattern: RegExp;
  render: (messages: Messages, found: string[]) => string;
}

/** `(Did you mean check?)`, `(Did you mean one of --rubric, --rubrics?)` after an unknown name. */
const SUGGESTION = String.raw`(?: \(Did you mean (?:one of )?(.+)\?\))?`;

const suggested = (messages: Messages, key: MessageKey, name: string, suggestions?: string) =>
  suggestions
    ? messages.t(`${key}.suggest` as MessageKey, {
        name,
        suggestions: messages.list(suggestions.split(', '), 'disjunction'),
      })
    : messages.t(key, { name });

const KNOWN: Known[] = [
  {
    pattern: new RegExp(`^unknown command '(.*)'${SUGGESTION}$`),
    render: (m, [name, suggestions]) => suggested(m, 'cli.commander.unknownCommand', name, suggestions),
  },
  {
    pattern: new RegExp(`^unknown option '(.*)'${SUGGESTION}$`),
    render: (m, [name, suggestions]) => suggested(m, 'cli.commander.unknownOption', name, suggestions),
  },
  {
    pattern: /^missing required argument '(.*)'$/,
    render: (m, [name]) => m.t('cli.commander.missingArgument', { name: placeholderName(m, name) }),
  },
  {
    pattern: /^option '(.*)' argument missing$/,
    render: (m, [option]) => m.t('cli.commander.optionMissingValue', { option: localFlags(m, option) }),
  },
  {
    pattern: /^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    render: (m, [option, value, choices]) =>
      m.t('cli.commander.invalidChoice', { option: localFlags(m, option), value, choices }),
  },
  {
    pattern: /^command-argument value '(.*)' is invalid for argument '(.*)'\. Allowed choices are (.*)\.$/,
    render: (m, [value, name, choices]) =>
      m.t('cli.commander.invalidChoice', { option: placeholderName(m, name), value, choices }),
  },
  {
    pattern: /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    render: (m, [command, expected, got]) =>
      m.t('cli.commander.excessArguments', {
        command: command ?? 'rubric-writer',
        count: Number(expected),
        got: Number(got),
      }),
  },
];

/** Commander's error as the CLI prints it (after `rubric-writer: `): one line, in the CLI's language. */
export function commanderErrorText(text: string, messages: Messages = cliMessages()): string {
  const english = text
    .replace(/^error: /, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  if (messages.locale === 'en') return english;
  for (const { pattern, render } of KNOWN) {
    const found = pattern.exec(english);
    if (found) return render(messages, found.slice(1));
  }
  return english;
}

/** The names given to commander's arguments and option values, as --help and the errors show them. */
const PLACEHOLDERS: Record<string, MessageKey> = {
  file: 'cli.help.placeholder.file',
  files: 'cli.help.placeholder.files',
  format: 'cli.help.placeholder.format',
  folder: 'cli.help.placeholder.folder',
  terms: 'cli.help.placeholder.terms',
  name: 'cli.help.placeholder.name',
  rubric: 'cli.help.placeholder.rubric',
  requirements: 'cli.help.placeholder.requirements',
  draft: 'cli.help.placeholder.draft',
  language: 'cli.help.placeholder.language',
};

/** `files` → `archivos`: an argument's or an option value's name in the language (unknown names stay). */
export function placeholderName(messages: Messages, name: string): string {
  const key = PLACEHOLDERS[name];
  return key ? messages.t(key) : name;
}

/** `<files...>`, `[file]` and the like in a usage line or an option's flags, their names in the language. */
export const localFlags = (messages: Messages, text: string): string =>
  text.replace(
    /([<[])([\w-]+)(\.\.\.)?([>\]])/g,
    (_whole, open: string, name: string, dots = '', close: string) =>
      `${open}${placeholderName(messages, name)}${dots}${close}`,
  );
