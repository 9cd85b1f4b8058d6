/**
 * How a rubric's requirements are written in messages, code lenses, hovers and templates, in the
 * writer's language (`messages`, English when not given); a rubric's own nouns stay in its language.
 */
import { count, ENGLISH, type Messages, pluralOf } from '../messages';
import { formatDuration } from '../text';
import type { RecordingRequirement, RubricSection, WordRequirement } from './types';

export function formatWordLimit(words: WordRequirement | undefined, messages: Messages = ENGLISH): string {
  if (!words) return '';
  const n = (value: number) => count(messages, value);
  if (words.min !== undefined && words.max !== undefined) return `${n(words.min)}–${n(words.max)}`;
  if (words.max !== undefined) return n(words.max);
  if (words.min !== undefined) return `${n(words.min)}+`;
  return '';
}

/** "at most 300 words", "350–450 words as a guide". */
export function describeWordLimit(words: WordRequirement | undefined, messages: Messages = ENGLISH): string {
  if (!words) return '';
  const range = formatWordLimit(words, messages);
  if (words.limit === 'guide') return messages.t('requirement.wordsGuide', { range });
  if (words.min !== undefined && words.max !== undefined)
    return messages.t('requirement.wordsRange', { range, max: count(messages, words.max) });
  if (words.max !== undefined) return messages.t('requirement.wordsAtMost', { max: count(messages, words.max) });
  return messages.t('requirement.wordsAtLeast', { min: count(messages, words.min ?? 0) });
}

/** "5 minutes", or "2:30" when not whole minutes. */
export function formatSpan(seconds: number, messages: Messages = ENGLISH): string {
  return seconds % 60 === 0
    ? messages.t('requirement.minutes', { count: count(messages, seconds / 60) })
    : formatDuration(seconds);
}

export function describeRecordingRequirement(rule: RecordingRequirement, messages: Messages = ENGLISH): string {
  const parts: string[] = [];
  if (rule.minSeconds !== undefined && rule.maxSeconds !== undefined) {
    const bothMinutes = rule.minSeconds % 60 === 0 && rule.maxSeconds % 60 === 0;
    parts.push(
      bothMinutes
        ? messages.t('requirement.minutesRange', {
            min: count(messages, rule.minSeconds / 60),
            max: count(messages, rule.maxSeconds / 60),
          })
        : `${formatDuration(rule.minSeconds)}–${formatDuration(rule.maxSeconds)}`,
    );
  } else if (rule.maxSeconds !== undefined)
    parts.push(messages.t('requirement.atMost', { span: formatSpan(rule.maxSeconds, messages) }));
  else if (rule.minSeconds !== undefined)
    parts.push(messages.t('requirement.atLeast', { span: formatSpan(rule.minSeconds, messages) }));
  if (rule.totalMaxSeconds !== undefined)
    parts.push(messages.t('requirement.totalAtMost', { span: formatSpan(rule.totalMaxSeconds, messages) }));
  return parts.join(', ');
}

export interface DescribeRulesOptions {
  /** For a template's guidance comment: without what only a hover needs (optional, a recording replacing the text). */
  forGuidance?: boolean;
  /** The writer's language; English when not given. */
  messages?: Messages;
  /** The rubric's language (`Rubric.language`), in which its nouns are made plural. */
  language?: string;
}

/** A section's requirements in words: "at most 300 words; at least 5 stakeholders". */
export function describeRules(
  section: RubricSection,
  { forGuidance = false, messages = ENGLISH, language }: DescribeRulesOptions = {},
): string {
  const parts = [describeWordLimit(section.words, messages)];
  if (section.items)
    parts.push(
      messages.t('requirement.items', {
        min: count(messages, section.items.min),
        nouns: pluralOf(section.items.noun, language),
      }),
    );
  const recordings = section.media?.recordings;
  if (recordings) {
    const requirement = describeRecordingRequirement(recordings, messages);
    const replaces = recordings.replacesWords && !forGuidance;
    parts.push(messages.t(replaces ? 'requirement.recordingsMayReplace' : 'requirement.recordings', { requirement }));
  }
  const photos = section.media?.photos;
  if (photos?.max !== undefined)
    parts.push(
      messages.t(photos.captions ? 'requirement.photosCaptioned' : 'requirement.photos', {
        max: count(messages, photos.max),
      }),
    );
  if (section.required === false && !forGuidance) parts.push(messages.t('requirement.optional'));
  return parts.filter(Boolean).join('; ');
}
