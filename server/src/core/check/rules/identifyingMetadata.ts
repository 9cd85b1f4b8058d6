/**
 * What identifies the writer outside the text: in a Word draft, its author fields, headers and
 * footers. The intake reads them (they are not in the Markdown), so this rule has no check here.
 */
import { defineRule } from './rule';

export const identifyingMetadata = defineRule({
  code: 'identifying-metadata',
  severity: 'warning',
  description: "A draft's metadata that would identify the writer.",
  // The spec's wording; of it, the Word draft's fields are checked today (by the intake), linked files not yet.
  when:
    "a linked local file whose metadata or name would identify the writer: a photo's GPS location or " +
    "owner/artist fields, a document's author, an identifying term in a file name; in a Word draft, its " +
    'author fields, headers and footers',
});
