/** Words against the rubric: empty sections, limits overrun, too few words. */
import { formatWordLimit } from '../limits';
import { headingRange, make, type Rule } from './context';

export const emptySections: Rule = (context) =>
  context.sections
    // A Part whose subsections are all empty is empty, but only the subsections say so.
    .filter((result) => result.status === 'empty' && !result.hasFoundSubsections)
    .map((result) => {
      const expectsMedia = result.flat.section.media !== undefined;
      return make('empty-section', 'warning', result, `${result.title} has no text${expectsMedia ? ' or media' : ''} yet.`, headingRange(context, result.heading!));
    });

export const wordLimits: Rule = (context) =>
  context.sections.flatMap((result) => {
    const limits = result.flat.section.words;
    if (!limits || !result.heading || result.words === null || result.judgedByRecording) return [];
    const words = result.words;
    const guide = limits.limit === 'guide';
    const limitText = guide ? `the guide is ${formatWordLimit(limits)}` : undefined;
    if (result.status === 'over' && limits.max !== undefined) {
      const first = context.index.rank(result.heading.end) + limits.max;
      const last = context.index.rank(result.heading.end) + words - 1;
      const range = context.index.range(context.index.word(first).start, context.index.word(last).end);
      const over = words - limits.max;
      return [
        make('word-limit-exceeded', guide ? 'warning' : 'error', result, `${result.title} has ${words} words; ${limitText ?? `the limit is ${limits.max}`} (${over} over).`, range, {
          words,
          max: limits.max,
        }),
      ];
    }
    if (result.status === 'under' && limits.min !== undefined) {
      const short = limits.min - words;
      return [
        make('word-count-below-minimum', 'warning', result, `${result.title} has ${words} word${words === 1 ? '' : 's'}; ${limitText ?? `the minimum is ${limits.min}`} (${short} short).`, headingRange(context, result.heading), {
          words,
          min: limits.min,
        }),
      ];
    }
    return [];
  });
