/**
 * The safe fixes: a missing section inserted at its rubric place with its guidance comments, and an
 * unknown rubric id replaced by the known one it is close to (quick fixes and `check --fix`); a
 * plan's points labelled and a timestamp line per point put under the video (quick fixes only: the
 * writer chooses them). Each only inserts text or replaces the rubric id; the writer's words stay.
 */
import { analyze, type Analysis, type AnalyzeOptions, type Severity } from '../check';
import { parseMarkdown } from '../document';
import { count, type MessageKey } from '../messages';
import { countWords, type Range } from '../text';
import { allInsertions, insertionFor, type Insertion } from './insertions';
import { blockLead, shapeText, TIME_PLACEHOLDER, templateWords, timestampLines } from './markdownWriter';

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
    title: analysis.messages.t('fix.insertSection', { title }),
    done: analysis.messages.t('view.fix.insertDone', { title }),
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

/**
 * The did-you-mean of an `unknown-rubric` diagnostic (its `data`), as an edit of the front matter's
 * `rubric:` value.
 */
export function rubricIdFix(analysis: Analysis, data: unknown): TextFix | null {
  const suggestion = (data as { suggestion?: unknown } | undefined)?.suggestion;
  const value = analysis.frontMatter?.rubricValue;
  if (typeof suggestion !== 'string' || !value || analysis.rubric) return null;
  return {
    title: analysis.messages.t('fix.changeRubric', { suggestion }),
    done: analysis.messages.t('view.fix.changeRubricDone', { id: suggestion }),
    start: value.start,
    end: value.end,
    newText: suggestion,
  };
}

/**
 * A plan with no point found gets `Point 1: ` … put before each of its points, when its shape
 * leaves no doubt which they are (see `pointStarts`); one edit per point, offered as one fix.
 */
export function labelPointsFixes(text: string, analysis: Analysis, sectionId: string): TextFix[] {
  const result = analysis.sections.find((s) => s.id === sectionId);
  const wanted = result?.flat.section.minPoints;
  if (!result?.heading || wanted === undefined || result.points !== 0) return [];
  const from = result.heading.end;
  const starts = pointStarts(text.slice(from, result.end), wanted);
  const { point } = templateWords(analysis.rubric?.language);
  const labels = wanted > 1 ? `${point} 1–${wanted}` : `${point} 1`;
  const added = Array.from({ length: wanted }, (_v, i) => countWords(`${point} ${i + 1}: `)).reduce((a, b) => a + b, 0);
  const max = result.flat.section.words?.max;
  const after = (result.words ?? 0) + added;
  const { messages } = analysis;
  const over = max !== undefined && after > max;
  const title = messages.t(over ? 'fix.labelPointsOver' : 'fix.labelPoints', {
    labels,
    added: count(messages, added),
    after: count(messages, after),
    max: count(messages, max ?? 0),
  });
  return (starts ?? []).map((start, i) => ({
    title,
    done: messages.t('view.fix.labelPointsDone', { title: result.title }),
    start: from + start,
    end: from + start,
    newText: `${point} ${i + 1}: `,
  }));
}

/**
 * Where each of `count` points starts in a plan's text: its paragraphs when there are exactly
 * `count`, or the `count` after an intro line ending in a colon. Any other shape (more or fewer
 * paragraphs, a subheading, a quote, a table) leaves it in doubt: null. Lists never get here: their
 * top-level items are the points.
 */
function pointStarts(body: string, count: number): number[] | null {
  const blocks = parseMarkdown(body).children.filter((node) => node.type !== 'html');
  if (blocks.some((node) => node.type !== 'paragraph' || node.position?.start.offset === undefined)) return null;
  const spans = blocks.map((node) => ({ start: node.position!.start.offset!, end: node.position!.end.offset! }));
  const intro = spans.length > 0 && body.slice(spans[0].start, spans[0].end).trimEnd().endsWith(':');
  if (spans.length === count && !intro) return spans.map((span) => span.start);
  if (spans.length === count + 1 && intro) return spans.slice(1).map((span) => span.start);
  return null;
}

