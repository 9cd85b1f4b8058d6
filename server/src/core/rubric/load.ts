/**
 * Loading a user rubric file: bytes or text in, a rubric or problems with their place out. Never
 * throws, whatever the file holds: too large, not UTF-8, broken YAML, aliases that contain
 * themselves, or data the schema refuses.
 */
import type { ErrorObject } from 'ajv';
import { LineCounter, isNode, parseDocument, visit, type Document } from 'yaml';
import { validateRubric } from '../../generated/validators';
import { count, ENGLISH, type MessageKey, type Messages } from '../messages';
import { computeLineStarts, MAX_YAML_NESTING, type Range, yamlTooDeepAt } from '../text';
import { describePlace, keyRange, type RubricPath } from './rubricPlaces';
import { flattenSections, type Rubric } from './types';

export interface RubricProblem {
  message: string;
  range: Range;
  severity: 'error' | 'warning';
}

export interface LoadedRubric {
  rubric: Rubric | null;
  problems: RubricProblem[];
}

/** Rubric files are small; a larger one is a mistake (or an attack), refused before it is parsed. */
export const MAX_RUBRIC_BYTES = 1024 * 1024;

/** The names of user rubric files: `*.rubric.yaml` or `*.rubric.yml`. */
export const RUBRIC_FILE = /\.rubric\.ya?ml$/i;

/** Reads a rubric file's bytes: the size cap and the encoding checked before the YAML is. */
export function loadRubricBytes(bytes: Uint8Array, messages: Messages = ENGLISH): LoadedRubric {
  if (bytes.length > MAX_RUBRIC_BYTES) return fileProblem(rubricTooLarge(bytes.length, messages));
  if (bytes.includes(0)) return fileProblem(messages.t('rubric-file.utf16'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fileProblem(messages.t('rubric-file.notUtf8'));
  }
  return loadRubricText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, messages);
}

export const rubricTooLarge = (bytes: number, messages: Messages = ENGLISH) => {
  const size = (bytes / 1048576).toFixed(1);
  return messages.t('rubric-file.tooLarge', { size: messages.locale === 'en' ? size : messages.number(Number(size)) });
};

export const fileProblem = (message: string): LoadedRubric => ({
  rubric: null,
  problems: [
    { message, severity: 'error', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
  ],
});

/** The schema in schemas/, compiled at build time. */
function validate(data: unknown): ErrorObject[] {
  return validateRubric(data) ? [] : [...((validateRubric as { errors?: ErrorObject[] }).errors ?? [])];
}

/** Reads a rubric file. Problems carry 0-based positions in `text`. */
export function loadRubricText(text: string, messages: Messages = ENGLISH): LoadedRubric {
  // UTF-16 length: at most 3 UTF-8 bytes per code unit, so only texts near the cap need measuring.
  if (text.length * 3 > MAX_RUBRIC_BYTES) {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_RUBRIC_BYTES) return fileProblem(rubricTooLarge(bytes, messages));
  }
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: line - 1, character: col - 1 };
  };
  const span = (start: number, end: number): Range => ({ start: at(start), end: at(Math.max(start, end)) });
  const problems: RubricProblem[] = [];
  const deep = yamlTooDeepAt(text);
  if (deep >= 0) {
    for (const start of computeLineStarts(text)) lineCounter.addNewLine(start);
    return onlyProblem(
      messages.t('rubric-file.tooDeep', { levels: count(messages, MAX_YAML_NESTING) }),
      span(deep, deep + 1),
    );
  }
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    return onlyProblem(messages.t('rubric-file.unreadable', { detail: (error as Error).message }), span(0, 0));
  }
  for (const error of document.errors) {
    problems.push({
      // The parser's detail is in English: other languages say what to look at in their own words.
      message:
        messages.locale === 'en'
          ? `Invalid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`
          : messages.t('rubric-file.invalidYaml'),
      range: span(error.pos[0], error.pos[1]),
      severity: 'error',
    });
  }
  if (problems.length > 0) return { rubric: null, problems };
  const cycle = aliasCycle(document, messages);
  if (cycle) return { rubric: null, problems: [{ ...cycle, range: span(cycle.at[0], cycle.at[1]) }] };
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return onlyProblem(messages.t('rubric-file.unreadable', { detail: (error as Error).message }), span(0, 0));
  }
  problems.push(...schemaProblems(document, data, span, messages));
  if (problems.length > 0) return { rubric: null, problems };
  for (const { paths, message } of impossibleRanges(data as Rubric, messages)) {
    // Both values are underlined: either may be the one the writer meant to change.
    const ends = paths.flatMap((path) => keyRange(document, path) ?? []);
    problems.push({
      message: messages.t('rubric-file.impossible', {
        where: describePlace(data, paths[0].slice(0, -1), messages),
        message,
      }),
      range: ends.length > 0 ? span(Math.min(...ends), Math.max(...ends)) : span(0, 0),
      severity: 'error',
    });
  }
  if (problems.length > 0) return { rubric: null, problems };
  withDefaults(data as Rubric);
  const rubric = data as Rubric;
  problems.push(...idProblems(document, rubric, span, messages));
  return { rubric: problems.length > 0 ? null : rubric, problems };
}

