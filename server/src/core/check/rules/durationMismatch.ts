/** A written duration that the file's own length contradicts. */
import { fileNameOf, formatDuration, localFilePath } from '../../text';
import { sectionAt } from '../fileRuleHelpers';
import { defineRule, finding, type Finding } from './rule';

/** Seconds a written duration may be off (rounding, a trimmed ending) before it is a mistake. */
const TOLERANCE_SECONDS = 2;

export const durationMismatch = defineRule({
  code: 'duration-mismatch',
  severity: 'warning',
  description: 'A written duration differs from the length of the linked file.',
  when:
    'the duration written after a media link differs by more than 2 seconds from the length read from the ' +
    'file itself',
  check: (context) => {
    const { files, blockIndex } = context;
    if (!files) return [];
    return blockIndex.mediaIn(0, blockIndex.length).flatMap((media): Finding[] => {
      const path = media.recording && media.seconds !== null ? localFilePath(media.url) : null;
      const facts = path === null ? undefined : files(path);
      if (!facts?.exists || facts.durationSeconds === undefined) return [];
      const seconds = Math.round(facts.durationSeconds);
      if (Math.abs(seconds - media.seconds!) <= TOLERANCE_SECONDS) return [];
      const range = media.written
        ? blockIndex.range(media.start + media.written.from, media.start + media.written.to)
        : blockIndex.range(media.start, media.end);
      const message = context.messages.t('duration-mismatch.message', {
        written: formatDuration(media.seconds!),
        file: fileNameOf(path!),
        length: formatDuration(seconds),
      });
      return [
        finding(sectionAt(context.sections, media.start), message, range, {
          data: { seconds, written: media.seconds, replacement: formatDuration(seconds) },
        }),
      ];
    });
  },
});
