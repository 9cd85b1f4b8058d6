/**
 * What a rule is: one diagnostic code with its metadata (default severity, a one-line
 * description, the spec's "when") and the check that finds it. The registry (`index.ts`) lists
 * every rule once; codes, SARIF rules and the README's table of checks are read from it.
 */
import type { BlockIndex, OutlineHeading } from '../../document';
import type { Rubric } from '../../rubric';
import type { Messages } from '../../messages';
import type { Range } from '../../text';
import type { FileFactsLookup } from '../fileFacts';
import type { SectionResult } from '../sections';

export type Severity = 'error' | 'warning' | 'information';

export interface RuleContext {
  rubric: Rubric;
  sections: readonly SectionResult[];
  outline: readonly OutlineHeading[];
  blockIndex: BlockIndex;
  /** Where document-level findings go: the `rubric:` line, else the document's start. */
  anchor: Range;
  identifyingTerms: readonly string[];
  /** What was read from the linked files; null when files are not read (the rules about files stay silent). */
  files: FileFactsLookup | null;
  /** The writer's language: every message a rule reports comes from its catalogue. */
  messages: Messages;
}

/** One problem a check found; the rule supplies the code and, unless given, the severity. */
export interface Finding {
  section: SectionResult | null;
  message: string;
  range: Range;
  severity?: Severity;
  /** What a quick fix needs (e.g. the suggested rubric id). */
  data?: Record<string, unknown>;
}

export interface RuleDefinition<Code extends string = string> {
  code: Code;
  /** The default severity. */
  severity: Severity;
  /** The severity as the README's table writes it, when it depends on the rubric. */
  severityText?: string;
  /** One line: what the rule is about. */
  description: string;
  /** When it is reported, as the spec's diagnostics table says. */
  when: string;
  /** Absent for the codes reported while the rubric is chosen (unknown rubric, broken front matter). */
  check?: (context: RuleContext) => Finding[];
}

export const defineRule = <Code extends string>(rule: RuleDefinition<Code>): RuleDefinition<Code> => rule;

export const finding = (
  section: SectionResult | null,
  message: string,
  range: Range,
  more: Pick<Finding, 'severity' | 'data'> = {},
): Finding => ({ section, message, range, ...more });

/** A heading's range without its line ending. */
export function headingRange(context: RuleContext, heading: OutlineHeading): Range {
  const start = context.blockIndex.position(heading.start);
  const end = context.blockIndex.position(heading.end);
  return context.blockIndex.range(
    heading.start,
    end.line > start.line && end.character === 0 ? heading.end - 1 : heading.end,
  );
}
