/** Word drafts (.docx) from the command line: read, import as a submission, and check. */
import { readFileSync, statSync } from 'node:fs';
import {
  compareDiagnostics,
  describeWordFileProblem,
  fileReport,
  metadataDiagnostics,
  paragraphAt,
  type FileFacts,
  type FileReport,
  type RubricCandidate,
  type RubricRegistry,
  type WordImport,
  wordFileProblem,
} from '../core';
import { documentReader, readFailure } from '../node/readerThread';
import { MAX_FILE_BYTES } from './files';
import { analyzeWithFiles } from './linkedFiles';
import { cliMessages } from './locale';

/**
 * Word's file names: a document (.docx), one with macros (.docm) and templates (.dotx, .dotm) are
 * the same package and read alike; a .doc is read only to tell the writer to save it as .docx.
 */
const WORD_EXTENSION = /\.(?:docx?|docm|dotx|dotm)$/i;

export const isWordDraft = (file: string) => WORD_EXTENSION.test(file);

/** The draft's name without its Word extension: `draft.docm` → `draft`. */
export const wordStem = (file: string) => file.replace(WORD_EXTENSION, '');

export interface WordDraftOptions {
  registry: RubricRegistry;
  rubricId?: string | null;
  /** The rubric the project's associations name for the file, when no --rubric is given. */
  associatedRubricId?: string | null;
  identifyingTerms: readonly string[];
  /** Where the Markdown links the images (relative to it). */
  imageFolder: string;
}

/** The draft imported, or one line saying why it cannot be. */
export async function readWordDraft(file: string, options: WordDraftOptions): Promise<WordImport | { error: string }> {
  const messages = cliMessages();
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > 5 * MAX_FILE_BYTES)
      return { error: messages.t('cli.word.tooLarge', { file, size: (size / 1048576).toFixed(1) }) };
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? messages.t('cli.read.noSuchFile')
        : code === 'EISDIR'
          ? messages.t('cli.isFolder')
          : (error as Error).message;
    return { error: messages.t('cli.read.cannotRead', { file, reason }) };
  }
  const problem = wordFileProblem(bytes);
  if (problem) return { error: describeWordFileProblem(problem, file, messages) };
  try {
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // The Word converters are a bundle of their own, loaded only now, in the reading thread.
    return await documentReader().importWordDocument(data, options);
  } catch (error) {
    return { error: messages.t('cli.word.cannotRead', { file, reason: readFailure(error as Error, messages) }) };
  }
}

/** "no rubric matches its headings well; closest: a (2 sections matched), b (1), c (0)". */
export function noRubricMatch(file: string, candidates: readonly RubricCandidate[]): string {
  const messages = cliMessages();
  const closest = candidates
    .map(({ id, matched, sections }, i) =>
      messages.t(i === 0 ? 'cli.word.closestFirst' : 'cli.word.closest', { id, matched, sections, count: matched }),
    )
    .join(', ');
  return messages.t('cli.word.noRubric', { file, closest });
}

/**
 * The report `check` gives the imported Markdown, each problem placed at its Word paragraph. The files
 * the draft links are read beside it, as they would be beside the Markdown (unless `readFiles` is false);
 * its own images are read from the draft, where they are until an import writes them.
 */
export async function checkWordDraft(
  file: string,
  name: string,
  options: Omit<WordDraftOptions, 'imageFolder'>,
  readFiles = true,
): Promise<{ report: FileReport } | { error: string }> {
  const rubricId = options.rubricId ?? options.associatedRubricId ?? null;
  const imported = await readWordDraft(file, { ...options, rubricId, imageFolder: imageFolderFor(file) });
  if ('error' in imported) return imported;
  if (!imported.rubric) return { error: noRubricMatch(name, imported.candidates) };
  const analyzeOptions = { ...options, rubricId: null, associatedRubricId: null };
  const analysis = await analyzeWithFiles(
    imported.markdown,
    file,
    analyzeOptions,
    readFiles,
    readFiles ? await imageFacts(imported) : new Map(),
  );
  const firstLine = imported.markdown.split('\n', 1)[0].length;
  analysis.diagnostics = [
    ...metadataDiagnostics(imported.metadata, firstLine, analysis.messages),
    ...analysis.diagnostics,
  ].sort(compareDiagnostics);
  const report = fileReport(name, analysis);
  for (const diagnostic of report.diagnostics)
    diagnostic.paragraph = paragraphAt(imported.paragraphs, diagnostic.range.start.line) ?? 1;
  return { report };
}

/** The facts of the draft's images, read from their bytes: they exist, and their metadata is theirs. */
async function imageFacts(imported: WordImport): Promise<Map<string, FileFacts>> {
  const facts = new Map<string, FileFacts>();
  if (imported.images.length === 0) return facts;
  for (const image of imported.images) {
    const read = await documentReader()
      .readBytes(image.bytes, image.path)
      .catch(() => ({}));
    facts.set(image.path, { exists: true, ...read });
  }
  return facts;
}

/** `draft.docx` → `draft-images`: the folder beside the Markdown that holds the draft's images. */
export const imageFolderFor = (markdown: string) =>
  `${wordStem(markdown.split(/[\\/]/).pop() ?? markdown).replace(/\.(md|markdown)$/i, '')}-images`;
