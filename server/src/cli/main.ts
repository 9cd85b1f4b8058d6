/** `rubric-writer`: the core's checks for terminals, pre-submission checks and CI. */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { Command, CommanderError, Option } from 'commander';
import { renderTemplate, type FileReport, type RubricRegistry } from '../core';
import type { MessageKey } from '../core';
import { type CheckOptions, exitCodesHelp } from './checkOptions';
import { registryFor, rubricsOption, UsageError, unknownRubric } from './rubrics';
import { registerExport } from './export';
import { registerImportRubric } from './importRubric';
import { registerImport } from './importCommand';
import { STDIN } from './files';
import { configInFolder, configOptions, configure } from './config';
import { expandInputs, namedFolders } from './inputs';
import { FORMATS, formatGithub, formatJson, formatText } from './formatters';
import { CHECKS_HELP_URL, REPOSITORY_URL, VERSION } from './packageInfo';
import { formatSarif } from './sarif';
import { cliMessages, localeInArguments, useLocale } from './locale';
import { localizeHelp } from './help';
import { commanderErrorText } from './commanderErrors';
import { checkInParallel, runWorker } from './workerPool';

async function check(patterns: string[], options: CheckOptions): Promise<number> {
  const { files, named, errors } = expandInputs(patterns);
  if (options.fix && files.includes(STDIN) && files.length > 1)
    throw new UsageError(cliMessages().t('cli.fixWithStdin'));
  const configured = await configure(files, options.stdinName, options, namedFolders(patterns), named);
  for (const line of [...configured.warnings, ...configured.problems]) process.stderr.write(`rubric-writer: ${line}\n`);
  // The workers load the same folders: the --rubrics ones and those the configs name.
  options = { ...options, configRubrics: configured.rubricPaths };
  const { registry, problems, failed: rubricsFailed } = await registryFor(options.rubrics, options.configRubrics);
  for (const problem of problems) process.stderr.write(`rubric-writer: ${problem}\n`);
  if (options.rubric && !registry.get(options.rubric)) throw unknownRubric(registry, options.rubric);
  const reports: FileReport[] = [];
  let fixedText: string | undefined;
  for (const checked of await checkInParallel(configured.targets, registry, options)) {
    if (checked.error) errors.push(checked.error);
    if (!('report' in checked)) continue;
    reports.push(checked.report);
    if (checked.fixed) process.stderr.write(`rubric-writer: ${checked.fixed}\n`);
    fixedText ??= checked.fixedText;
  }
  // A run that checked nothing says so: a CI job that checks no file must not pass unnoticed.
  if (configured.targets.length === 0 && errors.length === 0 && configured.problems.length === 0)
    errors.push(
      cliMessages().t('cli.nothingChecked', { reason: cliMessages().t(nothingCheckedReason(patterns, files)) }),
    );
  for (const error of errors) process.stderr.write(`rubric-writer: ${error}\n`);
  const output =
    fixedText !== undefined
      ? () => fixedText
      : {
          text: () => formatText(reports, Boolean(options.sections)),
          json: () => formatJson(reports),
          github: () => formatGithub(reports),
          sarif: () =>
            formatSarif(reports, {
              version: VERSION,
              informationUri: REPOSITORY_URL,
              helpUri: CHECKS_HELP_URL,
              root: process.cwd(),
            }),
        }[options.format];
  process.stdout.write(output());
  if (errors.length > 0 || rubricsFailed || configured.problems.length > 0) return 2;
  const failed = reports.some((report) => report.diagnostics.some((d) => d.severity === 'error'));
  return failed && !options.exitZero ? 1 : 0;
}

function nothingCheckedReason(patterns: readonly string[], files: readonly string[]): MessageKey {
  if (patterns.every((pattern) => pattern.startsWith('!') && pattern.length > 1))
    return 'cli.nothingChecked.onlyExcludes';
  if (files.length === 0) return 'cli.nothingChecked.allExcluded';
  return 'cli.nothingChecked.allIgnored';
}

type RubricOptions = { rubrics?: string[]; config?: string | false };

/** The registry `new` and `rubrics` use: the --rubrics folders, and the rubric folders of the config in `folder`. */
async function registryIn(folder: string, options: RubricOptions): Promise<RubricRegistry> {
  const configured = await configInFolder(folder, options);
  for (const line of [...configured.warnings, ...configured.problems]) process.stderr.write(`rubric-writer: ${line}\n`);
  const { registry, problems } = await registryFor(options.rubrics, configured.rubricPaths);
  for (const problem of problems) process.stderr.write(`rubric-writer: ${problem}\n`);
  return registry;
}

