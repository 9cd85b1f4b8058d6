/**
 * The globs of `associations` and `ignores` (project config) and of `rubricWriter.associations`,
 * compiled once into a matcher whose time grows with the glob's length times the path's, whatever
 * the glob: a regular expression built from `*a*a*a…b` backtracks for minutes on one file name.
 * Globs read as picomatch reads them with `dot` and `nocase`: `*`, `?`, `[a-z]`, `[!a]`, `**` as a
 * whole segment, `{a,b}` and `{1..3}`, `\` escapes, a leading `!` negates; a glob with no `/`
 * matches a file name in any folder. Extended globs (`@(…)`, `+(…)`) are refused with a message.
 */

import { ENGLISH, type MessageKey, type Messages, type Params } from '../messages';

/** Past these a glob is refused: no writer needs more, and they bound the work per file name. */
export const GLOB_LIMITS = { length: 256, wildcards: 16, alternatives: 64 } as const;

export type GlobMatcher = (path: string) => boolean;
/** A compiled glob, or why it is refused and where (a 0-based offset in the glob). */
export type CompiledGlob = { match: GlobMatcher } | { error: string; offset: number };

type Token = { kind: 'text'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; test: ClassTest };
type ClassTest = (char: string) => boolean;
/** A path segment's tokens, or `**` (any number of whole segments). */
type Segment = Token[] | 'globstar';

/** Why a glob is refused, as a catalogue key: the message is written in the caller's language. */
class GlobError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly offset: number,
    readonly params: Params = {},
  ) {
    super(key);
  }
}

export function compileGlob(glob: string, messages: Messages = ENGLISH): CompiledGlob {
  try {
    return { match: compile(glob) };
  } catch (error) {
    if (error instanceof GlobError) return { error: messages.t(error.key, error.params), offset: error.offset };
    throw error;
  }
}

function compile(glob: string): GlobMatcher {
  if (glob.trim() === '') throw new GlobError('config.glob.empty', 0);
  if (glob.length > GLOB_LIMITS.length)
    throw new GlobError('config.glob.tooLong', GLOB_LIMITS.length, { limit: GLOB_LIMITS.length });
  let wildcards = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '\\') i++;
    else if ((char === '*' || char === '?') && glob[i - 1] !== char && ++wildcards > GLOB_LIMITS.wildcards)
      throw new GlobError('config.glob.tooManyWildcards', i, { limit: GLOB_LIMITS.wildcards });
    else if ('@+*?!'.includes(char) && glob[i + 1] === '(') throw new GlobError('config.glob.extended', i, { char });
  }
  const negated = glob.startsWith('!');
  const body = (negated ? glob.slice(1) : glob).replace(/^(\.\/)+/, '');
  const start = glob.length - body.length;
  const patterns = expandBraces(body, start).map((alternative) => parseSegments(alternative, start));
  const matchBase = !body.includes('/');
  return (path) => {
    const segments = path.toLowerCase().split('/');
    const candidate = matchBase ? segments.slice(-1) : segments;
    return patterns.some((pattern) => matchSegments(pattern, candidate)) !== negated;
  };
}

/** `a{b,c}d` → `abd`, `acd`; `x{1..3}` → `x1`, `x2`, `x3`; a brace with neither stays as written. */
function expandBraces(glob: string, offset: number): string[] {
  const open = findUnescaped(glob, '{');
  if (open < 0) return [glob];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < glob.length && close < 0; i++) {
    if (glob[i] === '\\') i++;
    else if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) close = i;
    else if (glob[i] === ',' && depth === 1) commas.push(i);
  }
  if (close < 0) throw new GlobError('config.glob.unclosedBrace', offset + open);
  const head = glob.slice(0, open);
  const inner = glob.slice(open + 1, close);
  const range = /^(-?\d+)\.\.(-?\d+)$/.exec(inner);
  let options: string[];
  if (commas.length > 0)
    options = [open, ...commas].map((at, i) => glob.slice(at + 1, i < commas.length ? commas[i] : close));
  else if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (Math.abs(to - from) >= GLOB_LIMITS.alternatives) throw tooManyAlternatives(offset + open);
    const step = from <= to ? 1 : -1;
    options = Array.from({ length: Math.abs(to - from) + 1 }, (_v, i) => String(from + i * step));
  } else options = [`\\{${inner}\\}`];
  const tails = expandBraces(glob.slice(close + 1), offset + close + 1);
  const expanded: string[] = [];
  for (const option of options)
    for (const middle of expandBraces(option, offset + open + 1))
      for (const tail of tails) {
        if (expanded.length >= GLOB_LIMITS.alternatives) throw tooManyAlternatives(offset + open);
        expanded.push(head + middle + tail);
      }
  return expanded;
}

