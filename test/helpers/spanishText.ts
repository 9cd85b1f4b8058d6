/** What a Spanish message must not hold: a `{parameter}` left unfilled, or an English word of the messages. */
import assert from 'node:assert/strict';

const ENGLISH_WORDS = [
  'the',
  'is',
  'your',
  'you',
  'word',
  'words',
  'section',
  'sections',
  'missing',
  'add',
  'this',
  'with',
  'of',
  'and',
  'to',
  'at most',
  'at least',
  'now',
  'ready',
  'not',
  'over',
  'short',
  'found',
  'met',
  'accepted',
  'by',
  'from',
  'line',
  'rubric',
  'asks',
  'points',
  'level',
  'criteria',
  'recording',
  'photos',
  'insert',
  'errors',
  'warning',
  'warnings',
  'file',
  'files',
  'checked',
  'status',
  'limit',
  'items',
  'wrote',
  'report',
];
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${ENGLISH_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

export function assertSpanish(text: string): void {
  assert.doesNotMatch(text, /\{\w+\}/, `a parameter is left unfilled in: ${text}`);
  const english = PATTERN.exec(text);
  assert.equal(english, null, `"${english?.[1]}" is English, in: ${text}`);
}

/** The titles of the Spanish example rubric (examples/es): the rubric's own words, left out of a check. */
const RUBRIC_TITLES = [/Parte (uno|dos|tres): [^\n|·(<]+/g, /Evidencia \d: [^\n|·(<]+/g];
export const withoutRubricTitles = (text: string) =>
  RUBRIC_TITLES.reduce((out, pattern) => out.replace(pattern, ''), text);
