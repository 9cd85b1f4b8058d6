import { defineRule, finding, headingRange, plural } from './rule';

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
      const message =
        `${result.title} lists ${plural(result.items, rule.noun)}; the rubric asks for at least ` +
        `${rule.min} (${rule.min - result.items} more).`;
      return [
        finding(result, message, headingRange(context, result.heading), {
          data: { items: result.items, min: rule.min },
        }),
      ];
    }),
});
