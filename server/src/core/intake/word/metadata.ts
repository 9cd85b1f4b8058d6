/**
 * What a Word file carries outside its text that would identify the writer: a name in its author
 * fields, an e-mail address, phone number or identifying term in its other fields, headers,
 * footers, hidden text, deleted tracked text or comments. Reported as `identifying-metadata` on the draft's first line.
 */
import { type Diagnostic, metadataFieldName } from '../../check';
import { ENGLISH, type Messages } from '../../messages';
import { findIdentifying, termMatcher } from '../../text';
import type { WordPackage } from './package';

export interface MetadataFinding {
  /** Where it is: `Author`, `Company`, `header1`... */
  place: string;
  text: string;
}

/** Fields that hold a person's name: any value there identifies the writer. */
const NAME_FIELDS = new Set(['Author', 'Last modified by', 'Manager', 'tracked-changes', 'comments']);
/** What programs write there when they know no name (the `docx` library, Word for Mac, generators). */
export const NO_NAME = /^(un-?named|unknown|author|user|administrator|microsoft office user|python-docx)$/i;

export function identifyingMetadata(pack: WordPackage, identifyingTerms: readonly string[]): MetadataFinding[] {
  const names = pack.authorFields.filter(({ field, value }) => NAME_FIELDS.has(field) && !NO_NAME.test(value));
  const terms = termMatcher(identifyingTerms);
  // The name in the author fields, or its last name ("M. Rivera"), is found in a header or footer too.
  const nameTerms = termMatcher(names.flatMap(({ value }) => [value, ...lastName(value)]));
  const hits = (text: string) => [...findIdentifying(text), ...(terms ? terms(text) : [])].map((hit) => hit.text);
  const found: MetadataFinding[] = [];
  for (const { field, value } of pack.authorFields) {
    const texts = NAME_FIELDS.has(field) ? (NO_NAME.test(value) ? [] : [value]) : hits(value);
    for (const text of new Set(texts)) found.push({ place: field, text });
  }
  for (const { part, text } of [...pack.headerFooters, ...pack.leftOut]) {
    const inPart = [...hits(text), ...(nameTerms ? nameTerms(text).map((hit) => hit.text) : [])];
    for (const hit of new Set(inPart)) found.push({ place: part.replace(/\d+$/, ''), text: hit });
  }
  return found;
}

/** A name's last word when it names someone on its own: not an initial, nor a one-word name. */
function lastName(name: string): string[] {
  const parts = name.trim().split(/\s+/);
  const last = parts.at(-1) ?? '';
  return parts.length > 1 && /^\p{Lu}[\p{L}'’-]{2,}$/u.test(last) ? [last] : [];
}

export function describeMetadataFinding(finding: MetadataFinding, messages: Messages = ENGLISH): string {
  const text = finding.text;
  if (finding.place === 'header') return messages.t('identifying-metadata.header', { text });
  if (finding.place === 'footer') return messages.t('identifying-metadata.footer', { text });
  if (finding.place === 'tracked-changes') return messages.t('identifying-metadata.trackedChanges', { text });
  if (finding.place === 'comments') return messages.t('identifying-metadata.comments', { text });
  if (finding.place === 'hidden-text') return messages.t('identifying-metadata.hiddenText', { text });
  if (finding.place === 'deleted-text') return messages.t('identifying-metadata.deletedText', { text });
  if (finding.place === 'comment-text') return messages.t('identifying-metadata.commentText', { text });
  const field = metadataFieldName(finding.place, messages).toLowerCase();
  return messages.t('identifying-metadata.wordField', { field, text });
}

/** The findings as diagnostics on the draft's first line (`firstLineLength` characters long). */
export function metadataDiagnostics(
  findings: readonly MetadataFinding[],
  firstLineLength: number,
  messages: Messages = ENGLISH,
): Diagnostic[] {
  return findings.map((finding) => ({
    code: 'identifying-metadata',
    severity: 'warning',
    section: null,
    message: describeMetadataFinding(finding, messages),
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLineLength } },
  }));
}
