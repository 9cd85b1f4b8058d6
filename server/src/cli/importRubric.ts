/** `rubric-writer import-rubric`: a credential's published requirements become a rubric file. */
import { basename } from 'node:path';
import { type Command, Option } from 'commander';
import { BUILTIN_RUBRICS, draftCounts, loadRubricText, type RubricDraft, rubricFileText, uncertainWhy } from '../core';
import { loadBundle } from '../node/lazyBundles';
import { readRequirementText } from './requirementInputs';
import { UsageError } from './rubrics';
import { writeNewFile } from './files';
import { cliMessages } from './locale';

const FORMATS = ['yaml', 'json'] as const;

interface ImportRubricOptions {
  output?: string;
  id?: string;
  format: (typeof FORMATS)[number];
  force?: boolean;
}

export function registerImportRubric(program: Command, done: (exitCode: number) => void): void {
  const messages = cliMessages();
  program
    .command('import-rubric')
    .description(messages.t('cli.help.importRubric'))
    .argument('<requirements>', messages.t('cli.help.importRubric.requirements'))
    .option('-o, --output <file>', messages.t('cli.help.importRubric.output'))
    .option('--id <id>', messages.t('cli.help.importRubric.id'))
    .addOption(new Option('-f, --format <format>', messages.t('cli.help.importRubric.format')).choices(FORMATS))
    .option('--force', messages.t('cli.help.force'))
    .addHelpText('after', messages.t('cli.help.importRubric.exitCodes'))
    .action(async (file: string, options: ImportRubricOptions) => done(await importRubric(file, options)));
}

async function importRubric(file: string, options: ImportRubricOptions): Promise<number> {
  const text = await readRequirementText(file);
  const { readRequirements, slug } = loadBundle('importer');
  const draft = readRequirements(text);
  const messages = cliMessages();
  if (!draft) throw new UsageError(messages.t('view.import.noRequirements', { source: file }));
  const id = options.id ?? slug(draft.rubric.title);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new UsageError(messages.t('cli.importRubric.badId', { id }));
  if (BUILTIN_RUBRICS.some((rubric) => rubric.id === id))
    throw new UsageError(messages.t('cli.importRubric.builtIn', { id }));
  draft.rubric = { ...draft.rubric, id };
  if ((options.format ?? 'yaml') === 'json') {
    process.stdout.write(`${JSON.stringify(jsonDraft(draft), null, 2)}\n`);
    return 0;
  }
  const yaml = rubricFileText(draft, file === '-' ? messages.t('cli.export.stdin') : basename(file), messages);
  const problems = loadRubricText(yaml).problems.filter((problem) => problem.severity === 'error');
  if (problems.length > 0)
    throw new UsageError(messages.t('cli.importRubric.invalid', { problem: problems[0].message }));
  const output = options.output ?? `${id}.rubric.yaml`;
  if (output === '-') process.stdout.write(yaml);
  else writeNewFile(output, yaml, Boolean(options.force), 'cli.exists.forceOrName');
  const report = output === '-' ? process.stderr : process.stdout;
  report.write(summary(draft, output));
  return 0;
}

const pointer = (path: (string | number)[]) => `/${path.join('/')}`;

function jsonDraft(draft: RubricDraft) {
  return {
    rubric: draft.rubric,
    provenance: draft.provenance.map(({ path, line, quote }) => ({ path: pointer(path), line, quote })),
    uncertain: draft.uncertain.map((doubt) => ({
      path: pointer(doubt.path),
      line: doubt.line,
      why: uncertainWhy(doubt, cliMessages()),
    })),
  };
}

/** What was read: sections, rules, and each point to check with its line. */
function summary(draft: RubricDraft, output: string): string {
  const { sections, rules } = draftCounts(draft);
  const messages = cliMessages();
  const counts = { count: sections, rules, title: draft.rubric.title };
  const read =
    output === '-'
      ? messages.t('cli.importRubric.read', counts)
      : messages.t('cli.importRubric.wrote', { ...counts, file: output });
  const lines = [`rubric-writer: ${read}`];
  if (draft.uncertain.length > 0) lines.push(messages.t('cli.importRubric.check', { count: draft.uncertain.length }));
  for (const doubt of draft.uncertain)
    lines.push(messages.t('cli.importRubric.line', { line: String(doubt.line), why: uncertainWhy(doubt, messages) }));
  return `${lines.join('\n')}\n`;
}
