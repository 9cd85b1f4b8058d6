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
      const limitText =
        limits.limit === 'guide' ? `the guide is ${formatWordLimit(limits)}` : `the minimum is ${limits.min}`;
      const message =
        `${result.title} has ${words} word${words === 1 ? '' : 's'}; ${limitText} ` + `(${limits.min - words} short).`;
      return [finding(result, message, headingRange(context, result.heading), { data: { words, min: limits.min } })];
    }),
});
