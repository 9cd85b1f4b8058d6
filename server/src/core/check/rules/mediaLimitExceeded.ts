import { formatDuration } from '../../text';
import { count } from '../../messages';
import { defineRule, finding, type Finding } from './rule';

export const mediaLimitExceeded = defineRule({
  code: 'media-limit-exceeded',
  severity: 'error',
  description: 'More photos, or more recorded time, than the rubric allows.',
  when: 'more photos than allowed, total recording time over the limit',
  check: (context) =>
    context.sections.flatMap((result) => {
      const media = result.flat.section.media;
      if (!media || !result.heading) return [];
      const found: Finding[] = [];
      const { messages } = context;
      const totalMax = media.recordings?.totalMaxSeconds;
      if (totalMax !== undefined) {
        let total = 0;
        let firstOver = -1;
        result.recordings.forEach((recording, i) => {
          total += recording.seconds ?? 0;
          if (firstOver === -1 && total > totalMax) firstOver = i;
        });
        if (firstOver !== -1) {
          const last = result.recordings[result.recordings.length - 1];
          const message = messages.t('media-limit-exceeded.recordings', {
            title: result.title,
            total: formatDuration(total),
            max: formatDuration(totalMax),
            over: formatDuration(total - totalMax),
          });
          found.push(
            finding(result, message, context.blockIndex.range(result.recordings[firstOver].start, last.end), {
              data: { seconds: total },
            }),
          );
        }
      }
      const max = media.photos?.max;
      if (max !== undefined && result.photos.length > max) {
        const excess = result.photos.slice(max);
        const message = messages.t('media-limit-exceeded.photos', {
          title: result.title,
          count: count(messages, result.photos.length),
          max: count(messages, max),
          over: count(messages, excess.length),
        });
        found.push(
          finding(result, message, context.blockIndex.range(excess[0].start, excess[excess.length - 1].end), {
            data: { photos: result.photos.length },
          }),
        );
      }
      return found;
    }),
});
