import { defineRule, finding } from './rule';

export const missingCaption = defineRule({
  code: 'missing-caption',
  severity: 'warning',
  description: 'A photo in a photo essay has no caption.',
  when: 'a photo in a photo essay with no caption',
  check: (context) =>
    context.sections.flatMap((result) => {
      if (!result.flat.section.media?.photos?.captions || !result.heading) return [];
      const message = context.messages.t('missing-caption.message', { title: result.title });
      return result.photos
        .filter((photo) => !photo.captioned)
        .map((photo) => finding(result, message, context.blockIndex.range(photo.start, photo.end)));
    }),
});
