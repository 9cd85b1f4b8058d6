/**
 * What the rubric asks of a section, as a checklist: each requirement with the section's own
 * figure and whether it is met. Met means found, not empty, and no diagnostic of the
 * requirement's codes left after suppressions, so the checklist and the diagnostics agree.
 */
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
): Requirement[] {
  const present = result.heading !== null && result.status !== 'empty';
  return needsOf(result).map(([text, codes]) => {
    const open = concerning.some((d) => codes.includes(d.code));
    const silenced = accepted.some((d) => codes.includes(d.code));
    return { text, met: present && !open && !silenced, accepted: present && !open && silenced };
  });
}

function needsOf(result: SectionResult): Need[] {
  const section = result.flat.section;
  const noun = section.items?.noun ?? 'item';
  const needs: Need[] = [];
  if (section.words && !result.judgedByRecording)
    needs.push([
      `${describeWordLimit(section.words)} (${result.words ?? 0} now)`,
      ['word-limit-exceeded', 'word-count-below-minimum'],
    ]);
  if (section.items)
    needs.push([`at least ${section.items.min} ${noun}s (${result.items ?? 0} listed)`, ['too-few-items']]);
  if (section.statements) {
    const without = result.entries.filter((entry) => entry.words < section.statements!.minWords).length;
    const what = `a statement of why each ${noun} matters, at least ${section.statements.minWords} words`;
    needs.push([`${what} (${without} without)`, ['missing-statement']]);
  }
  if (section.minPoints !== undefined)
    needs.push([`${section.minPoints} points (${result.points ?? 0} found)`, ['too-few-points']]);
  const media = section.media;
  if (media?.required) needs.push([media.photos ? 'a video link or photos' : 'a recording', ['missing-media']]);
  if (media?.recordings && result.recordings.length > 0)
    needs.push([
      `recordings: ${describeRecordingRequirement(media.recordings)}`,
      ['media-duration', 'media-limit-exceeded'],
    ]);
  if (media?.photos && result.photos.length > 0) {
    const limit = media.photos.max !== undefined ? `at most ${media.photos.max}` : 'photos';
    needs.push([
      `photos: ${limit}${media.photos.captions ? ', each captioned' : ''} (${result.photos.length} now)`,
      ['media-limit-exceeded', 'missing-caption'],
    ]);
  }
  if (section.timestamps && result.recordings.length > 0) {
    const distinct = new Set(result.timestamps.map((stamp) => stamp.seconds)).size;
    needs.push([
      `${section.timestamps.min} timestamps for the video, within its length (${distinct} found)`,
      ['missing-timestamps', 'timestamp-past-end'],
    ]);
  }
  return needs;
}
