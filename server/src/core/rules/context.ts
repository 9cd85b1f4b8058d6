import type { BlockIndex } from '../count';
import type { Diagnostic, DiagnosticCode, Severity } from '../diagnostics';
import type { Range } from '../lineIndex';
import type { OutlineHeading } from '../outline';
import type { Rubric } from '../rubric';
import type { SectionResult } from '../sections';

export interface RuleContext {
  rubric: Rubric;
  sections: readonly SectionResult[];
  outline: readonly OutlineHeading[];
  index: BlockIndex;
  /** Where document-level findings go: the `rubric:` line, else the document's start. */
  anchor: Range;
  identifyingTerms: readonly string[];
}

export type Rule = (context: RuleContext) => Diagnostic[];

export function make(code: DiagnosticCode, severity: Severity, section: SectionResult | null, message: string, range: Range, data?: Record<string, unknown>): Diagnostic {
  return { code, severity, section: section ? section.id : null, message, range, ...(data ? { data } : {}) };
}

export const headingRange = (context: RuleContext, heading: OutlineHeading): Range =>
  context.index.range(heading.start, trimEnd(context, heading));

/** A heading's range without its line ending. */
function trimEnd(context: RuleContext, heading: OutlineHeading): number {
  const start = context.index.position(heading.start);
  const end = context.index.position(heading.end);
  return end.line > start.line && end.character === 0 ? heading.end - 1 : heading.end;
}

export const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
