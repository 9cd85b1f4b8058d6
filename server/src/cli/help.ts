/** `--help` in the CLI's language: commander's own words (titles, the help option, choices, defaults). */
import { type Command, Help, type Option } from 'commander';
import type { MessageKey } from '../core';
import { cliMessages } from './locale';
import { localFlags, placeholderName } from './commanderErrors';

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'cli.help.title.usage',
  'Arguments:': 'cli.help.title.arguments',
  'Options:': 'cli.help.title.options',
  'Global Options:': 'cli.help.title.globalOptions',
  'Commands:': 'cli.help.title.commands',
};

/** Commander's `[options]` and `[command]`, and the arguments' names, in the usage line and the list of commands. */
const placeholders = (usage: string) =>
  localFlags(
    cliMessages(),
    usage
      .replace('[options]', cliMessages().t('cli.help.optionsPlaceholder'))
      .replace('[command]', cliMessages().t('cli.help.commandPlaceholder')),
  );

/** Set on the program before its commands are added: they inherit the help option and the help command. */
export function localizeHelp(program: Command): Command {
  const messages = cliMessages();
  return program
    .helpOption('-h, --help', messages.t('cli.help.help'))
    .helpCommand(`help ${messages.t('cli.help.commandPlaceholder')}`, messages.t('cli.help.help'))
    .configureHelp({
      styleTitle: (title) => (TITLES[title] ? messages.t(TITLES[title]) : title),
      commandUsage: (command) => placeholders(Help.prototype.commandUsage.call(new Help(), command)),
      subcommandTerm: (command) => placeholders(Help.prototype.subcommandTerm.call(new Help(), command)),
      optionTerm: (option) => localFlags(messages, option.flags),
      argumentTerm: (argument) => placeholderName(messages, argument.name()),
      optionDescription(option: Option) {
        return Help.prototype.optionDescription
          .call(this, option)
          .replace(/\(choices: (.*?)(, default: (.*))?\)$/, (_whole, values: string, _d, value?: string) => {
            const choices = messages.t('cli.help.choices', { values });
            return `(${value === undefined ? choices : `${choices}, ${messages.t('cli.help.default', { value })}`})`;
          })
          .replace(/\(default: (.*)\)$/, (_whole, value: string) => `(${messages.t('cli.help.default', { value })})`);
      },
    });
}
