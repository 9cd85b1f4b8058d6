/** `rubric-writer import DRAFT.docx`: a Word draft becomes a submission in Markdown, its images beside it. */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { describeMetadataFinding, type WordImport } from '../core';
import { CONFIG_OPTIONS, configure } from './config';
import { RUBRICS_OPTION, registryFor, unknownRubric, UsageError } from './rubrics';
import { alreadyExists, writeNewFile } from './files';
import { imageFolderFor, noRubricMatch, readWordDraft } from './wordDraft';

interface ImportOptions {
  output?: string;
  rubric?: string;
  force?: boolean;
  rubrics?: string[];
  identifyingTerms?: string;
  config?: string | false;
}

export function registerImport(program: Command, done: (exitCode: number) => void): void {
  program
    .command('import')
    .description('turn a Word document (.docx, also from Google Docs) into a submission in Markdown')
    .argument('<draft>', 'the Word document (.docx)')
    .option(
      '-o, --output <file>',
      'where to write it (default: beside the draft, draft.docx → draft.md); - for stdout (images: current folder)',
    )
    .option('-r, --rubric <id>', 'the rubric it is written to (default: the one its headings match best)')
    .option('--force', 'replace the Markdown file and images when they exist')
    .option(...RUBRICS_OPTION)
    .option(CONFIG_OPTIONS[0][0], CONFIG_OPTIONS[0][1])
    .option(CONFIG_OPTIONS[1][0], CONFIG_OPTIONS[1][1])
    .option('--identifying-terms <terms>', 'comma-separated names, places or schools that would identify you')
    .action(async (draft: string, options: ImportOptions) => done(await importDraft(draft, options)));
}

async function importDraft(draft: string, options: ImportOptions): Promise<number> {
  const configured = await configure([draft], undefined, options);
  if (configured.problems.length > 0) throw new UsageError(configured.problems[0]);
  const { registry, problems } = await registryFor(options.rubrics, configured.rubricPaths);
  for (const problem of problems) process.stderr.write(`rubric-writer: ${problem}\n`);
  if (options.rubric && !registry.get(options.rubric)) throw unknownRubric(registry, options.rubric);
  const output = options.output ?? `${draft.replace(/\.docx$/i, '')}.md`;
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
  summarize(output === '-' ? 'standard output' : output, imported);
  if (output === '-' && imported.images.length > 0)
    process.stderr.write(
      `rubric-writer: images written to ${imageFolder}; the links are relative to the current folder, ` +
        'so save the Markdown here\n',
    );
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

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function summarize(output: string, imported: WordImport): void {
  const say = (line: string) => process.stderr.write(`rubric-writer: ${line}\n`);
  const rubric = imported.rubric!;
  say(`wrote ${output} (${rubric.title}, ${rubric.id})`);
  say(
    `sections found: ${imported.sectionsFound.length}` +
      (imported.sectionsFound.length > 0 ? ` (${imported.sectionsFound.join('; ')})` : ''),
  );
  say(
    `tracked changes: ${plural(imported.insertions, 'insertion')}, ${plural(imported.deletions, 'deletion')} ` +
      `(read as accepted); comments: ${imported.comments} (left out); images: ${imported.images.length}` +
      (imported.images.length > 0 ? ` (in ${imported.images[0].path.split('/')[0]}/)` : ''),
  );
  for (const message of imported.messages) say(`note: ${message}`);
  for (const finding of imported.metadata)
    say(`warning identifying-metadata: ${describeMetadataFinding(finding)} (not imported)`);
}
