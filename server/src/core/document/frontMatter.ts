/** The submission's YAML front matter: which rubric it names, and where. */
import { isMap, isScalar, parseDocument } from 'yaml';
import type { FrontMatterInfo } from './blockDigest';

export interface Span {
  start: number;
  end: number;
}

export interface FrontMatter {
  /** The `rubric:` value as written, or null when there is none. */
  rubric: string | null;
  /** The value's place in the document. */
  rubricValue: Span | null;
  /** The whole `rubric:` line. */
  rubricLine: Span | null;
  /** Front matter that is not valid YAML. */
  error: (Span & { message: string }) | null;
  /** The raw front matter mentions a rubric (so its errors matter even when it cannot be read). */
  mentionsRubric: boolean;
  span: Span;
}

export function readFrontMatter(info: FrontMatterInfo): FrontMatter {
  const base = info.valueStart;
  const result: FrontMatter = {
    rubric: null,
    rubricValue: null,
    rubricLine: null,
    error: null,
    mentionsRubric: /^\s*["']?rubric["']?\s*:/im.test(info.value),
    span: { start: info.start, end: info.end },
  };
  const document = parseDocument(info.value, { uniqueKeys: true, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    result.error = { ...errorSpan(info.value, error.pos[0], error.pos[1]), message };
    result.error.start += base;
    result.error.end += base;
    return result;
  }
  if (!isMap(document.contents)) return result;
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || pair.key.value !== 'rubric') continue;
    const value = pair.value;
    if (isScalar(value) && value.value !== null && value.range) {
      result.rubric = String(value.value).trim();
      result.rubricValue = { start: base + value.range[0], end: base + value.range[1] };
    } else {
      result.rubric = '';
    }
    const keyStart = base + (pair.key.range?.[0] ?? 0);
    const lineEnd = info.value.slice(keyStart - base).search(/\r?\n|\r|$/);
    result.rubricLine = { start: keyStart, end: keyStart + lineEnd };
    if (!result.rubricValue) result.rubricValue = result.rubricLine;
  }
  return result;
}

/** At least one character, inside one line: an error at a line's end marks the line's last character. */
function errorSpan(value: string, start: number, end: number): Span {
  const isBreak = (i: number) => i >= value.length || value[i] === '\n' || value[i] === '\r';
  let from = Math.min(start, value.length);
  if (isBreak(from) && from > 0 && !isBreak(from - 1)) from--;
  let to = Math.max(from + 1, Math.min(end, value.length));
  for (let i = from; i < to; i++) if (isBreak(i)) to = Math.max(i, from);
  return { start: from, end: to };
}
