import { count } from '../../messages';
import { defineRule, finding, headingRange } from './rule';

export const duplicateSection = defineRule({
  code: 'duplicate-section',
  severity: 'warning',
  description: 'Two headings match the same rubric section.',
  when: 'two headings match the same section',
  check: (context) =>
    context.sections.flatMap((result) =>
      result.duplicates.map((heading) => {
        const line = context.blockIndex.position(result.heading!.start).line + 1;
        const params = { title: result.title, line: count(context.messages, line) };
        return finding(result, context.messages.t('duplicate-section.message', params), headingRange(context, heading));
      }),
    ),
});