/**
 * A `Point N at m:ss` line per point under the video the rubric wants timed, after the paragraph
 * (or list, or quote) that holds its link. Its placeholders are no timestamps: the check asks for
 * the times until the writer fills them in, so it is not offered again once they are there.
 */
export function timestampLinesFix(text: string, analysis: Analysis, sectionId: string): TextFix | null {
  const result = analysis.sections.find((s) => s.id === sectionId);
  const wanted = result?.flat.section.timestamps;
  const video = result?.recordings[0];
  if (!result?.heading || !wanted || !video) return null;
  const { point, at: atWord } = templateWords(analysis.rubric?.language);
  const placeholder = new RegExp(String.raw`\b${atWord} ${TIME_PLACEHOLDER}\b`);
  if (placeholder.test(text.slice(result.heading.end, result.end))) return null;
  const at = paragraphEnd(text, video.end, result.end);
  const lead = blockLead(text.slice(0, at));
  const trail = at === text.length || /^[ \t]*(\r?\n|\r)/.test(text.slice(at)) ? '' : '\n';
  const lines = timestampLines(wanted.min, analysis.rubric?.language).map(shapeText).join('\n\n');
  return {
    title: analysis.messages.t('fix.timestampLines', {
      line: `${point} N ${atWord} ${TIME_PLACEHOLDER}`,
      count: count(analysis.messages, wanted.min),
    }),
    done: analysis.messages.t('view.fix.timestampsDone', { title: result.title }),
    start: at,
    end: at,
    newText: inLineEndings(text, `${lead}${lines}\n${trail}`),
  };
}

/** The start of the first blank line after `from`, or `limit` (the section's end) when none comes first. */
function paragraphEnd(text: string, from: number, limit: number): number {
  const blank = /(?:\r?\n|\r)([ \t]*)(?:\r?\n|\r|$)/g;
  blank.lastIndex = from;
  const found = blank.exec(text);
  if (!found || found.index >= limit) return limit;
  return found.index + found[0].length - found[0].replace(/^(\r?\n|\r)/, '').length;
}

/** An error can be accepted too, but its title says what accepting it cannot change. */
const ACCEPT_TITLES: Record<Severity, MessageKey> = {
  error: 'fix.acceptError',
  warning: 'fix.acceptWarning',
  information: 'fix.acceptInformation',
};

/**
 * "Accept this warning here": a `rubric-writer-disable-next-line CODE` comment above the heading of
 * the section the problem is about, else above the problem's own line (inside the same list item or
 * quote); never in the front matter. The problem then stops keeping its section from being ready,
 * and every view shows it as accepted, not met.
 */
export function acceptHereFix(
  text: string,
  analysis: Analysis,
  diagnostic: { code: string; severity: Severity; section: string | null; range: Range },
): TextFix | null {
  const heading = analysis.sections.find((s) => s.id === diagnostic.section)?.heading;
  const at = heading ? lineStartOf(text, heading.start) : lineStartAt(text, diagnostic.range.start.line);
  if (at === null || (analysis.frontMatter && at < analysis.frontMatter.span.end)) return null;
  const prefix = /^[ \t>]*/.exec(text.slice(at))![0];
  return {
    title: analysis.messages.t(ACCEPT_TITLES[diagnostic.severity]),
    done: analysis.messages.t('view.fix.acceptDone', { code: diagnostic.code }),
    start: at,
    end: at,
    newText: inLineEndings(text, `${prefix}<!-- rubric-writer-disable-next-line ${diagnostic.code} -->\n`),
  };
}

const lineStartOf = (text: string, offset: number) =>
  Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;

/** The offset where 0-based `line` starts, or null past the end. */
function lineStartAt(text: string, line: number): number | null {
  const breaks = /\r\n|\r|\n/g;
  for (let n = 0; n < line; n++) if (!breaks.exec(text)) return null;
  return line === 0 ? 0 : breaks.lastIndex;
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