const tooManyAlternatives = (offset: number) =>
  new GlobError('config.glob.tooManyAlternatives', offset, { limit: GLOB_LIMITS.alternatives });

function findUnescaped(text: string, char: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === char) return i;
  }
  return -1;
}

function parseSegments(glob: string, offset: number): Segment[] {
  const segments: Segment[] = [];
  for (const part of splitUnescaped(glob, '/')) {
    if (part === '**') {
      if (segments.at(-1) !== 'globstar') segments.push('globstar');
    } else segments.push(parseTokens(part, offset));
  }
  // `a/` matches the folder `a` and what is in it, as `a/**` does.
  if (segments.length > 1 && Array.isArray(segments.at(-1)) && (segments.at(-1) as Token[]).length === 0)
    segments[segments.length - 1] = 'globstar';
  return segments;
}

function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === separator) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

function parseTokens(segment: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i];
    if (char === '\\' && i + 1 < segment.length) tokens.push({ kind: 'text', char: segment[++i].toLowerCase() });
    else if (char === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (char === '?') tokens.push({ kind: 'any' });
    else if (char === '[' && segment.indexOf(']', i + 2) > 0) {
      const close = segment.indexOf(']', i + 2);
      tokens.push({ kind: 'class', test: classTest(segment.slice(i + 1, close), offset + i) });
      i = close;
    } else tokens.push({ kind: 'text', char: char.toLowerCase() });
  }
  return tokens;
}

/** `[abc]`, `[a-z]`, `[!a]` or `[^a]`, compared in lower case. */
function classTest(body: string, offset: number): ClassTest {
  const negated = body[0] === '!' || body[0] === '^';
  const chars = [...(negated ? body.slice(1) : body).toLowerCase()];
  const ranges: [string, string][] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      if (chars[i] > chars[i + 2])
        throw new GlobError('config.glob.backwardsRange', offset, { from: chars[i], to: chars[i + 2] });
      ranges.push([chars[i], chars[i + 2]]);
      i += 2;
    } else ranges.push([chars[i], chars[i]]);
  }
  return (char) => ranges.some(([low, high]) => char >= low && char <= high) !== negated;
}

/**
 * The wildcard match with one remembered star: on a mismatch only the latest star takes one more
 * item, so the work is at most items × pattern length (no backtracking into earlier stars).
 */
function matchWithStars<P, I>(
  pattern: readonly P[],
  items: readonly I[],
  isStar: (p: P) => boolean,
  matchesOne: (p: P, item: I) => boolean,
): boolean {
  let p = 0;
  let i = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (i < items.length) {
    if (p < pattern.length && isStar(pattern[p])) {
      starAt = p++;
      resumeAt = i;
    } else if (p < pattern.length && matchesOne(pattern[p], items[i])) {
      p++;
      i++;
    } else if (starAt >= 0) {
      p = starAt + 1;
      i = ++resumeAt;
    } else return false;
  }
  while (p < pattern.length && isStar(pattern[p])) p++;
  return p === pattern.length;
}

const matchToken = (token: Token, char: string) =>
  token.kind === 'any' || (token.kind === 'text' ? token.char === char : token.kind === 'class' && token.test(char));

function matchSegments(pattern: readonly Segment[], segments: readonly string[]): boolean {
  return matchWithStars(
    pattern,
    segments,
    (segment) => segment === 'globstar',
    (segment, name) =>
      segment !== 'globstar' &&
      name !== '' &&
      matchWithStars(segment, [...name], (token) => token.kind === 'star', matchToken),
  );
}
