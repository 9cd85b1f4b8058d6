import { formatDuration } from '../../text';
import { defineRule, finding } from './rule';

export const timestampPastEnd = defineRule({
  code: 'timestamp-past-end',
  severity: 'warning',
  description: "A timestamp is later than the video's written duration.",
  when: "a timestamp later than the video's written duration",
  check: (context) =>
    context.sections.flatMap((result) => {
      if (!result.flat.section.timestamps || !result.heading) return [];
      const durations = result.recordings.flatMap((video) => (video.seconds === null ? [] : [video.seconds]));
      if (durations.length === 0) return [];
      const length = Math.max(...durations);
      const key = durations.length === 1 ? 'timestamp-past-end.video' : 'timestamp-past-end.longest';
      return result.timestamps
        .filter((stamp) => stamp.seconds > length)
        .map((stamp) =>
          finding(
            result,
            context.messages.t(key, { time: formatDuration(stamp.seconds), length: formatDuration(length) }),
            context.blockIndex.range(stamp.start, stamp.end),
            { data: { seconds: stamp.seconds, videoSeconds: length } },
          ),
        );
    }),
});
