/**
 * Generators of text made to trouble a Markdown parser, sized around the guard's limits so that
 * both sides of each limit are tried: nesting on one line and line by line, delimiter storms.
 */
import fc from 'fast-check';
import { MAX_DELIMITERS, MAX_NESTING } from '../server/src/core/document/complexity';

const NESTING_UNITS = ['>', '> ', '- ', '* ', '1. ', '2) ', '  ', '\t', '>- ', '- > '];
const STORM_UNITS = ['[', ']', '*', '_', '~', '`', '<', '[a](', '*a', '~a', '![', '[^', '**x ', '_y_ ', ' words '];

/** One line nested about MAX_NESTING deep, under or over it. */
export const deepLine = fc
  .tuple(
    fc.constantFrom(...NESTING_UNITS),
    fc.integer({ min: MAX_NESTING - 3, max: MAX_NESTING + 6 }),
    fc.constantFrom('x', 'Families met', '', '# heading', '```'),
  )
  .map(([unit, depth, tail]) => unit.repeat(depth) + tail);

/** Lines nesting one level deeper each, past MAX_NESTING. */
export const growingNesting = fc
  .tuple(fc.constantFrom('>', '- ', '  ', '> - '), fc.integer({ min: MAX_NESTING - 2, max: MAX_NESTING + 8 }))
  .map(([unit, lines]) => Array.from({ length: lines }, (_v, i) => `${unit.repeat(i + 1)}word`).join('\n'));

/** A paragraph of repeated delimiters, with about MAX_DELIMITERS of them (under or over). */
export const delimiterStorm = fc
  .tuple(
    fc.array(fc.constantFrom(...STORM_UNITS), { minLength: 1, maxLength: 3 }),
    fc.integer({ min: Math.floor(MAX_DELIMITERS * 0.4), max: Math.ceil(MAX_DELIMITERS * 1.3) }),
  )
  .map(([units, times]) => units.join('').repeat(Math.ceil(times / Math.max(1, units.length))));

export const hostileText = fc.oneof(deepLine, growingNesting, delimiterStorm);
