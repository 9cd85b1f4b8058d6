import { defineRule, finding, headingRange } from './rule';

export const emptySection = defineRule({
  code: 'empty-section',
  severity: 'warning',
  description: 'A section has its heading but nothing under it.',
  when: 'a section has its heading but no counted words (and no media where media is expected)',
  check: (context) =>
    context.sections
      // A Part whose subsections are all empty is empty, but only the subsections say so.
      .filter((result) => result.status === 'empty' && !result.hasFoundSubsections)
      .map((result) => {
        const expectsMedia = result.flat.section.media !== undefined;
        return finding(
          result,
          context.messages.t(expectsMedia ? 'empty-section.withMedia' : 'empty-section.message', {
            title: result.title,
          }),
          headingRange(context, result.heading!),
        );
      }),
});
