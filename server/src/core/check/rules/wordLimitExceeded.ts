import { count } from '../../messages';
import { formatWordLimit } from '../../rubric';
import { defineRule, finding } from './rule';

export const wordLimitExceeded = defineRule({
  code: 'word-limit-exceeded',
  severity: 'error',
  severityText: 'error for a hard limit, warning for a guide',
  description: 'A section has more words than its limit.',
  when: 'more words than `max`',
  check: (context) =>
    context.sections.flatMap((result) => {
      const limits = result.flat.section.words;
      if (
        !limits ||
        limits.max === undefined ||
        !result.heading ||
        result.words === null ||
        result.judgedByRecording ||
        result.status !== 'over'
      )
        return [];
      const words = result.words;
      const guide = limits.limit === 'guide';
      // The range runs from the first word past the limit to the section's last word.
      const first = context.blockIndex.rank(result.heading.end) + limits.max;
      const last = context.blockIndex.rank(result.heading.end) + words - 1;
      const range = context.blockIndex.range(context.blockIndex.word(first).start, context.blockIndex.word(last).end);
      const { messages } = context;
      const params = {
        title: result.title,
        count: count(messages, words),
        max: count(messages, limits.max),
        guide: formatWordLimit(limits, messages),
        over: count(messages, words - limits.max),
      };
      const message = messages.t(guide ? 'word-limit-exceeded.guide' : 'word-limit-exceeded.limit', params);
      return [
        finding(result, message, range, { severity: guide ? 'warning' : 'error', data: { words, max: limits.max } }),
      ];
    }),
});
