/**
 * Rubrics: the built-in registry, and loading of user rubric files (YAML text in, a rubric or
 * problems with their place out). Never throws on bad input.
 */
import Ajv, { type ErrorObject } from 'ajv';
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import schema from '../../../../schemas/rubric.schema.json';
import builtinData from '../../generated/rubrics.json';
import type { Range } from '../text';
import { flattenSections, type Rubric } from './types';

export const BUILTIN_RUBRICS = builtinData as unknown as Rubric[];

export interface RubricProblem {
  message: string;
  range: Range;
  severity: 'error' | 'warning';
}

export interface LoadedRubric {
  rubric: Rubric | null;
  problems: RubricProblem[];
}

let validator: ReturnType<Ajv['compile']> | null = null;
function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

/** Reads a rubric file. Problems carry 0-based positions in `text`. */
export function loadRubricText(text: string): LoadedRubric {
  const lineCounter = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: line - 1, character: col - 1 };
  };
  const span = (start: number, end: number): Range => ({ start: at(start), end: at(Math.max(start, end)) });
  const problems: RubricProblem[] = [];
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    return {
      rubric: null,
      problems: [
        { message: `Cannot read this rubric file: ${(error as Error).message}`, range: span(0, 0), severity: 'error' },
      ],
    };
  }
  for (const error of document.errors) {
    problems.push({
      message: `Invalid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
      range: span(error.pos[0], error.pos[1]),
      severity: 'error',
    });
  }
  if (problems.length > 0) return { rubric: null, problems };
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      rubric: null,
      problems: [
        { message: `Cannot read this rubric file: ${(error as Error).message}`, range: span(0, 0), severity: 'error' },
      ],
    };
  }
  for (const error of validate(data)) {
    const path = error.instancePath
      .split('/')
      .slice(1)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
    const node = nodeAt(document, path);
    const range = node?.range ? span(node.range[0], node.range[1]) : span(0, 0);
    problems.push({ message: describeSchemaError(error), range, severity: 'error' });
  }
  if (problems.length > 0) return { rubric: null, problems };
  const rubric = data as Rubric;
  const seen = new Set<string>();
  flattenSections(rubric).forEach(({ section }, i) => {
    if (seen.has(section.id)) {
      const node = nodeAt(document, [...sectionPath(rubric, i), 'id']);
      problems.push({
        message: `Section id "${section.id}" is used twice in this rubric.`,
        range: node?.range ? span(node.range[0], node.range[1]) : span(0, 0),
        severity: 'error',
      });
    }
    seen.add(section.id);
  });
  return { rubric: problems.length > 0 ? null : rubric, problems };
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

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'the rubric';
  switch (error.keyword) {
    case 'required':
      return `${where} is missing "${(error.params as { missingProperty: string }).missingProperty}".`;
    case 'additionalProperties':
      return `${where} has an unknown field "${(error.params as { additionalProperty: string }).additionalProperty}".`;
    case 'enum':
      return `${where} must be one of: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}.`;
    case 'pattern':
      return `${where} must be lower-case words joined by hyphens (e.g. my-rubric).`;
    default:
      return `${where} ${error.message ?? 'is not valid'}.`;
  }
}

export interface RubricEntry {
  rubric: Rubric;
  /** Where a user rubric came from; null for built-ins. */
  origin: string | null;
}

/** Built-in rubrics first; user rubrics may add ids but never replace a built-in. */
export class RubricRegistry {
  private readonly entries = new Map<string, RubricEntry>();

  constructor(builtins: readonly Rubric[] = BUILTIN_RUBRICS) {
    for (const rubric of builtins) this.entries.set(rubric.id, { rubric, origin: null });
  }

  /** Adds a user rubric; returns a problem message when its id is taken. */
  add(rubric: Rubric, origin: string): string | null {
    const existing = this.entries.get(rubric.id);
    if (existing && existing.origin === null)
      return `"${rubric.id}" is a built-in rubric id; the built-in rubric is used. Give this rubric another id.`;
    if (existing && existing.origin !== origin)
      return `"${rubric.id}" is already defined in ${existing.origin}; that one is used.`;
    this.entries.set(rubric.id, { rubric, origin });
    return null;
  }

  removeOrigin(origin: string): void {
    for (const [id, entry] of this.entries) if (entry.origin === origin) this.entries.delete(id);
  }

  get(id: string): Rubric | undefined {
    return this.entries.get(id)?.rubric;
  }

  list(): RubricEntry[] {
    return [...this.entries.values()];
  }

  /** The known id closest to `id`, for "did you mean". */
  suggest(id: string): string | null {
    const wanted = id.toLowerCase().trim();
    if (!wanted) return null;
    const ids = [...this.entries.keys()];
    const containing = ids.filter((known) => known.includes(wanted) || wanted.includes(known));
    if (containing.length > 0)
      return containing.sort((a, b) => Math.abs(a.length - wanted.length) - Math.abs(b.length - wanted.length))[0];
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const known of ids) {
      const distance = levenshtein(wanted, known);
      if (distance < bestDistance) {
        best = known;
        bestDistance = distance;
      }
    }
    return bestDistance <= Math.max(3, Math.floor(wanted.length / 3)) ? best : null;
  }
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_v, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
