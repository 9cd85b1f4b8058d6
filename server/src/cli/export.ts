/** `rubric-writer export`: the submission as Word, plain text per section, or a readiness report. */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { documentTree, type ExportWarning } from '../core';
import { alreadyExists, readSubmission, STDIN, writeNewFile } from './files';
import { escapeControls } from './formatters';
import { registryFor, rubricsOption, UsageError } from './rubrics';
import { configOptions, configure } from './config';
import { diskImageReader } from '../node/imageFiles';
import { loadBundle } from '../node/lazyBundles';
import { isSameFile } from '../node/sameFile';
import { isWordDraft } from './wordDraft';
import { analyzeWithFiles } from './linkedFiles';
import { cliLocale, cliMessages } from './locale';

export const EXPORT_FORMATS = ['docx', 'html', 'text'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EXTENSIONS: Record<ExportFormat, string> = { docx: '.docx', html: '.html', text: '.txt' };
const NAMES = { docx: 'cli.export.docx', html: 'cli.export.html', text: 'cli.export.text' } as const;
const nameOf = (format: ExportFormat) => cliMessages().t(NAMES[format]);

interface ExportOptions {
  format: ExportFormat;
  output?: string;
  force?: boolean;
  rubrics?: string[];
  identifyingTerms?: string;
  /** `--config FILE`, or false for `--no-config`. */
  config?: string | false;
  /** false for `--no-files`: the readiness report does not read the linked files. */
  files?: boolean;
}

export function registerExport(program: Command, done: (exitCode: number) => void): void {
  const messages = cliMessages();
  const [config, noConfig] = configOptions();
  program
    .command('export')
    .description(messages.t('cli.help.export'))
    .argument('<file>', messages.t('cli.help.export.file'))
    .addOption(
      new Option('-f, --format <format>', messages.t('cli.help.export.format')).choices(EXPORT_FORMATS).default('docx'),
    )
    .option('-o, --output <file>', messages.t('cli.help.export.output'))
    .option('--force', messages.t('cli.help.force'))
    .option(...rubricsOption())
    .option(...config)
    .option(...noConfig)
    .option('--identifying-terms <terms>', messages.t('cli.help.identifyingTerms'))
    .option('--no-files', messages.t('cli.help.export.noFiles'))
    .action(async (file: string, options: ExportOptions) => {
      done(await exportSubmission(file, options));
    });
}

async function exportSubmission(file: string, options: ExportOptions): Promise<number> {
  if (isWordDraft(file)) throw new UsageError(cliMessages().t('cli.export.wordDraft', { file }));
  // The submission's project config applies as in check: a broken one stops the export.
  const configured = await configure([file], undefined, options);
  for (const warning of configured.warnings) process.stderr.write(`rubric-writer: ${warning}\n`);
  if (configured.problems.length > 0) {
    for (const problem of configured.problems.slice(1)) process.stderr.write(`rubric-writer: ${problem}\n`);
    throw new UsageError(configured.problems[0]);
  }
  const [target] = configured.targets;
  const { registry, problems } = await registryFor(options.rubrics, configured.rubricPaths);
  for (const problem of problems) process.stderr.write(`rubric-writer: ${problem}\n`);
  const output = outputPath(file, options);
  const read = readSubmission(file);
  if ('error' in read) throw new UsageError(read.error);
  const terms = (options.identifyingTerms ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const analysisOptions = {
    registry,
    associatedRubricId: target?.associatedRubricId ?? null,
    identifyingTerms: [...(target?.identifyingTerms ?? []), ...terms],
    locale: cliLocale(),
  };
  const analysis = await analyzeWithFiles(
    read.text,
    file === STDIN ? null : file,
    analysisOptions,
    options.files !== false,
  );
  if (!analysis.rubric) {
    const why = analysis.diagnostics.find((d) => d.code === 'unknown-rubric' || d.code === 'invalid-front-matter');
    throw new UsageError(
      why
        ? cliMessages().t('cli.export.cannotExport', { file, reason: why.message })
        : cliMessages().t('cli.export.noRubric', { file }),
    );
  }
  // The writers are in a bundle of their own with the Word reader (dist/word.js), loaded only now.
  const { docxOfTree, plainTextOfTree, exportReadinessReport } = loadBundle('exporter');
  const warnings: ExportWarning[] = [];
  let content: Uint8Array | string;
  if (options.format === 'docx') {
    const folder = file === STDIN ? process.cwd() : dirname(resolve(file));
    // Only images inside the submission's folder: the export goes to others, the rest of the disk does not.
    const docx = await docxOfTree(analysis, documentTree(analysis.blocks), {
      readImage: diskImageReader(folder, [folder], undefined, cliMessages()),
    });
    warnings.push(...docx.warnings);
    content = docx.bytes;
  } else if (options.format === 'html')
    content = exportReadinessReport(analysis, {
      file: file === STDIN ? cliMessages().t('cli.export.stdin') : basename(file),
    });
  else content = plainTextOfTree(analysis, documentTree(analysis.blocks));
  for (const { line, message } of warnings) {
    const warning = cliMessages().t('cli.export.warning', { file, line: String(line), message });
    process.stderr.write(`${escapeControls(`rubric-writer: ${warning}`)}\n`);
  }
  if (output === '-') {
    process.stdout.write(content);
    return 0;
  }
  writeNewFile(output, content, Boolean(options.force));
  const wrote = cliMessages().t('cli.export.wrote', {
    file: output,
    what: nameOf(options.format),
    title: analysis.rubric.title,
  });
  process.stderr.write(`rubric-writer: ${wrote}\n`);
  return 0;
}

function outputPath(file: string, options: ExportOptions): string {
  if (options.output === '-') return options.output;
  if (!options.output && file === STDIN) throw new UsageError(cliMessages().t('cli.export.stdinOutput'));
  const ext = extname(file);
  const output = options.output ?? `${ext ? file.slice(0, -ext.length) : file}${EXTENSIONS[options.format]}`;
  // Never over the submission, --force or not: the export would replace the work it was made from.
  if (file !== STDIN && isSameFile(output, file))
    throw new UsageError(
      options.output
        ? cliMessages().t('cli.export.isSubmission', { file: output })
        : cliMessages().t('cli.export.wouldOverwrite', { file: output, what: nameOf(options.format) }),
    );
  if (existsSync(output) && !options.force) throw alreadyExists(output);
  return output;
}
