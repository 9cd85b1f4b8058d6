import { count } from '../../messages';
import { defineRule, finding, headingRange } from './rule';

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
      const { messages } = context;
      if (result.points === 0) {
        const label = messages.t('too-few-points.label', { number: '#' });
        const labels = Array.from({ length: min }, (_v, i) => label.replace('#', `${i + 1}`));
        const message = messages.t('too-few-points.none', {
          title: result.title,
          min: count(messages, min),
          labels: labels.join(', '),
        });
        return [finding(result, message, range, { severity: 'information', data })];
      }
      const message = messages.t('too-few-points.message', {
        title: result.title,
        count: count(messages, result.points),
        min: count(messages, min),
      });
      return [finding(result, message, range, { data })];
    }),
});