async function newSubmission(rubricId: string, options: { output?: string } & RubricOptions): Promise<number> {
  // The config of the folder the template goes to.
  const registry = await registryIn(options.output ? dirname(resolve(options.output)) : process.cwd(), options);
  const rubric = registry.get(rubricId);
  if (!rubric) throw unknownRubric(registry, rubricId);
  const template = renderTemplate(rubric);
  if (!options.output) {
    process.stdout.write(template);
    return 0;
  }
  try {
    writeFileSync(options.output, template, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const messages = cliMessages();
    throw new UsageError(
      code === 'EEXIST'
        ? messages.t('cli.exists', { file: options.output, hint: messages.t('cli.exists.chooseName') })
        : messages.t('cli.cannotWrite', { file: options.output, reason: (error as Error).message }),
    );
  }
  process.stderr.write(
    `rubric-writer: ${cliMessages().t('cli.new.wrote', { file: options.output, title: rubric.title })}\n`,
  );
  return 0;
}

async function listRubrics(options: { json?: boolean } & RubricOptions): Promise<number> {
  const registry = await registryIn(process.cwd(), options);
  const entries = registry.list();
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify(
        entries.map(({ rubric }) => ({ id: rubric.id, title: rubric.title, kind: rubric.kind, source: rubric.source })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const width = Math.max(...entries.map((e) => e.rubric.id.length));
  const messages = cliMessages();
  for (const { rubric } of entries) {
    const kind = messages.t(`cli.rubrics.${rubric.kind}`);
    const line = messages.t('cli.rubrics.line', {
      id: rubric.id.padEnd(width),
      title: rubric.title,
      kind,
      source: rubric.source,
    });
    process.stdout.write(`${line}\n`);
  }
  return 0;
}

function startServer(): number {
  // The language server is its own bundle beside this one; it reads the transport from argv.
  require(join(__dirname, 'server.js'));
  return -1;
}

/** Where each command hands its exit code; a negative one (the server) leaves the process running. */
type Done = (exitCode: number) => void;

function registerCheck(program: Command, done: Done): void {
  const messages = cliMessages();
  const command = program
    .command('check')
    .description(messages.t('cli.help.check'))
    .argument('<files...>', messages.t('cli.help.check.files'))
    .addOption(
      new Option('-f, --format <format>', messages.t('cli.help.check.format')).choices(FORMATS).default('text'),
    )
    .option('-r, --rubric <id>', messages.t('cli.help.check.rubric'))
    .option(...rubricsOption());
  for (const [flags, description] of configOptions()) command.option(flags, description);
  command
    .option('--sections', messages.t('cli.help.check.sections'))
    .option('--identifying-terms <terms>', messages.t('cli.help.identifyingTerms'))
    .option('--exit-zero', messages.t('cli.help.check.exitZero'))
    .option('--no-files', messages.t('cli.help.check.noFiles'))
    .option('--stdin-name <name>', messages.t('cli.help.check.stdinName'))
    .option('--fix', messages.t('cli.help.check.fix'))
    .addHelpText('after', exitCodesHelp())
    .action(async (files: string[], options: CheckOptions) => done(await check(files, options)));
}

function registerRubricCommands(program: Command, done: Done): void {
  const messages = cliMessages();
  const create = program
    .command('new')
    .description(messages.t('cli.help.new'))
    .argument('<rubric>', messages.t('cli.help.new.rubric'))
    .option('-o, --output <file>', messages.t('cli.help.new.output'))
    .option(...rubricsOption());
  for (const [flags, description] of configOptions()) create.option(flags, description);
  create.action(async (rubric: string, options: { output?: string } & RubricOptions) =>
    done(await newSubmission(rubric, options)),
  );
  const list = program
    .command('rubrics')
    .description(messages.t('cli.help.rubrics'))
    .option('--json', messages.t('cli.help.rubrics.json'))
    .option(...rubricsOption());
  for (const [flags, description] of configOptions()) list.option(flags, description);
  list.action(async (options: { json?: boolean } & RubricOptions) => done(await listRubrics(options)));
}

function registerServer(program: Command, done: Done): void {
  program
    .command('server')
    .description(cliMessages().t('cli.help.server'))
    .allowUnknownOption(true)
    .option('--stdio', cliMessages().t('cli.help.server.stdio'))
    .action(() => done(startServer()));
}

function createProgram(done: Done): Command {
  const messages = cliMessages();
  const program = localizeHelp(new Command())
    .name('rubric-writer')
    .description(messages.t('cli.help.program'))
    .version(VERSION, '-v, --version', messages.t('cli.help.version'))
    .option('--locale <language>', messages.t('cli.help.locale'))
    .hook('preAction', (command) => useLocale(command.opts().locale))
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`rubric-writer: ${commanderErrorText(text)}\n`) })
    .showSuggestionAfterError(true)
    .addHelpText('after', exitCodesHelp());
  registerCheck(program, done);
  registerRubricCommands(program, done);
  registerExport(program, done);
  registerImportRubric(program, done);
  registerImport(program, done);
  registerServer(program, done);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  let exitCode = 0;
  // The language is known before the program is built: its --help is written in it.
  useLocale(localeInArguments(argv));
  const program = createProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`rubric-writer: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(
      `rubric-writer: ${cliMessages().t('cli.unexpectedError', { reason: (error as Error).message })}\n`,
    );
    process.exitCode = 2;
    return;
  }
  if (exitCode >= 0) process.exitCode = exitCode;
}

if (isMainThread) void main(process.argv);
else runWorker();
