/**
 * What identifies the writer outside the text: a linked file's metadata (a photo's GPS position
 * or owner fields, a document's author, a recording's artist or a phone video's place) or its name
 * (an e-mail address, an identifying term). In a Word draft, its author fields, headers and
 * footers: those the intake reads, not this check.
 */
import type { MessageKey, Messages } from '../../messages';
import { fileNameOf, findIdentifying, termMatcher } from '../../text';
import { sectionAt } from '../fileRuleHelpers';
import { defineRule, finding, type Finding, type RuleContext } from './rule';

export const identifyingMetadata = defineRule({
  code: 'identifying-metadata',
  severity: 'warning',
  description: "A linked file's metadata or name, or a draft's metadata, that would identify the writer.",
  when:
    "a linked local file whose metadata or name would identify the writer: a photo's GPS location or " +
    "owner/artist fields, a document's author, an identifying term in a file name; in a Word draft, its " +
    'author fields, headers and footers',
  check: linkedFileFindings,
});

function linkedFileFindings(context: RuleContext): Finding[] {
  const { files, blockIndex } = context;
  if (!files) return [];
  const terms = termMatcher(context.identifyingTerms);
  const found: Finding[] = [];
  const seen = new Set<string>();
  for (const link of blockIndex.linkedFilesIn(0, blockIndex.length)) {
    const facts = files(link.path);
    if (!facts?.exists) continue;
    const name = fileNameOf(link.path);
    const range = blockIndex.range(link.start, link.end);
    const section = sectionAt(context.sections, link.start);
    const reported = (message: string) => {
      if (seen.has(`${link.start}\n${message}`)) return;
      seen.add(`${link.start}\n${message}`);
      found.push(finding(section, message, range));
    };
    const { messages } = context;
    for (const { field, value } of facts.metadata ?? []) {
      const signed = Object.hasOwn(SIGNED_FIELDS, field) ? SIGNED_FIELDS[field] : undefined;
      reported(
        signed
          ? messages.t(signed, { file: name, text: shorten(value) })
          : messages.t('identifying-metadata.field', {
              file: name,
              field: metadataFieldName(field, messages),
              value: shorten(value),
            }),
      );
    }
    const emails = emailsInName(name);
    const inEmail = (hit: { start: number; end: number }) =>
      emails.some((e) => e.start <= hit.start && hit.end <= e.end);
    const inName = [...emails, ...(terms?.(name) ?? []).filter((hit) => !inEmail(hit))];
    for (const hit of inName)
      reported(
        messages.t(hit.kind === 'email' ? 'identifying-metadata.nameEmail' : 'identifying-metadata.nameTerm', {
          file: name,
          text: hit.text,
        }),
      );
  }
  return found;
}

const emailsOf = (text: string) => findIdentifying(text).filter((hit) => hit.kind === 'email');

/** The addresses in a file name, without the extension an address seems to end in (`jo@school.org.jpg`). */
function emailsInName(name: string) {
  const inStem = emailsOf(name.replace(/\.[a-z0-9]{1,5}$/i, ''));
  return inStem.length > 0 ? inStem : emailsOf(name);
}

/** A linked document's tracked changes and comments, signed with a name: said as a Word draft's are. */
const SIGNED_FIELDS: Record<string, MessageKey> = {
  'tracked-changes': 'identifying-metadata.fileTrackedChanges',
  comments: 'identifying-metadata.fileComments',
};

const shorten = (value: string) => (value.length > 80 ? `${value.slice(0, 77)}…` : value);

/** The metadata fields the readers report (core/intake/evidence, the Word draft's), as the writer is shown them. */
const FIELD_NAMES: Record<string, MessageKey> = {
  'GPS position': 'metadata-field.gpsPosition',
  Artist: 'metadata-field.artist',
  Copyright: 'metadata-field.copyright',
  OwnerName: 'metadata-field.ownerName',
  CameraOwnerName: 'metadata-field.cameraOwnerName',
  Author: 'metadata-field.author',
  'Last modified by': 'metadata-field.lastModifiedBy',
  Manager: 'metadata-field.manager',
  Company: 'metadata-field.company',
  Credit: 'metadata-field.credit',
  Composer: 'metadata-field.composer',
  'Creator e-mail': 'metadata-field.creatorEmail',
  'Creator phone': 'metadata-field.creatorPhone',
  'Creator address': 'metadata-field.creatorAddress',
  'Caption writer': 'metadata-field.captionWriter',
};

/** A metadata field's name in the writer's language; a field no reader names here stays as the file writes it. */
export function metadataFieldName(field: string, messages: Messages): string {
  const key = Object.hasOwn(FIELD_NAMES, field) ? FIELD_NAMES[field] : undefined;
  return key ? messages.t(key) : field;
}
