/** A link or image to a local file that is not there: the reviewer would see a broken attachment. */
import { orList } from '../../messages';
import { fileNameOf } from '../../text';
import { closestNames, sectionAt } from '../fileRuleHelpers';
import { defineRule, finding, type Finding } from './rule';

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
      const suggestions = closestNames(name, facts.siblings ?? []);
      const at = link.path !== name;
      const key =
        suggestions.length > 0
          ? at
            ? 'missing-file.atDidYouMean'
            : 'missing-file.didYouMean'
          : at
            ? 'missing-file.atCheckName'
            : 'missing-file.checkName';
      const message = context.messages.t(key, {
        name,
        path: link.path,
        suggestions: orList(context.messages, suggestions),
      });
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
