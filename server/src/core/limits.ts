/** How limits are written in messages, code lenses and templates. */
import { formatDuration } from './media';
import type { RecordingRule, WordRule } from './rubric';

export function formatWordLimit(words: WordRule | undefined): string {
  if (!words) return '';
  if (words.min !== undefined && words.max !== undefined) return `${words.min}–${words.max}`;
  if (words.max !== undefined) return `${words.max}`;
  if (words.min !== undefined) return `${words.min}+`;
  return '';
}

/** "300-word limit", "350–450 words as a guide". */
export function describeWordLimit(words: WordRule | undefined): string {
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

export function describeRecordingRule(rule: RecordingRule): string {
  const parts: string[] = [];
  if (rule.minSeconds !== undefined && rule.maxSeconds !== undefined) {
    const bothMinutes = rule.minSeconds % 60 === 0 && rule.maxSeconds % 60 === 0;
    parts.push(bothMinutes ? `${rule.minSeconds / 60}–${rule.maxSeconds / 60} minutes` : `${formatDuration(rule.minSeconds)}–${formatDuration(rule.maxSeconds)}`);
  } else if (rule.maxSeconds !== undefined) parts.push(`at most ${formatSpan(rule.maxSeconds)}`);
  else if (rule.minSeconds !== undefined) parts.push(`at least ${formatSpan(rule.minSeconds)}`);
  if (rule.totalMaxSeconds !== undefined) parts.push(`at most ${formatSpan(rule.totalMaxSeconds)} in total`);
  return parts.join(', ');
}
