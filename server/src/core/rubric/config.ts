/**
 * The project configuration, `.rubric-writer.yaml` (or `.yml`, `.json`): read and validated with
 * positioned problems, and found from a file's folder upward to the repository root. Reading is
 * the caller's (the CLI reads the disk, the language server may read through the editor).
 */
import type { ErrorObject } from 'ajv';
import { type Document, LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import { validateConfig } from '../../generated/validators';
import { count, ENGLISH, type Messages } from '../messages';
import { computeLineStarts, MAX_YAML_NESTING, type Range, yamlTooDeepAt } from '../text';
import { compileGlob, type GlobMatcher } from './glob';

export const CONFIG_FILE_NAMES = ['.rubric-writer.yaml', '.rubric-writer.yml', '.rubric-writer.json'] as const;
/** A config file larger than this is refused, not read. */
export const MAX_CONFIG_BYTES = 256 * 1024;

export interface ProjectConfig {
  /** Glob (relative to the config's folder) → rubric id. */
  associations: Record<string, string>;
  /** Folders, as written (relative to the config's folder unless absolute). */
  rubricPaths: string[];
  identifyingTerms: string[];
  /** Globs (relative to the config's folder) of files never checked. */
  ignores: string[];
}

export interface ConfigProblem {
  message: string;
  range: Range;
}

export interface LoadedConfig {
  /** The config file's path, and its folder (what its globs and paths are relative to). */
  path: string;
  folder: string;
  /**
   * Null when the file has problems: a broken config is reported, not half applied. A refused glob
   * is the exception: it is reported, and the rest of the config applies without it.
   */
  config: ProjectConfig | null;
  problems: ConfigProblem[];
}

/** Reads a config file's text (YAML; JSON is YAML too). Problems carry 0-based positions, in `messages`' language. */
export function parseConfig(
  text: string,
  messages: Messages = ENGLISH,
): { config: ProjectConfig | null; problems: ConfigProblem[] } {
  const lines = new LineCounter();
  const position = (offset: number) => {
    const { line, col } = lines.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: line - 1, character: col - 1 };
  };
  const problem = (message: string, at?: readonly number[] | null): ConfigProblem => ({
    message,
    range: { start: position(at?.[0] ?? 0), end: position(at?.[1] ?? 0) },
  });
  const deep = yamlTooDeepAt(text);
  if (deep >= 0) {
    for (const start of computeLineStarts(text)) lines.addNewLine(start);
    return {
      config: null,
      problems: [
        problem(messages.t('config.tooDeep', { levels: count(messages, MAX_YAML_NESTING) }), [deep, deep + 1]),
      ],
    };
  }
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, uniqueKeys: true });
  if (document.errors.length > 0)
    return {
      config: null,
      // The YAML library explains in English: other languages get one sentence of their own.
      problems: document.errors.map((e) =>
        problem(
          messages.locale === 'en'
            ? messages.t('config.invalidYaml', {
                detail: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
              })
            : messages.t('config.invalidYamlHere'),
          e.pos,
        ),
      ),
    };
  const data = document.toJS({ maxAliasCount: 100 }) ?? {};
  // The schema in schemas/, compiled at build time.
  if (!validateConfig(data)) return { config: null, problems: schemaProblems(document, problem, messages) };
  const value = data as Partial<ProjectConfig> & { privacy?: { identifyingTerms?: string[] } };
  const problems: ConfigProblem[] = [];
  const refused = (glob: string, node: unknown, key: 'config.glob.association' | 'config.glob.ignores') => {
    const compiled = compileGlob(glob, messages);
    if ('match' in compiled) return false;
    const range = isNode(node) && node.range ? node.range : (document.contents?.range ?? [0, 0]);
    const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') ? 1 : 0;
    const start = Math.min(range[0] + quoted + compiled.offset, Math.max(range[0], range[1] - quoted));
    problems.push(problem(messages.t(key, { glob, reason: compiled.error }), [start, range[1]]));
    return true;
  };
  const associationKey = (glob: string) => {
    const map = document.get('associations', true);
    return isMap(map) ? map.items.find((pair) => isScalar(pair.key) && pair.key.value === glob)?.key : null;
  };
  const associations = Object.entries(value.associations ?? {}).filter(
    ([glob]) => !refused(glob, associationKey(glob), 'config.glob.association'),
  );
  const ignores = (value.ignores ?? []).filter(
    (glob, i) => !refused(glob, (document as Document).getIn(['ignores', i], true), 'config.glob.ignores'),
  );
  return {
    config: {
      associations: Object.fromEntries(associations),
      rubricPaths: value.rubricPaths ?? [],
      identifyingTerms: value.privacy?.identifyingTerms ?? [],
      ignores,
    },
    problems,
  };
}

