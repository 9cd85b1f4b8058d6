/** `rubric-writer import DRAFT.docx`: a Word draft becomes a submission in Markdown, its images beside it. */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { describeMetadataFinding, importNotes, type WordImport } from '../core';
import { configOptions, configure } from './config';
import { registryFor, rubricsOption, unknownRubric, UsageError } from './rubrics';
import { alreadyExists, writeNewFile } from './files';
import { imageFolderFor, noRubricMatch, readWordDraft, wordStem } from './wordDraft';
import { cliMessages } from './locale';

interface ImportOptions {
  output?: string;
  rubric?: string;
  force?: boolean;
  rubrics?: string[];
  identifyingTerms?: string;
  config?: string | false;
}

export function registerImport(program: Command, done: (exitCode: number) => void): void {
  const messages = cliMessages();
  const [config, noConfig] = configOptions();
  program
    .command('import')
    .description(messages.t('cli.help.import'))
    .argument('<draft>', messages.t('cli.help.import.draft'))
    .option('-o, --output <file>', messages.t('cli.help.import.output'))
    .option('-r, --rubric <id>', messages.t('cli.help.import.rubric'))
    .option('--force', messages.t('cli.help.import.force'))
    .option(...rubricsOption())
    .option(...config)
    .option(...noConfig)
    .option('--identifying-terms <terms>', messages.t('cli.help.identifyingTerms'))
    .action(async (draft: string, options: ImportOptions) => done(await importDraft(draft, options)));
}

async function importDraft(draft: string, options: ImportOptions): Promise<number> {
  const configured = await configure([draft], undefined, options);
  if (configured.problems.length > 0) throw new UsageError(configured.problems[0]);
  const { registry, problems } = await registryFor(options.rubrics, configured.rubricPaths);
  for (const problem of problems) process.stderr.write(`rubric-writer: ${problem}\n`);
  if (options.rubric && !registry.get(options.rubric)) throw unknownRubric(registry, options.rubric);
  const output = options.output ?? `${wordStem(draft)}.md`;
  if (output !== '-' && existsSync(output) && !options.force) throw alreadyExists(output);
  const imageName = imageFolderFor(output === '-' ? draft : output);
  const terms = (options.identifyingTerms ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const imported = await readWordDraft(draft, {
    registry,
    rubricId: options.rubric ?? null,
    identifyingTerms: [...(configured.targets[0]?.identifyingTerms ?? []), ...terms],
    imageFolder: imageName,
  });
  if ('error' in imported) throw new UsageError(imported.error);
  if (!imported.rubric) throw new UsageError(noRubricMatch(draft, imported.candidates));
  // Printed Markdown is most often redirected into the current folder (`> draft.md`), where its
  // relative image links then resolve: the images go there, and the writer is told.
  const imageFolder = join(output === '-' ? process.cwd() : dirname(resolve(output)), imageName);
  writeImages(imported, imageFolder, Boolean(options.force));
  if (output === '-') process.stdout.write(imported.markdown);
  else writeNewFile(output, imported.markdown, Boolean(options.force));
  summarize(output === '-' ? cliMessages().t('cli.import.stdout') : output, imported);
  if (output === '-' && imported.images.length > 0)
    process.stderr.write(`rubric-writer: ${cliMessages().t('cli.import.imagesHere', { folder: imageFolder })}\n`);
  return 0;
}

function writeImages(imported: WordImport, folder: string, force: boolean): void {
  if (imported.images.length === 0) return;
  const paths = imported.images.map((image) => join(folder, image.path.split('/').pop()!));
  const taken = paths.find((path) => existsSync(path));
  if (taken && !force) throw alreadyExists(taken);
  mkdirSync(folder, { recursive: true });
  imported.images.forEach((image, i) => writeNewFile(paths[i], image.bytes, force));
}

function summarize(output: string, imported: WordImport): void {
  const say = (line: string) => process.stderr.write(`rubric-writer: ${line}\n`);
  const messages = cliMessages();
  const rubric = imported.rubric!;
  say(messages.t('cli.import.wrote', { file: output, title: rubric.title, id: rubric.id }));
  const found = imported.sectionsFound;
  say(
    found.length > 0
      ? messages.t('cli.import.sectionsNamed', { count: found.length, titles: found.join('; ') })
      : messages.t('cli.import.sections', { count: 0 }),
  );
  const changes = {
    insertions: messages.t('cli.import.insertions', { count: imported.insertions }),
    deletions: messages.t('cli.import.deletions', { count: imported.deletions }),
    comments: imported.comments,
    images: imported.images.length,
  };
  say(
    imported.images.length > 0
      ? messages.t('cli.import.changesImages', { ...changes, folder: imported.images[0].path.split('/')[0] })
      : messages.t('cli.import.changes', changes),
  );
  for (const note of importNotes(imported, messages)) say(messages.t('cli.import.note', { message: note }));
  for (const finding of imported.metadata)
    say(messages.t('cli.import.metadata', { finding: describeMetadataFinding(finding, messages) }));
}
