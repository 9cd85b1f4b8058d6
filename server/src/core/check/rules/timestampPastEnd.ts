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
      const video =
        durations.length === 1
          ? `the ${formatDuration(length)} video`
          : `the longest video (${formatDuration(length)})`;
      return result.timestamps
        .filter((stamp) => stamp.seconds > length)
        .map((stamp) =>
          finding(
            result,
            `${formatDuration(stamp.seconds)} is past the end of ${video}; check the time or the video's length.`,
            context.blockIndex.range(stamp.start, stamp.end),
            { data: { seconds: stamp.seconds, videoSeconds: length } },
          ),
        );
    }),
});