/** What the schema finds wrong, each problem where it is written (an unknown key at the key). */
function schemaProblems(
  document: Document.Parsed,
  problem: (message: string, at?: readonly number[] | null) => ConfigProblem,
  messages: Messages,
): ConfigProblem[] {
  const problems = ((validateConfig as { errors?: ErrorObject[] }).errors ?? []).map((error) => {
    const path = error.instancePath.split('/').slice(1);
    let node: unknown = null;
    for (let length = path.length; length > 0 && !isNode(node); length--)
      node = document.getIn(path.slice(0, length), true);
    // An unknown key is marked where it is written.
    const unknownKey = (error.params as { additionalProperty?: string }).additionalProperty;
    const map = path.length === 0 ? document.contents : node;
    if (unknownKey !== undefined && isMap(map))
      node = map.items.find((pair) => isScalar(pair.key) && pair.key.value === unknownKey)?.key ?? node;
    return problem(describe(error, messages), isNode(node) ? node.range : (document.contents?.range ?? null));
  });
  return problems;
}

const SCHEMA_TYPES = {
  object: 'rubric-file.type.object',
  array: 'rubric-file.type.array',
  string: 'rubric-file.type.string',
} as const;

function describe(error: ErrorObject, messages: Messages): string {
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : messages.t('config.place.root');
  const params = error.params as { additionalProperty?: string; type?: string };
  if (error.keyword === 'additionalProperties')
    return messages.t('config.unknownKey', { where, key: params.additionalProperty ?? '' });
  if (error.keyword === 'pattern') return messages.t('config.idPattern', { where });
  // English keeps the schema validator's own words; other languages get the catalogue's.
  if (messages.locale === 'en' && error.message) return `${where} ${error.message}.`;
  const type = SCHEMA_TYPES[params.type as keyof typeof SCHEMA_TYPES];
  if (error.keyword === 'type' && type) return messages.t('config.mustBe', { where, type: messages.t(type) });
  if (error.keyword === 'minLength') return messages.t('config.notEmpty', { where });
  return messages.t('config.notValid', { where });
}

/** What a config says about one file. */
export interface ConfigForFile {
  associatedRubricId: string | null;
  identifyingTerms: string[];
  /** The first of the config's `ignores` that matches the file; null when none does. */
  ignored: string | null;
  /** Its rubric folders, placed where they are (absolute). */
  rubricPaths: string[];
}

export const NOTHING_CONFIGURED: ConfigForFile = {
  associatedRubricId: null,
  identifyingTerms: [],
  ignored: null,
  rubricPaths: [],
};

/** Each config's globs, compiled the first time it is asked about a file (a refused glob never matches). */
const compiled = new WeakMap<
  ProjectConfig,
  { associations: [GlobMatcher, string][]; ignores: [GlobMatcher, string][] }
>();
const matcherOf = (glob: string): GlobMatcher => {
  const result = compileGlob(glob);
  return 'match' in result ? result.match : () => false;
};

function globsOf(config: ProjectConfig) {
  let globs = compiled.get(config);
  if (!globs) {
    globs = {
      associations: Object.entries(config.associations).map(([glob, id]) => [matcherOf(glob), id]),
      ignores: config.ignores.map((glob) => [matcherOf(glob), glob]),
    };
    compiled.set(config, globs);
  }
  return globs;
}

/**
 * What a (valid) config says about the file at `inFolder` (its path from the config's folder, with
 * `/`); `place` makes a rubric folder as written absolute.
 */
