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
      const expected = describeRecordingRequirement(recording);
      return result.recordings.flatMap((media): Finding[] => {
        const range = context.blockIndex.range(media.start, media.end);
        if (media.seconds === null) {
          const message =
            `Write this recording's length after the link, e.g. (3:45), so it can be checked ` +
            `(${result.title}: ${expected}).`;
          return [finding(result, message, range, { severity: 'information' })];
        }
        const tooShort = recording.minSeconds !== undefined && media.seconds < recording.minSeconds;
        const tooLong = recording.maxSeconds !== undefined && media.seconds > recording.maxSeconds;
        if (!tooShort && !tooLong) return [];
        const gap = tooLong
          ? `${formatDuration(media.seconds - recording.maxSeconds!)} over`
          : `${formatDuration(recording.minSeconds! - media.seconds)} short`;
        const message =
          `This recording is ${formatDuration(media.seconds)} long; ${result.title} asks for ` +
          `${expected} (${gap}).`;
        return [finding(result, message, range, { data: { seconds: media.seconds } })];
      });
    }),
});
