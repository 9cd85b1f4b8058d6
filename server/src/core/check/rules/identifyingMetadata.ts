/**
 * What identifies the writer outside the text: a linked file's metadata (a photo's GPS position
 * or owner fields, a document's author) or its name (an e-mail address, an identifying term). In a
 * Word draft, its author fields, headers and footers: those the intake reads, not this check.
 */
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
    for (const { field, value } of facts.metadata ?? [])
      reported(
        `${name} carries its ${field} in its metadata ("${shorten(value)}"), which would identify you to your ` +
          'reviewers; remove it from the file (or export a copy without it) before you submit.',
      );
    const emails = findIdentifying(name).filter((hit) => hit.kind === 'email');
    const inEmail = (hit: { start: number; end: number }) =>
      emails.some((e) => e.start <= hit.start && hit.end <= e.end);
    const inName = [...emails, ...(terms?.(name) ?? []).filter((hit) => !inEmail(hit))];
    for (const hit of inName)
      reported(
        `The file name ${name} holds ${hit.kind === 'email' ? 'the e-mail address' : 'the term'} "${hit.text}", ` +
          'which would identify you to your reviewers; rename the file before you submit.',
      );
  }
  return found;
}

const shorten = (value: string) => (value.length > 80 ? `${value.slice(0, 77)}…` : value);