export function configAt(
  loaded: LoadedConfig | null,
  inFolder: string,
  place: (folder: string) => string,
): ConfigForFile {
  const config = loaded?.config;
  if (!config) return NOTHING_CONFIGURED;
  const globs = globsOf(config);
  return {
    associatedRubricId: globs.associations.find(([match]) => match(inFolder))?.[1] ?? null,
    identifyingTerms: config.identifyingTerms,
    ignored: globs.ignores.find(([match]) => match(inFolder))?.[1] ?? null,
    rubricPaths: config.rubricPaths.map(place),
  };
}

/** What finding a config needs: a file's text (null when there is none), and where the repository ends. */
export interface ConfigHost {
  read(path: string): Promise<string | null>;
  isRepositoryRoot(folder: string): Promise<boolean>;
}

const parentOf = (path: string) => path.replace(/[\\/][^\\/]*[\\/]?$/, '') || (path.startsWith('/') ? '/' : '');
const joinPath = (folder: string, name: string) =>
  `${folder.replace(/[\\/]$/, '')}${folder.includes('\\') && !folder.includes('/') ? '\\' : '/'}${name}`;

const trimmed = (folder: string) => folder.replace(/(?<=.)[\\/]+$/, '');
const isInside = (folder: string, path: string) => {
  const top = trimmed(folder);
  return path === top || path.startsWith(/[\\/]$/.test(top) ? top : `${top}${top.includes('\\') ? '\\' : '/'}`);
};

/**
 * Finds the nearest config above a file, each folder asked once. The search stops at a folder
 * holding `.git`; outside a repository it never climbs above the nearest of the `boundaries` that
 * holds the file (the workspace folder; the folder checked or the working folder), nor above the
 * file's own folder when none does: a config planted higher up (in `/tmp`) is never read.
 */
export class ConfigFinder {
  private readonly byFolder = new Map<string, Promise<LoadedConfig | null>>();
  private readonly repositoryAbove = new Map<string, Promise<boolean>>();

  constructor(
    private readonly host: ConfigHost,
    /** The language of the configs' problems. */
    private readonly messages: Messages = ENGLISH,
  ) {}

  /** The config that applies to the file at `path` (absolute), or null. */
  forFile(path: string, boundaries: readonly string[] = []): Promise<LoadedConfig | null> {
    const folder = parentOf(path);
    const holding = boundaries.map(trimmed).filter((boundary) => isInside(boundary, folder));
    const stop = holding.sort((a, b) => b.length - a.length)[0] ?? folder;
    return this.inFolder(folder, stop);
  }

  private inFolder(folder: string, stop: string): Promise<LoadedConfig | null> {
    const key = `${folder}\n${stop}`;
    let found = this.byFolder.get(key);
    if (!found) this.byFolder.set(key, (found = this.search(folder, stop)));
    return found;
  }

  private async search(folder: string, stop: string): Promise<LoadedConfig | null> {
    // A folder's names and its `.git` are looked up at once (a first check waits for them), then taken
    // in order: the first name found is the config, as if each had been read only after the one before.
    const paths = CONFIG_FILE_NAMES.map((name) => joinPath(folder, name));
    const repositoryRoot = this.host.isRepositoryRoot(folder);
    repositoryRoot.catch(() => {}); // awaited below only when no name is found; its failure is thrown there
    const reads = await Promise.allSettled(paths.map((path) => this.host.read(path)));
    for (const [i, read] of reads.entries()) {
      if (read.status === 'rejected') throw read.reason;
      if (read.value !== null) return { path: paths[i], folder, ...parseConfig(read.value, this.messages) };
    }
    const parent = parentOf(folder);
    if (parent === folder || parent === '' || (await repositoryRoot)) return null;
    if (trimmed(folder) !== stop) return this.inFolder(parent, stop);
    // Past the boundary only up to the repository root, which stops the search itself.
    return (await this.inRepository(parent)) ? this.inFolder(parent, '') : null;
  }

  /** Whether a folder holding `.git` is at or above `folder`. */
  private inRepository(folder: string): Promise<boolean> {
    let found = this.repositoryAbove.get(folder);
    if (!found) {
      const parent = parentOf(folder);
      found = this.host
        .isRepositoryRoot(folder)
        .then((root) => root || (parent !== folder && parent !== '' && this.inRepository(parent)));
      this.repositoryAbove.set(folder, found);
    }
    return found;
  }

  /** Forget what was read (a config file changed). */
  clear(): void {
    this.byFolder.clear();
    this.repositoryAbove.clear();
  }
}
