/**
 * The safe fixes, for the editor's quick fixes and `check --fix` alike: a missing section inserted
 * at its rubric place with its guidance comments, and an unknown rubric id replaced by the known
 * one it is close to. Each only inserts text or replaces the rubric id; the writer's words stay.
 */
import { analyze, type Analysis, type AnalyzeOptions } from '../check';
import { allInsertions, insertionFor, type Insertion } from './insertions';

export interface TextFix {
  /** What it does, for a quick fix's title. */
  title: string;
  /** What it did, for the CLI's report of what it changed. */
  done: string;
  /** The text from `start` to `end` (offsets; equal for an insertion) becomes `newText`. */
  start: number;
  end: number;
  newText: string;
}

/** Inserted lines end as the document's lines do. */
function inLineEndings(text: string, inserted: string): string {
  const ending = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  return ending === '\n' ? inserted : inserted.replace(/\n/g, ending);
}

function insertionFix(text: string, analysis: Analysis, insertion: Insertion): TextFix {
  const title = analysis.sections.find((s) => s.id === insertion.sectionId)?.title ?? insertion.sectionId;
  return {
    title: `Insert "${title}" at its rubric place`,
    done: `inserted "${title}"`,
    start: insertion.offset,
    end: insertion.offset,
    newText: inLineEndings(text, insertion.text),
  };
}

export function insertSectionFix(text: string, analysis: Analysis, sectionId: string): TextFix | null {
  const insertion = insertionFor(text, analysis, sectionId);
  return insertion ? insertionFix(text, analysis, insertion) : null;
}

/** Every missing section at its rubric place (a missing Part with its subsections). */
export function insertAllFixes(text: string, analysis: Analysis): TextFix[] {
  return allInsertions(text, analysis).map((insertion) => insertionFix(text, analysis, insertion));
}

/** The did-you-mean of an `unknown-rubric` diagnostic (its `data`), as an edit of the front matter's `rubric:` value. */
export function rubricIdFix(analysis: Analysis, data: unknown): TextFix | null {
  const suggestion = (data as { suggestion?: unknown } | undefined)?.suggestion;
  const value = analysis.frontMatter?.rubricValue;
  if (typeof suggestion !== 'string' || !value || analysis.rubric) return null;
  return {
    title: `Change to "${suggestion}"`,
    done: `changed the rubric to "${suggestion}"`,
    start: value.start,
    end: value.end,
    newText: suggestion,
  };
}

/**
 * The fixes `check --fix` applies unasked: the rubric id when exactly one known id is close, and
 * the missing sections the diagnostics report (a suppressed one is left alone).
 */
export function safeFixes(text: string, analysis: Analysis): TextFix[] {
  const fixes: TextFix[] = [];
  for (const diagnostic of analysis.diagnostics) {
    const unambiguous = diagnostic.code === 'unknown-rubric' && diagnostic.data?.unambiguous === true;
    const fix = unambiguous ? rubricIdFix(analysis, diagnostic.data) : null;
    if (fix) fixes.push(fix);
  }
  const reported = new Set(analysis.diagnostics.filter((d) => d.code === 'missing-section').map((d) => d.section));
  const reportedWithin = (sectionId: string) =>
    analysis.sections.some(
      (s) =>
        reported.has(s.id) && (s.id === sectionId || analysis.sections[s.flat.parent?.index ?? -1]?.id === sectionId),
    );
  for (const insertion of allInsertions(text, analysis))
    if (reportedWithin(insertion.sectionId)) fixes.push(insertionFix(text, analysis, insertion));
  return fixes;
}

/**
 * The fixes applied from the last to the first, so each offset still means what it did; fixes at
 * one offset end up in the order given, as an editor applies them.
 */
export function applyFixes(text: string, fixes: readonly TextFix[]): string {
  const order = fixes.map((fix, index) => ({ fix, index }));
  order.sort((a, b) => b.fix.start - a.fix.start || b.index - a.index);
  let result = text;
  for (const { fix } of order) result = result.slice(0, fix.start) + fix.newText + result.slice(fix.end);
  return result;
}

/** Fixes applied until none is left: a corrected rubric id brings its missing sections to light. */
export function fixDocument(text: string, options: AnalyzeOptions): { text: string; applied: TextFix[] } {
  const applied: TextFix[] = [];
  let current = text;
  // A rubric fix, then the sections of that rubric: two rounds at most, a third finds nothing.
  for (let round = 0; round < 3; round++) {
    const fixes = safeFixes(current, analyze(current, options));
    if (fixes.length === 0) break;
    current = applyFixes(current, fixes);
    applied.push(...fixes);
  }
  return { text: current, applied };
}
