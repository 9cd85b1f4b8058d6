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
  'are',
  'words?',
  'sections?',
  'or',
  'at',
  'most',
  'least',
  'has',
  'have',
  'photos?',
  'recordings?',
  'heading',
  'link',
  'length',
  'guide',
  'should',
  'before',
  'after',
  'remove',
  'would',
  'which',
  'check',
  'write',
  'minutes?',
  'point',
  'timestamps?',
  'caption',
  'accept',
  'label',
  'change',
  'known',
  'unknown',
  'mean',
];
const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${ENGLISH_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** `checked` is the part of `text` that must be Spanish (without the rubric's or the writer's own words). */
export function assertSpanish(text: string, where = '', checked = text): void {
  const at = where ? `${where}: ` : '';
  assert.doesNotMatch(text, /\{\w+\}/, `${at}a parameter is left unfilled in: ${text}`);
  const english = PATTERN.exec(checked);
  assert.equal(english, null, `${at}"${english?.[1]}" is English, in: ${text}`);
}

/** The titles of the Spanish example rubric (examples/es): the rubric's own words, left out of a check. */
const RUBRIC_TITLES = [/Parte (uno|dos|tres): [^\n|·(<]+/g, /Evidencia \d: [^\n|·(<]+/g];
export const withoutRubricTitles = (text: string) =>
  RUBRIC_TITLES.reduce((out, pattern) => out.replace(pattern, ''), text);
