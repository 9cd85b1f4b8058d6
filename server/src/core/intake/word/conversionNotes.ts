/**
 * What the Word converter (mammoth) says it could not convert, in the writer's language: it
 * writes its own notes in English, in a few known shapes.
 */
import { ENGLISH, type MessageKey, type Messages } from '../../messages';
import type { WordImport } from './importWord';

const SHAPES: { pattern: RegExp; key: MessageKey; name?: string }[] = [
  {
    pattern: /^Image of type (.+) is unlikely to display in web browsers$/,
    key: 'view.import.note.imageType',
    name: 'type',
  },
  // A document inserted or pasted whole (Insert > Object > Text from File, a web page): its words are not read.
  { pattern: /^An unrecognised element was ignored: w:altChunk$/, key: 'view.import.note.embeddedDocument' },
  // An embedded spreadsheet or chart: its picture is kept, and Word's count leaves its text out too.
  { pattern: /^An unrecognised element was ignored: o:OLEObject$/, key: 'view.import.note.embeddedObject' },
  { pattern: /^An unrecognised element was ignored: (.+)$/, key: 'view.import.note.elementIgnored', name: 'element' },
  { pattern: /^Unsupported break type: (.+)$/, key: 'view.import.note.breakIgnored', name: 'type' },
  {
    pattern: /^(Could not find image file|A v:imagedata element without a relationship ID)/,
    key: 'view.import.note.imageMissing',
  },
];

export function describeConversionNote(note: string, messages: Messages = ENGLISH): string {
  for (const { pattern, key, name } of SHAPES) {
    const match = pattern.exec(note);
    if (match) return messages.t(key, name ? { [name]: match[1] } : {});
  }
  return messages.t('view.import.note.other', { detail: note });
}

/** What an import left out or could not convert, in the writer's language: hidden text first, then the rest. */
export function importNotes(imported: Pick<WordImport, 'messages' | 'hiddenWords'>, messages = ENGLISH): string[] {
  const hidden =
    imported.hiddenWords > 0 ? [messages.t('view.import.note.hiddenText', { count: imported.hiddenWords })] : [];
  return [...hidden, ...imported.messages.map((note) => describeConversionNote(note, messages))];
}
