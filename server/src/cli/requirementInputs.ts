/** Reading a credential's requirements as text, whatever form the issuer published them in. */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import {
  describeWordFileProblem,
  draftCounts,
  hasPasswordField,
  isCutPdf,
  otherDocumentFormat,
  type RequirementFileFormat,
  requirementFileFormat,
  wordFileProblem,
} from '../core';
import { loadBundle } from '../node/lazyBundles';
import { documentReader, ReadTimedOut, readFailure } from '../node/readerThread';
import { looksBinary, MAX_FILE_BYTES, readSubmission, STDIN } from './files';
import { UsageError } from './rubrics';
import { cliMessages } from './locale';

/** The requirement text of a text, Markdown, HTML or Word file, or of standard input. */
export async function readRequirementText(file: string): Promise<string> {
  const text = await requirementText(file);
  // An empty file, or a page or document with nothing to read, is told as such (not as "no Part found").
  if (!text.trim()) throw new UsageError(cliMessages().t('cli.requirements.noText', { file }));
  return text;
}

const SAVED_PAGES = ['.html', '.htm', '.mhtml', '.mht', '.webarchive'];

async function requirementText(file: string): Promise<string> {
  const extension = file === STDIN ? '' : extname(file).toLowerCase();
  // Another word processor's document (RTF, OpenDocument, Pages, .doc) is told to be saved as Word or PDF.
  const named = file === STDIN ? null : otherDocumentFormat(file, '');
  if (named) throw otherDocument(file, named);
  const format = file === STDIN ? null : readAs(file, extension);
  // An empty file (a download that never came) holds no text, whatever its name: not "not a PDF".
  if (format && isEmpty(file)) return '';
  if (format === 'docx') return await htmlText(file, await wordToHtml(file, readBytes(file)));
  if (format === 'pdf') return pdfText(file, await pdfRequirementText(file, readBytes(file)));
  // A page saved as one file with its images (.mhtml, .mht, Safari's .webarchive) is read from its page.
  if (format === 'html' || SAVED_PAGES.includes(extension)) return await savedPageText(file, readBytes(file));
  const read = readSubmission(file);
  if ('error' in read)
    // A binary file is not requirement text (rather than "not Markdown").
    throw new UsageError(read.binary ? cliMessages().t('cli.requirements.binary', { file: read.file }) : read.error);
  // A rich-text file (WordPad's, TextEdit's), whatever its name: its text is in control words, no requirements.
  const other = otherDocumentFormat('', read.text);
  if (other) throw otherDocument(file, other);
  return read.text;
}

/** How a file is read: as its first bytes say, else as its name does (core/text/fileFormat.ts). */
function readAs(file: string, extension: string): RequirementFileFormat | null {
  return requirementFileFormat(extension === '.pdf' ? 'pdf' : extension === '.docx' ? 'docx' : null, headOf(file));
}

const isEmpty = (file: string) => {
  try {
    return statSync(file).size === 0;
  } catch {
    return false;
  }
};