type Span = (start: number, end: number) => Range;

/** A file that cannot be read further: its one problem, an error. */
const onlyProblem = (message: string, range: Range): LoadedRubric => ({
  rubric: null,
  problems: [{ message, range, severity: 'error' }],
});

/** What the schema finds wrong, each underlined where it is written (an unknown key: the key itself). */
function schemaProblems(document: Document.Parsed, data: unknown, span: Span, messages: Messages): RubricProblem[] {
  const problems: RubricProblem[] = [];
  for (const error of validate(data)) {
    const path: RubricPath = error.instancePath
      .split('/')
      .slice(1)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
    const where = describePlace(data, path, messages);
    // The unknown key itself is underlined.
    if (error.keyword === 'additionalProperties')
      path.push((error.params as { additionalProperty: string }).additionalProperty);
    const at = keyRange(document, path, error.keyword === 'additionalProperties');
    const range = at ? span(at[0], at[1]) : span(0, 0);
    problems.push({ message: describeSchemaError(error, where, messages), range, severity: 'error' });
  }
  return problems;
}

/** Section ids used twice, and `timestamps.alsoIn` ids that name no section. */
function idProblems(document: Document.Parsed, rubric: Rubric, span: Span, messages: Messages): RubricProblem[] {
  const problems: RubricProblem[] = [];
  const seen = new Set<string>();
  flattenSections(rubric).forEach(({ section }, i) => {
    if (seen.has(section.id)) {
      const node = nodeAt(document, [...sectionPath(rubric, i), 'id']);
      problems.push({
        message: messages.t('rubric-file.idTwice', { id: section.id }),
        range: node?.range ? span(node.range[0], node.range[1]) : span(0, 0),
        severity: 'error',
      });
    }
    seen.add(section.id);
  });
  for (const { path, id } of unknownSectionReferences(rubric, seen)) {
    const node = nodeAt(document, path);
    problems.push({
      message: messages.t('rubric-file.alsoInUnknown', { id }),
      range: node?.range ? span(node.range[0], node.range[1]) : span(0, 0),
      severity: 'error',
    });
  }
  return problems;
}

/** Section ids named in `timestamps.alsoIn` that the rubric does not have, with where they are written. */
function unknownSectionReferences(rubric: Rubric, ids: ReadonlySet<string>) {
  return flattenSections(rubric).flatMap(({ section }, i) =>
    (section.timestamps?.alsoIn ?? []).flatMap((id, k) =>
      ids.has(id) ? [] : [{ id, path: [...sectionPath(rubric, i), 'timestamps', 'alsoIn', k] }],
    ),
  );
}

/** An alias inside the node it names would make the data contain itself; found before it is built. */
function aliasCycle(
  document: Document.Parsed,
  messages: Messages,
): { message: string; severity: 'error'; at: [number, number] } | null {
  let found: { message: string; severity: 'error'; at: [number, number] } | null = null;
  visit(document, {
    Alias(_key, alias, path) {
      const source = alias.resolve(document);
      if (!source || !path.includes(source as never)) return undefined;
      const range = alias.range ?? [0, 0];
      found = {
        message: messages.t('rubric-file.aliasCycle', { name: alias.source }),
        severity: 'error',
        at: [range[0], range[1]],
      };
      return visit.BREAK;
    },
  });
  return found;
}

