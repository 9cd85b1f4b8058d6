/** Where each rule of a rubric draft came from, and what the reader was unsure of. */
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
  why: string;
}

export class Trace {
  readonly provenance: Provenance[] = [];
  readonly uncertain: Uncertain[] = [];

  note(path: RubricPath, from: SourceLine): void {
    this.provenance.push({
      path,
      line: from.line,
      quote: from.raw.length > 100 ? `${from.raw.slice(0, 97)}...` : from.raw,
    });
  }

  check(path: RubricPath, from: SourceLine, why: string): void {
    this.uncertain.push({ path, line: from.line, why });
  }
}
