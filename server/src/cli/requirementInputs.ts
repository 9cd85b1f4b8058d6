/** Reading a credential's requirements as text, whatever form the issuer published them in. */
import { extname } from 'node:path';
import { readSubmission } from './files';
import { UsageError } from './rubrics';

/** The requirement text of a plain-text or Markdown file, or standard input. */
export async function readRequirementText(file: string): Promise<string> {
  const extension = extname(file).toLowerCase();
  if (['.pdf', '.docx', '.html', '.htm'].includes(extension))
    throw new UsageError(`${file}: ${extension} requirements are not read yet; paste their text into a .txt file`);
  const read = readSubmission(file);
  if ('error' in read) throw new UsageError(read.error.replace('not Markdown', 'not requirement text'));
  return read.text;
}
