import { analyze, RubricRegistry, type Analysis } from '../../server/src/core';

export const registry = new RubricRegistry();

export function check(text: string, options: { identifyingTerms?: string[] } = {}): Analysis {
  return analyze(text, { registry, ...options });
}

/** The words the checker counts in `body`, placed as the whole of working-together's Part 3. */
export function wordsIn(body: string, eol = '\n'): number | null {
  const text = [
    '---',
    'rubric: working-together-for-student-success',
    '---',
    '',
    '## Part 3 Reflection',
    '',
    body,
    '',
  ].join(eol);
  return check(text).sections.find((s) => s.id === 'part-3')!.words;
}
