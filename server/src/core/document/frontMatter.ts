/** The submission's YAML front matter: which rubric it names, and where. */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { MAX_YAML_NESTING, yamlTooDeepAt } from '../text';
import type { FrontMatterInfo } from './digestTypes';
import { frontMatterFences, opensFrontMatter } from './lines';

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
  /** Front matter that cannot be read (not valid YAML, or too long): why, and where. */
  error: (Span & FrontMatterError) | null;
  /** The raw front matter mentions a rubric (so its errors matter even when it cannot be read). */
  mentionsRubric: boolean;
  span: Span;
}

/**
 * Why front matter cannot be read, for the diagnostic's message in the writer's language: too long
 * (`limit` KB), nested too deep (`limit` levels), not valid YAML (the parser's own `detail`, in
 * English, or repeated keys).
 */
export type FrontMatterError =
  | { reason: 'too-long' | 'too-deep'; limit: number }
  | { reason: 'yaml'; detail: string }
  | { reason: 'duplicate-key' };

/** Far more than any submission's front matter; YAML this long is not read. */
const MAX_FRONT_MATTER_CHARS = 64 * 1024;

const MENTIONS_RUBRIC = /^\s*["']?rubric["']?\s*:/im;

/** What a keystroke reads first of the text to find its front matter: far more than a `rubric:` line needs. */
const FIRST_READ = 1024;

/**
 * Whether a text's front matter may name a rubric, read from its start only (a document that does
 * not is no submission unless a setting associates it, and is not parsed). Front matter too long to
 * read there may: the analysis decides. It runs on every keystroke, so it reads a short head first
 * and more only while what decides may lie past it.
 */
export function mayNameRubric(readHead: (length: number) => string, textLength: number): boolean {
  const most = MAX_FRONT_MATTER_CHARS + 8;
  for (let length = Math.min(FIRST_READ, most); ; length = Math.min(length * 8, most)) {
    const head = readHead(length);
    const whole = length >= most || head.length >= textLength;
    if (!opensFrontMatter(head)) {
      // A first line of `---` and spaces still running at the head's end may yet open front matter.
      if (whole || !/^---[ \t]*$/.test(head)) return false;
      continue;
    }
    const fences = frontMatterFences(head);
    // A closing fence at the head's very end may be no fence (`---x` past it): read on.
    if (fences && (whole || fences.end < head.length))
      return MENTIONS_RUBRIC.test(head.slice(fences.bodyStart, fences.bodyEnd));
    if (whole) return head.length < textLength;
  }
}

export function readFrontMatter(info: FrontMatterInfo): FrontMatter {
  const base = info.valueStart;
  const result: FrontMatter = {
    rubric: null,
    rubricValue: null,
    rubricLine: null,
    error: null,
    mentionsRubric: MENTIONS_RUBRIC.test(info.value),
    span: { start: info.start, end: info.end },
  };
  if (info.value.length > MAX_FRONT_MATTER_CHARS) {
    result.error = {
      start: info.start,
      end: info.start + 3,
      reason: 'too-long',
      limit: MAX_FRONT_MATTER_CHARS / 1024,
    };
    return result;
  }
  const deep = yamlTooDeepAt(info.value);
  if (deep >= 0) {
    const span = errorSpan(info.value, deep, deep + 1);
    result.error = {
      start: base + span.start,
      end: base + span.end,
      reason: 'too-deep',
      limit: MAX_YAML_NESTING,
    };
    return result;
  }
  // yaml's own duplicate-key check compares each key with every earlier one: found here in linear time.
  const document = parseDocument(info.value, { uniqueKeys: false, prettyErrors: false });
  const error = firstError(document);
  if (error) {
    const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    result.error = {
      ...errorSpan(info.value, error.pos[0], error.pos[1]),
      ...(error.message === DUPLICATE_KEY ? { reason: 'duplicate-key' } : { reason: 'yaml', detail }),
    };
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

interface YamlError {
  message: string;
  pos: [number, number];
}

const DUPLICATE_KEY = 'Map keys must be unique';

/** The document's first error, a repeated key included (as `uniqueKeys: true` reports it). */
function firstError(document: Document): YamlError | null {
  const parsed: YamlError | undefined = document.errors[0];
  const repeated = firstRepeatedKey(document.contents);
  if (repeated !== null && (!parsed || repeated < parsed.pos[0]))
    return { message: DUPLICATE_KEY, pos: [repeated, repeated + 1] };
  return parsed ?? null;
}

/** The offset of the earliest key that repeats an earlier scalar key of its map, or null. */
function firstRepeatedKey(root: unknown): number | null {
  let first: number | null = null;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isMap(node) && !isSeq(node)) continue;
    const seen = new Set<unknown>();
    for (const item of node.items) {
      if (isPair(item)) {
        const key = item.key as YamlNode | null;
        if (isScalar(key)) {
          const at = key.range?.[0] ?? 0;
          if (seen.has(key.value) && (first === null || at < first)) first = at;
          seen.add(key.value);
        }
        stack.push(item.key, item.value);
      } else {
        stack.push(item);
      }
    }
  }
  return first;
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
