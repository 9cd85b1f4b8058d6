/**
 * What identifies the writer outside the text: in a Word draft, its author fields, headers and
 * footers. The intake reads them (they are not in the Markdown), so this rule has no check here.
 */
import { defineRule } from './rule';

export const identifyingMetadata = defineRule({
  code: 'identifying-metadata',
  severity: 'warning',
  description: "A draft's metadata that would identify the writer.",
  when:
    'in a Word draft, a name in its author fields; an e-mail address, phone number or identifying term ' +
    'in its company field, headers or footers',
});
