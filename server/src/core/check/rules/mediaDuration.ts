import { describeRecordingRequirement } from '../../rubric';
import { formatDuration } from '../../text';
import { defineRule, finding, type Finding } from './rule';

export const mediaDuration = defineRule({
  code: 'media-duration',
  severity: 'warning',
  severityText: 'warning / information',
  description: 'A recording is outside the length the rubric asks for.',
  when:
    'a video or recording whose written duration (`(3:45)`, `3 min 45 s`) is outside its range; information ' +
    'when no duration is written',
  check: (context) =>
    context.sections.flatMap((result) => {
      const recording = result.flat.section.media?.recordings;
      if (!recording || !result.heading) return [];
      const { messages } = context;
      const expected = describeRecordingRequirement(recording, messages);
      return result.recordings.flatMap((media): Finding[] => {
        const range = context.blockIndex.range(media.start, media.end);
        if (media.seconds === null) {
          const message = messages.t('media-duration.noLength', { title: result.title, expected });
          return [finding(result, message, range, { severity: 'information' })];
        }
        const tooShort = recording.minSeconds !== undefined && media.seconds < recording.minSeconds;
        const tooLong = recording.maxSeconds !== undefined && media.seconds > recording.maxSeconds;
        if (!tooShort && !tooLong) return [];
        const gap = formatDuration(
          tooLong ? media.seconds - recording.maxSeconds! : recording.minSeconds! - media.seconds,
        );
        const message = messages.t(tooLong ? 'media-duration.tooLong' : 'media-duration.tooShort', {
          length: formatDuration(media.seconds),
          title: result.title,
          expected,
          gap,
        });
        return [finding(result, message, range, { data: { seconds: media.seconds } })];
      });
    }),
});
