import { count } from '../../messages';
import { defineRule, finding } from './rule';

export const missingStatement = defineRule({
  code: 'missing-statement',
  severity: 'warning',
  description: 'A listed item has no statement of why it matters.',
  when:
    'a listed item (a stakeholder) has no statement of why it matters: fewer counted words than the rubric asks ' +
    'of each item',
  check: (context) =>
    context.sections.flatMap((result) => {
      const wanted = result.flat.section.statements;
      if (!wanted || !result.heading) return [];
      const { messages } = context;
      const noun = result.flat.section.items?.noun ?? messages.t('missing-statement.item');
      return result.entries
        .filter((entry) => entry.words < wanted.minWords)
        .map((entry) => {
          const name = itemName(context.blockIndex.textIn(entry.start, entry.start + entry.firstLine));
          const message = messages.t(name ? 'missing-statement.named' : 'missing-statement.unnamed', {
            name,
            noun,
            words: messages.t('requirement.wordCount', { count: count(messages, entry.words) }),
            title: result.title,
            min: count(messages, wanted.minWords),
          });
          const range = context.blockIndex.range(entry.start, entry.start + entry.firstLine);
          return finding(result, message, range, { data: { words: entry.words, minWords: wanted.minWords } });
        });
    }),
});

/** An item's first line as a writer recognises it: no list marker, table pipes or emphasis marks. */
function itemName(line: string): string {
  const text = line
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, '')
    .replace(/[*_`|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 40 ? `${text.slice(0, 39).trimEnd()}…` : text;
}
