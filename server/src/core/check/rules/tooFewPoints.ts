import { defineRule, finding, headingRange, plural } from './rule';

export const tooFewPoints = defineRule({
  code: 'too-few-points',
  severity: 'warning',
  severityText: 'warning / information',
  description: 'A plan names fewer points than the rubric asks.',
  when:
    'a plan names fewer points than the rubric asks (Artifact 2: three); information when no point can be found ' +
    'at all',
  check: (context) =>
    context.sections.flatMap((result) => {
      const min = result.flat.section.minPoints;
      if (min === undefined || !result.heading || result.points === null || result.status === 'empty') return [];
      if (result.points >= min) return [];
      const range = headingRange(context, result.heading);
      const data = { points: result.points, min };
      if (result.points === 0) {
        const labels = Array.from({ length: min }, (_v, i) => `Point ${i + 1}`).join(', ');
        const message =
          `${result.title}: no points found; the rubric asks for ${min}. Label your points ${labels} ` +
          `or list them.`;
        return [finding(result, message, range, { severity: 'information', data })];
      }
      const message = `${result.title} names ${plural(result.points, 'point')}; the rubric asks for ${min}.`;
      return [finding(result, message, range, { data })];
    }),
});
