/** A suppression comment's unknown code (found in suppress.ts, where the comments are read). */
import { defineRule } from './rule';

export const invalidSuppression = defineRule({
  code: 'invalid-suppression',
  severity: 'warning',
  description: 'A rubric-writer-disable comment names a code that does not exist, so it silences nothing.',
  when: 'a `rubric-writer-disable` comment names a code that does not exist (a typo silences nothing)',
});