/** A file's first kilobyte; nothing for a file that cannot be read (told when it is read whole). */
function headOf(file: string): Uint8Array {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(1024);
      return head.subarray(0, readSync(fd, head, 0, head.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return new Uint8Array();
  }
}

/** The reading thread gave up on the file (its time ran out): said with the file's name. */
const gaveUp = (file: string, error: ReadTimedOut) =>
  new UsageError(cliMessages().t('cli.read.cannotRead', { file, reason: readFailure(error, cliMessages()) }));

const otherDocument = (file: string, format: string) =>
  new UsageError(cliMessages().t('cli.requirements.otherDocument', { file, format }));

/**
 * A PDF's text; none at all on pages that are there is a scanned copy, which holds only pictures, unless
 * the pages' content could not be decoded (a damaged file).
 */
function pdfText(file: string, { text, pages, damaged }: { text: string; pages: number; damaged?: boolean }): string {
  if (damaged) throw new UsageError(cliMessages().t('cli.requirements.pdfDamaged', { file }));
  if (!text.trim() && pages > 0) throw new UsageError(cliMessages().t('cli.requirements.pdfNoText', { file }));
  return text;
}

/**
 * A saved page's text, read in the encoding it declares (windows-1252, ISO-8859-1...) as a browser reads
 * it. A sign-in page saved instead of the requirements (its form is all there is to read) is told as such.
 */
async function savedPageText(file: string, bytes: Buffer): Promise<string> {
  // A web archive is a binary file around its page.
  if (extname(file).toLowerCase() !== '.webarchive' && looksBinary(bytes))
    throw new UsageError(cliMessages().t('cli.requirements.binary', { file }));
  const html = loadBundle('word-reader').decodeHtml(bytes);
  const text = await htmlText(file, html);
  if (text.trim() && hasPasswordField(html) && !holdsRules(text))
    throw new UsageError(cliMessages().t('cli.requirements.signIn', { file }));
  return text;
}

/** Whether the text reads as requirements with at least one rule (a sign-in page's heading makes none). */
function holdsRules(text: string): boolean {
  const { readRequirements } = loadBundle('importer');
  const draft = readRequirements(text);
  return Boolean(draft && draftCounts(draft).rules > 0);
}

/**
 * The HTML reader comes with the Word converters (dist/word.js), loaded only now, in the reading thread: a page
 * of megabytes on one line is read within its time limit, or said not to be.
 */
async function htmlText(file: string, html: string): Promise<string> {
  try {
    return await documentReader().pageText(html);
  } catch (error) {
    // Elements nested thousands deep (no saved page does this) exhaust the HTML parser's stack.
    if ((error as Error).name === 'RangeError')
      throw new UsageError(cliMessages().t('cli.requirements.tooDeep', { file }));
    if (error instanceof ReadTimedOut) throw gaveUp(file, error);
    throw error;
  }
}

function readBytes(file: string): Buffer {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UsageError(cliMessages().t('cli.read.folder', { file }));
    if (stat.size > MAX_FILE_BYTES) throw new UsageError(cliMessages().t('cli.requirements.tooLarge', { file }));
    return readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? cliMessages().t('cli.read.noSuchFile') : (error as Error).message;
    throw new UsageError(cliMessages().t('cli.read.cannotRead', { file, reason }));
  }
}

async function wordToHtml(file: string, buffer: Buffer): Promise<string> {
  // Another word processor's document renamed .docx, an older .doc, a password or a damaged file is told
  // as such, before the converter is loaded.
  const other = otherDocumentFormat('', buffer);
  if (other) throw otherDocument(file, other);
  const problem = wordFileProblem(buffer);
  if (problem) throw new UsageError(describeWordFileProblem(problem, file, cliMessages()));
  try {
    return await documentReader().wordToHtml(buffer);
  } catch (error) {
    if (error instanceof ReadTimedOut) throw gaveUp(file, error);
    throw new UsageError(cliMessages().t('cli.requirements.notDocx', { file }));
  }
}

/** The PDF's text, laid out in the PDF reader's bundle (dist/pdf-reader.js), loaded only now. */
async function pdfRequirementText(file: string, bytes: Buffer) {
  try {
    return await documentReader().pdfRequirementText(new Uint8Array(bytes));
  } catch (error) {
    // pdf.js asks for the password of an encrypted file; none is given.
    if ((error as Error).name === 'PasswordException')
      throw new UsageError(cliMessages().t('cli.requirements.pdfPassword', { file }));
    if (error instanceof ReadTimedOut) throw gaveUp(file, error);
    // A PDF whose structure is lost (cut short by a download): damaged, not some other kind of file.
    if (isCutPdf(bytes, error)) throw new UsageError(cliMessages().t('cli.requirements.pdfDamaged', { file }));
    throw new UsageError(cliMessages().t('cli.requirements.notPdf', { file, reason: (error as Error).message }));
  }
}
