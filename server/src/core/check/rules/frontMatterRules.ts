/** Codes reported while the rubric is chosen (analyze.ts), before any section is checked. */
import { defineRule } from './rule';

export const unknownRubric = defineRule({
  code: 'unknown-rubric',
  severity: 'error',
  description: 'The front matter names no known rubric.',
  when: 'the front matter names no known rubric',
});

export const invalidFrontMatter = defineRule({
  code: 'invalid-front-matter',
  severity: 'error',
  description: 'The front matter is not valid YAML.',
  when: 'the front matter is not valid YAML',
});
