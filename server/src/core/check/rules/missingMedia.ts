import { defineRule, finding, headingRange } from './rule';

export const missingMedia = defineRule({
  code: 'missing-media',
  severity: 'warning',
  description: 'A section that holds media has words but no media link or image.',
  when:
    'a section that the rubric says holds media (a video or photos; recordings) has words but no media link or ' +
    'image',
  check: (context) =>
    context.sections.flatMap((result) => {
      const media = result.flat.section.media;
      if (!media?.required || !result.heading || result.status === 'empty') return [];
      const photosAllowed = media.photos !== undefined;
      const held = result.recordings.length + (photosAllowed ? result.photos.length : 0);
      if (held > 0) return [];
      const key = photosAllowed ? 'missing-media.photos' : 'missing-media.recordings';
      const message = context.messages.t(key, { title: result.title });
      return [finding(result, message, headingRange(context, result.heading))];
    }),
});
