/** A link or image to a local file that is not there: the reviewer would see a broken attachment. */
import { orList } from '../../messages';
import { fileNameOf } from '../../text';
import { closestNames, sectionAt } from '../fileRuleHelpers';
import { defineRule, finding, type Finding } from './rule';
import type { FileFacts } from '../fileFacts';

/**
 * The names close to a missing file's, kept with the facts they come from: a submission's facts stay
 * the same object until its files change, and each edit's check would compare every missing name
 * with every name in its folder again.
 */
const suggestionsByFacts = new WeakMap<FileFacts, Map<string, string[]>>();
function suggestionsFor(facts: FileFacts, name: string): string[] {
  let byName = suggestionsByFacts.get(facts);
  if (!byName) suggestionsByFacts.set(facts, (byName = new Map()));
  let suggestions = byName.get(name);
  if (!suggestions) byName.set(name, (suggestions = closestNames(name, facts.siblings ?? [])));
  return suggestions;
}

export const missingFile = defineRule({
  code: 'missing-file',
  severity: 'warning',
  description: 'A linked local file is not there.',
  when:
    'a link or image to a local file (relative to the submission) whose file does not exist: the reviewer ' +
    'will not see it',
  check: (context) => {
    const { files, blockIndex } = context;
    if (!files) return [];
    return blockIndex.linkedFilesIn(0, blockIndex.length).flatMap((link): Finding[] => {
      const facts = files(link.path);
      if (!facts || facts.exists) return [];
      const name = fileNameOf(link.path);
      const suggestions = suggestionsFor(facts, name);
      const { messages } = context;
      // Two sentences: what is wrong, then what to do.
      const message = [
        messages.t(link.path === name ? 'missing-file.message' : 'missing-file.messageAt', { name, path: link.path }),
        suggestions.length > 0
          ? messages.t('missing-file.didYouMean', { suggestions: orList(messages, suggestions) })
          : messages.t('missing-file.checkName'),
      ].join(' ');
      const destination = link.destination;
      const data =
        destination && suggestions.length > 0
          ? {
              suggestions,
              destination: blockIndex.range(link.start + destination.from, link.start + destination.to),
              written: blockIndex.textIn(link.start + destination.from, link.start + destination.to),
            }
          : undefined;
      return [
        finding(sectionAt(context.sections, link.start), message, blockIndex.range(link.start, link.end), { data }),
      ];
    });
  },
});
