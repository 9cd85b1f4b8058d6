import { andList, count } from '../../messages';
import { defineRule, finding } from './rule';

export const missingTimestamps = defineRule({
  code: 'missing-timestamps',
  severity: 'warning',
  description: 'A video the rubric wants timed has fewer timestamps than there are points.',
  when:
    'a video the rubric wants timed (Artifact 3) has fewer timestamps in the plan and the presentation than ' +
    'there are points',
  check: (context) =>
    context.sections.flatMap((result) => {
      const wanted = result.flat.section.timestamps;
      const video = result.recordings[0];
      if (!wanted || !result.heading || !video) return [];
      const distinct = new Set(result.timestamps.map((stamp) => stamp.seconds)).size;
      if (distinct >= wanted.min) return [];
      const titles = (wanted.alsoIn ?? [])
        .map((id) => context.sections.find((other) => other.id === id)?.title)
        .filter((title): title is string => title !== undefined);
      const { messages } = context;
      const message = messages.t('missing-timestamps.message', {
        where: andList(messages, [...titles, result.title]),
        timestamps: messages.t('missing-timestamps.count', { count: count(messages, distinct) }),
        min: count(messages, wanted.min),
      });
      return [
        finding(result, message, context.blockIndex.range(video.start, video.end), {
          data: { timestamps: distinct, min: wanted.min },
        }),
      ];
    }),
});
