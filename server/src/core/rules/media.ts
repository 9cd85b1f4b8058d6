/** Recordings and photos against the rubric: lengths, totals, counts, captions. */
import { describeRecordingRule } from '../limits';
import { formatDuration } from '../media';
import type { Diagnostic } from '../diagnostics';
import { make, plural, type Rule } from './context';

export const mediaRules: Rule = (context) =>
  context.sections.flatMap((result) => {
    const rules = result.flat.section.media;
    if (!rules || !result.heading) return [];
    const found: Diagnostic[] = [];
    const recording = rules.recordings;
    if (recording) {
      const expected = describeRecordingRule(recording);
      for (const media of result.recordings) {
        const range = context.index.range(media.start, media.end);
        if (media.seconds === null) {
          found.push(make('media-duration', 'information', result, `Write this recording's length after the link, e.g. (3:45), so it can be checked (${result.title}: ${expected}).`, range));
          continue;
        }
        const tooShort = recording.minSeconds !== undefined && media.seconds < recording.minSeconds;
        const tooLong = recording.maxSeconds !== undefined && media.seconds > recording.maxSeconds;
        if (tooShort || tooLong) {
          const gap = tooLong ? `${formatDuration(media.seconds - recording.maxSeconds!)} over` : `${formatDuration(recording.minSeconds! - media.seconds)} short`;
          found.push(make('media-duration', 'warning', result, `This recording is ${formatDuration(media.seconds)} long; ${result.title} asks for ${expected} (${gap}).`, range, { seconds: media.seconds }));
        }
      }
      if (recording.totalMaxSeconds !== undefined) {
        let total = 0;
        let firstOver = -1;
        result.recordings.forEach((media, i) => {
          total += media.seconds ?? 0;
          if (firstOver === -1 && total > recording.totalMaxSeconds!) firstOver = i;
        });
        if (firstOver !== -1) {
          const last = result.recordings[result.recordings.length - 1];
          found.push(make('media-limit-exceeded', 'error', result, `The recordings in ${result.title} total ${formatDuration(total)}; the limit is ${formatDuration(recording.totalMaxSeconds)} (${formatDuration(total - recording.totalMaxSeconds)} over).`, context.index.range(result.recordings[firstOver].start, last.end), { seconds: total }));
        }
      }
    }
    const photos = rules.photos;
    if (photos) {
      if (photos.max !== undefined && result.photos.length > photos.max) {
        const excess = result.photos.slice(photos.max);
        found.push(make('media-limit-exceeded', 'error', result, `${result.title} has ${plural(result.photos.length, 'photo')}; the limit is ${photos.max} (${excess.length} over).`, context.index.range(excess[0].start, excess[excess.length - 1].end), { photos: result.photos.length }));
      }
      if (photos.captions) {
        for (const photo of result.photos) {
          if (!photo.captioned) found.push(make('missing-caption', 'warning', result, `This photo has no caption; ${result.title} asks for a caption on each photo (alt text is not a caption).`, context.index.range(photo.start, photo.end)));
        }
      }
    }
    return found;
  });
