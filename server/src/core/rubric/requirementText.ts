/** How a rubric's requirements are written in messages, code lenses, hovers and templates. */
import { formatDuration } from '../text';
import type { RecordingRequirement, RubricSection, WordRequirement } from './types';

export function formatWordLimit(words: WordRequirement | undefined): string {
  if (!words) return '';
  if (words.min !== undefined && words.max !== undefined) return `${words.min}–${words.max}`;
  if (words.max !== undefined) return `${words.max}`;
  if (words.min !== undefined) return `${words.min}+`;
  return '';
}

/** "300-word limit", "350–450 words as a guide". */
export function describeWordLimit(words: WordRequirement | undefined): string {
  if (!words) return '';
  const range = formatWordLimit(words);
  if (words.limit === 'guide') return `${range} words as a guide`;
  if (words.min !== undefined && words.max !== undefined) return `${range} words, at most ${words.max}`;
  if (words.max !== undefined) return `at most ${words.max} words`;
  return `at least ${words.min} words`;
}

export function formatSpan(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} minute${seconds === 60 ? '' : 's'}` : formatDuration(seconds);
}

export function describeRecordingRequirement(rule: RecordingRequirement): string {
  const parts: string[] = [];
  if (rule.minSeconds !== undefined && rule.maxSeconds !== undefined) {
    const bothMinutes = rule.minSeconds % 60 === 0 && rule.maxSeconds % 60 === 0;
    parts.push(
      bothMinutes
        ? `${rule.minSeconds / 60}–${rule.maxSeconds / 60} minutes`
        : `${formatDuration(rule.minSeconds)}–${formatDuration(rule.maxSeconds)}`,
    );
  } else if (rule.maxSeconds !== undefined) parts.push(`at most ${formatSpan(rule.maxSeconds)}`);
  else if (rule.minSeconds !== undefined) parts.push(`at least ${formatSpan(rule.minSeconds)}`);
  if (rule.totalMaxSeconds !== undefined) parts.push(`at most ${formatSpan(rule.totalMaxSeconds)} in total`);
  return parts.join(', ');
}

/**
 * A section's requirements in words: "at most 300 words; at least 5 stakeholders". Guidance
 * comments leave out what only a hover needs (optional, a recording replacing the text).
 */
export function describeRules(section: RubricSection, { forGuidance = false } = {}): string {
  const parts = [describeWordLimit(section.words)];
  if (section.items) parts.push(`at least ${section.items.min} ${section.items.noun}s`);
  const recordings = section.media?.recordings;
  if (recordings) {
    const replaces = recordings.replacesWords && !forGuidance ? ' (a recording may replace the text)' : '';
    parts.push(`recordings: ${describeRecordingRequirement(recordings)}${replaces}`);
  }
  const photos = section.media?.photos;
  if (photos?.max !== undefined)
    parts.push(`photos: at most ${photos.max}${photos.captions ? ', each captioned' : ''}`);
  if (section.required === false && !forGuidance) parts.push('optional');
  return parts.filter(Boolean).join('; ');
}
