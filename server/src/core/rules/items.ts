/** Lists too short for the rubric ("at least five stakeholders"). */
import { headingRange, make, plural, type Rule } from './context';

export const tooFewItems: Rule = (context) =>
  context.sections.flatMap((result) => {
    const rule = result.flat.section.items;
    if (!rule || !result.heading || result.items === null || result.status === 'empty' || result.items >= rule.min) return [];
    const short = rule.min - result.items;
    return [
      make('too-few-items', 'warning', result, `${result.title} lists ${plural(result.items, rule.noun)}; the rubric asks for at least ${rule.min} (${short} more).`, headingRange(context, result.heading), {
        items: result.items,
        min: rule.min,
      }),
    ];
  });
