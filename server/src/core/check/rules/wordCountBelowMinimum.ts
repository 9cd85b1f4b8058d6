import { count } from '../../messages';
import { formatWordLimit } from '../../rubric';
import { defineRule, finding, headingRange } from './rule';

export const wordCountBelowMinimum = defineRule({
  code: 'word-count-below-minimum',
  severity: 'warning',
  description: 'A section has fewer words than its minimum.',
  when: 'fewer words than `min` (but not zero)',
  check: (context) =>
    context.sections.flatMap((result) => {
      const limits = result.flat.section.words;
      if (
        !limits ||
        limits.min === undefined ||
        !result.heading ||
        result.words === null ||
        result.judgedByRecording ||
        result.status !== 'under'
      )
        return [];
      const words = result.words;
      const { messages } = context;
      const key = limits.limit === 'guide' ? 'word-count-below-minimum.guide' : 'word-count-below-minimum.minimum';
      const message = messages.t(key, {
        title: result.title,
        words: messages.t('requirement.wordCount', { count: count(messages, words) }),
        min: count(messages, limits.min),
        guide: formatWordLimit(limits, messages),
        short: count(messages, limits.min - words),
        count: limits.min - words,
      });
      return [finding(result, message, headingRange(context, result.heading), { data: { words, min: limits.min } })];
    }),
});
