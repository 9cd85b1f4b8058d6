import { describeWordLimit, isRequired } from '../../rubric';
import { defineRule, finding, headingRange } from './rule';

export const missingSection = defineRule({
  code: 'missing-section',
  severity: 'error',
  description: 'A required section has no heading.',
  when: 'a required section has no heading (a missing Part is one diagnostic, not one per subsection)',
  check: (context) =>
    context.sections
      .filter((result) => !result.heading && isRequired(result.flat.section))
      // A missing Part is one diagnostic, not one per subsection.
      .filter(
        (result) =>
          !(
            result.flat.parent &&
            !context.sections[result.flat.parent.index].heading &&
            isRequired(result.flat.parent.section)
          ),
      )
      .map((result) => {
        const parent = result.flat.parent ? context.sections[result.flat.parent.index] : null;
        const range = parent?.heading ? headingRange(context, parent.heading) : context.anchor;
        const limit = describeWordLimit(result.flat.section.words, context.messages);
        const params = { title: result.title, part: parent?.title ?? '', limit: limit ?? '' };
        const key = parent?.heading
          ? limit
            ? 'missing-section.fromPartWithLimit'
            : 'missing-section.fromPart'
          : limit
            ? 'missing-section.withLimit'
            : 'missing-section.message';
        return finding(result, context.messages.t(key, params), range, { data: { insertTitle: result.title } });
      }),
});
