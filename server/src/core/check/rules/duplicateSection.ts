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
        return finding(
          result,
          `${result.title} already has a heading on line ${line}; this heading matches it again.`,
          headingRange(context, heading),
        );
      }),
    ),
});