function nodeAt(
  document: Document.Parsed,
  path: (string | number)[],
): { range?: [number, number, number] | null } | null {
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
    if (isNode(node)) return node;
  }
  return null;
}

function sectionPath(rubric: Rubric, flatIndex: number): (string | number)[] {
  const path: (string | number)[] = [];
  let count = 0;
  const find = (sections: Rubric['sections'], prefix: (string | number)[]): boolean => {
    for (let i = 0; i < sections.length; i++) {
      const here = [...prefix, 'sections', i];
      if (count++ === flatIndex) {
        path.push(...here);
        return true;
      }
      if (sections[i].sections && find(sections[i].sections!, here)) return true;
    }
    return false;
  };
  find(rubric.sections, []);
  return path;
}

const TYPE_NAMES: Record<string, MessageKey> = {
  object: 'rubric-file.type.object',
  array: 'rubric-file.type.array',
  string: 'rubric-file.type.string',
  integer: 'rubric-file.type.integer',
  number: 'rubric-file.type.number',
  boolean: 'rubric-file.type.boolean',
};

function describeSchemaError(error: ErrorObject, where: string, messages: Messages): string {
  const params = error.params as {
    missingProperty?: string;
    additionalProperty?: string;
    allowedValues?: unknown[];
    limit?: number;
    type?: string;
  };
  const limit = messages.number(params.limit ?? 0);
  switch (error.keyword) {
    case 'required':
      return messages.t('rubric-file.missingField', { where, field: params.missingProperty ?? '' });
    case 'additionalProperties':
      return messages.t('rubric-file.unknownField', { where, field: params.additionalProperty ?? '' });
    case 'enum':
      return messages.t('rubric-file.oneOf', { where, values: (params.allowedValues ?? []).join(', ') });
    case 'pattern':
      return messages.t('rubric-file.idPattern', { where });
    case 'maximum':
      return messages.t('rubric-file.atMost', { where, limit });
    case 'minimum':
      return messages.t('rubric-file.atLeast', { where, limit });
    case 'type': {
      const type = params.type ?? '';
      return messages.t('rubric-file.mustBe', { where, type: TYPE_NAMES[type] ? messages.t(TYPE_NAMES[type]) : type });
    }
    case 'maxItems':
      return messages.t('rubric-file.maxItems', { where, limit });
    default:
      // The schema checker's own words are English: other languages say it in their own.
      return messages.locale === 'en'
        ? `${where} ${error.message ?? 'is not valid'}.`
        : messages.t('rubric-file.notValid', { where });
  }
}

/** Ranges no submission can meet (a minimum above its maximum), each with the paths of both values. */
function impossibleRanges(rubric: Rubric, messages: Messages): { paths: [RubricPath, RubricPath]; message: string }[] {
  const found: { paths: [RubricPath, RubricPath]; message: string }[] = [];
  flattenSections(rubric).forEach(({ section }, i) => {
    const here = sectionPath(rubric, i);
    const limits = section.words;
    if (limits?.min !== undefined && limits.max !== undefined && limits.min > limits.max)
      found.push({
        paths: [
          [...here, 'words', 'min'],
          [...here, 'words', 'max'],
        ],
        message: messages.t('rubric-file.wordsImpossible', {
          min: count(messages, limits.min),
          max: count(messages, limits.max),
        }),
      });
    const recordings = section.media?.recordings;
    const min = recordings?.minSeconds;
    for (const key of ['maxSeconds', 'totalMaxSeconds'] as const) {
      const max = recordings?.[key];
      if (min !== undefined && max !== undefined && min > max)
        found.push({
          paths: [
            [...here, 'media', 'recordings', 'minSeconds'],
            [...here, 'media', 'recordings', key],
          ],
          message: messages.t('rubric-file.recordingsImpossible', {
            min: count(messages, min),
            key,
            max: count(messages, max),
          }),
        });
    }
  });
  return found;
}

/** What the schema says a left-out field means: a word limit is `hard` unless it says `guide`. */
function withDefaults(rubric: Rubric): void {
  for (const { section } of flattenSections(rubric))
    if (section.words && !section.words.limit) section.words.limit = 'hard';
}
