/**
 * What the rubric asks of a section, as a checklist: each requirement with the section's own
 * figure and whether it is met. Met means found, not empty, and no diagnostic of the
 * requirement's codes left after suppressions, so the checklist and the diagnostics agree.
 */
import type { Messages } from '../messages';
import { describeRecordingRequirement, describeWordLimit } from '../rubric';
import type { Diagnostic, DiagnosticCode } from './diagnostic';
import type { SectionResult } from './sections';

export interface Requirement {
  /** "200–300 words, at most 300 (242 now)". */
  text: string;
  met: boolean;
  /** Not met, but every problem with it was silenced by the writer: accepted, not met. */
  accepted: boolean;
}

type Need = [text: string, codes: DiagnosticCode[]];

export function requirementsOf(
  result: SectionResult,
  concerning: readonly Diagnostic[],
  accepted: readonly Diagnostic[],
  messages: Messages,
): Requirement[] {
  const present = result.heading !== null && result.status !== 'empty';
  return needsOf(result, messages).map(([text, codes]) => {
    const open = concerning.some((d) => codes.includes(d.code));
    const silenced = accepted.some((d) => codes.includes(d.code));
    return { text, met: present && !open && !silenced, accepted: present && !open && silenced };
  });
}

function needsOf(result: SectionResult, messages: Messages): Need[] {
  const section = result.flat.section;
  const noun = section.items?.noun ?? 'item';
  const needs: Need[] = [];
  if (section.words && !result.judgedByRecording)
    needs.push([
      messages.t('view.requirement.words', { limit: describeWordLimit(section.words), count: result.words ?? 0 }),
      ['word-limit-exceeded', 'word-count-below-minimum'],
    ]);
  if (section.items)
    needs.push([
      messages.t('view.requirement.items', { min: section.items.min, noun, count: result.items ?? 0 }),
      ['too-few-items'],
    ]);
  if (section.statements) {
    const without = result.entries.filter((entry) => entry.words < section.statements!.minWords).length;
    const params = { noun, min: section.statements.minWords, count: without };
    needs.push([messages.t('view.requirement.statements', params), ['missing-statement']]);
  }
  if (section.minPoints !== undefined)
    needs.push([
      messages.t('view.requirement.points', { min: section.minPoints, count: result.points ?? 0 }),
      ['too-few-points'],
    ]);
  const media = section.media;
  if (media?.required)
    needs.push([
      messages.t(media.photos ? 'view.requirement.videoOrPhotos' : 'view.requirement.recording'),
      ['missing-media'],
    ]);
  if (media?.recordings && result.recordings.length > 0)
    needs.push([
      messages.t('view.requirement.recordings', { rule: describeRecordingRequirement(media.recordings) }),
      ['media-duration', 'media-limit-exceeded'],
    ]);
  if (media?.photos && result.photos.length > 0) {
    const { max, captions } = media.photos;
    const key =
      max !== undefined
        ? captions
          ? 'view.requirement.photosAtMostCaptioned'
          : 'view.requirement.photosAtMost'
        : captions
          ? 'view.requirement.photosCaptioned'
          : 'view.requirement.photos';
    needs.push([
      messages.t(key, { max: max ?? 0, count: result.photos.length }),
      ['media-limit-exceeded', 'missing-caption'],
    ]);
  }
  if (section.timestamps && result.recordings.length > 0) {
    const distinct = new Set(result.timestamps.map((stamp) => stamp.seconds)).size;
    needs.push([
      messages.t('view.requirement.timestamps', { min: section.timestamps.min, count: distinct }),
      ['missing-timestamps', 'timestamp-past-end'],
    ]);
  }
  return needs;
}
