/** Where each rule of a rubric draft came from, and what the reader was unsure of. */
import { ENGLISH, type MessageKey, type Messages, type Params } from '../../messages';
import type { SourceLine } from './lines';

export type RubricPath = (string | number)[];

export interface Provenance {
  path: RubricPath;
  line: number;
  quote: string;
}

export interface Uncertain {
  path: RubricPath;
  line: number;
  /** Why, in English; `uncertainWhy` says it in the writer's language (the file, the CLI, the editor). */
  why: string;
  reason: { key: MessageKey; params: Params };
}

/** What the import was unsure of, in the writer's language (a rubric's own words stay in the rubric's). */
export const uncertainWhy = (doubt: Uncertain, messages: Messages): string =>
  messages.t(doubt.reason.key, doubt.reason.params);

export class Trace {
  readonly provenance: Provenance[] = [];
  readonly uncertain: Uncertain[] = [];

  note(path: RubricPath, from: SourceLine): void {
    const raw = from.raw.replace(/\t+/g, ' | ');
    this.provenance.push({ path, line: from.line, quote: raw.length > 100 ? `${raw.slice(0, 97)}...` : raw });
  }

  /** A rule read and then dropped (points in a section judged by its media) keeps no source line. */
  forget(path: RubricPath): void {
    const key = JSON.stringify(path);
    const keep = this.provenance.filter((p) => JSON.stringify(p.path) !== key);
    this.provenance.splice(0, this.provenance.length, ...keep);
  }

  check(path: RubricPath, from: SourceLine, key: MessageKey, params: Params = {}): void {
    this.uncertain.push({ path, line: from.line, why: ENGLISH.t(key, params), reason: { key, params } });
  }
}
