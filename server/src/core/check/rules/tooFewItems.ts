import { count, countOfNoun } from '../../messages';
import { defineRule, finding, headingRange } from './rule';

export const tooFewItems = defineRule({
  code: 'too-few-items',
  severity: 'warning',
  description: 'A list is shorter than the rubric asks.',
  when: 'fewer list items than the rubric asks',
  check: (context) =>
    context.sections.flatMap((result) => {
      const rule = result.flat.section.items;
      if (!rule || !result.heading || result.items === null || result.status === 'empty' || result.items >= rule.min)
        return [];
      const { messages } = context;
      const message = messages.t('too-few-items.message', {
        title: result.title,
        items: countOfNoun(messages, result.items, rule.noun, context.rubric.language),
        min: count(messages, rule.min),
        more: count(messages, rule.min - result.items),
        count: rule.min - result.items,
      });
      return [
        finding(result, message, headingRange(context, result.heading), {
          data: { items: result.items, min: rule.min },
        }),
      ];
    }),
});
