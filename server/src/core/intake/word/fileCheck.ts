/**
 * What is wrong with a file offered as a Word draft, told before any converter reads it: an older
 * binary .doc, a password-protected .docx (both are OLE files), a damaged zip, a zip without a Word
 * document inside, or a document too long to be a draft (a zip holding 20 MB of text would take
 * minutes). Read from the bytes' signatures and the zip's central directory only, so it is cheap.
 */
import { ENGLISH, type Messages } from '../../messages';

export type WordFileProblem =
  | { kind: 'not-word' | 'old-doc' | 'encrypted' | 'damaged' | 'no-document' }
  | { kind: 'too-long'; bytes: number };

/** The most a draft's main document part may hold, uncompressed. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => [...text].flatMap((c) => [c.charCodeAt(0), 0]);
const ENCRYPTED_STREAM = utf16('EncryptedPackage');
const WORD_STREAM = utf16('WordDocument');
const MAIN_PART = /^(?:word\/)?document\d*\.xml$/i;

export function wordFileProblem(bytes: Uint8Array): WordFileProblem | null {
  if (startsWith(bytes, OLE)) {
    if (indexOf(bytes, ENCRYPTED_STREAM) >= 0) return { kind: 'encrypted' };
    return { kind: indexOf(bytes, WORD_STREAM) >= 0 ? 'old-doc' : 'not-word' };
  }
  if (!startsWith(bytes, [0x50, 0x4b])) return { kind: 'not-word' };
  const entries = zipEntries(bytes);
  if (!entries) return { kind: 'damaged' };
  const main = entries.find((entry) => MAIN_PART.test(entry.name));
  if (!main) return { kind: 'no-document' };
  return main.size > MAX_DOCUMENT_BYTES ? { kind: 'too-long', bytes: main.size } : null;
}

export function describeWordFileProblem(problem: WordFileProblem, name: string, messages: Messages = ENGLISH): string {
  switch (problem.kind) {
    case 'not-word':
      return messages.t('word.file.notWord', { name });
    case 'old-doc':
      return messages.t('word.file.oldDoc', { name });
    case 'encrypted':
      return messages.t('word.file.encrypted', { name });
    case 'damaged':
      return messages.t('word.file.damaged', { name });
    case 'no-document':
      return messages.t('word.file.noDocument', { name });
    case 'too-long': {
      const size = (problem.bytes / 1048576).toFixed(1);
      return messages.t('word.file.tooLong', { name, size, limit: MAX_DOCUMENT_BYTES / 1048576 });
    }
  }
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

function indexOf(bytes: Uint8Array, pattern: readonly number[]): number {
  const first = pattern[0];
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - pattern.length; i = bytes.indexOf(first, i + 1))
    if (pattern.every((b, j) => bytes[i + j] === b)) return i;
  return -1;
}

/** The names and uncompressed sizes in a zip's central directory; null when it has none (a cut-short file). */
function zipEntries(bytes: Uint8Array): { name: string; size: number }[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: { name: string; size: number }[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // 0xFFFFFFFF: the size is in a ZIP64 field, so over 4 GB as far as a draft is concerned.
    const size = view.getUint32(at + 24, true);
    entries.push({ name, size: size === 0xffffffff ? 2 ** 32 : size });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}
