/**
 * Writers' acknowledgements, as markdownlint's comments work:
 * `<!-- rubric-writer-disable-next-line CODE -->` silences CODE on the next line (and, above a
 * heading, for that section); `<!-- rubric-writer-disable CODE -->` for the whole document.
 * Without a code, every code. A silenced problem is accepted, not met: it is kept apart so every
 * view can say so. A code that does not exist silences nothing and gets `invalid-suppression`.
 */
import type { Messages } from '../messages';
import type { BlockIndex } from '../document';
import { levenshtein } from '../rubric';
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from './diagnostic';

const COMMENT = /<!--\s*rubric-writer-(disable-next-line|disable)\b([\s\S]*?)-->/g;
const CODE = /[^\s,]+/g;

/** A code named in a suppression comment, with its offsets in the document. */
export interface SuppressedCode {
  code: string;
  start: number;
  end: number;
}

export interface SuppressionComment {
  /** The line it silences (the one after the comment), or null for the whole document. */
  line: number | null;
  /** Empty: every code. */
  codes: SuppressedCode[];
}

/** Every suppression comment of the document, in document order. */
export function suppressionComments(blockIndex: BlockIndex): SuppressionComment[] {
  const comments: SuppressionComment[] = [];
  for (const block of blockIndex.blocks) {
    for (const comment of block.digest.directives) {
      for (const match of comment.text.matchAll(COMMENT)) {
        const listStart = block.start + comment.start + match.index + match[0].length - 3 - match[2].length;
        const codes = [...match[2].matchAll(CODE)].map((code) => ({
          code: code[0],
          start: listStart + code.index,
          end: listStart + code.index + code[0].length,
        }));
        const line = match[1] === 'disable' ? null : blockIndex.position(block.start + comment.end).line + 1;
        comments.push({ line, codes });
      }
    }
  }
  return comments;
}

/**
 * Codes no comment can silence: the front matter's are found before the checks run, and a comment
 * that silenced its own typo would hide that it silences nothing.
 */
const NEVER_ACCEPTED: readonly string[] = ['unknown-rubric', 'invalid-front-matter', 'invalid-suppression'];

/** Whether a writer can accept a problem of this code with a `rubric-writer-disable` comment. */
export const canBeAccepted = (code: string): boolean =>
  DIAGNOSTIC_CODES.includes(code as DiagnosticCode) && !NEVER_ACCEPTED.includes(code);

export interface Suppressed {
  /** What is left to report. */
  kept: Diagnostic[];
  /** What the writer accepted: silenced, so not keeping a section from being ready, but not met. */
  accepted: Diagnostic[];
}

export function applySuppressions(
  diagnostics: Diagnostic[],
  comments: readonly SuppressionComment[],
  headingLines: ReadonlyMap<string, number>,
): Suppressed {
  if (comments.length === 0) return { kept: diagnostics, accepted: [] };
  const everywhere = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  for (const comment of comments) {
    const list = comment.codes.length > 0 ? comment.codes.map((code) => code.code) : ['*'];
    if (comment.line === null) list.forEach((code) => everywhere.add(code));
    else {
      const set = byLine.get(comment.line) ?? new Set<string>();
      list.forEach((code) => set.add(code));
      byLine.set(comment.line, set);
    }
  }
  const covers = (set: Set<string> | undefined, code: string) => Boolean(set && (set.has('*') || set.has(code)));
  const silenced = (diagnostic: Diagnostic) => {
    if (covers(everywhere, diagnostic.code)) return true;
    if (covers(byLine.get(diagnostic.range.start.line), diagnostic.code)) return true;
    const headingLine = diagnostic.section !== null ? headingLines.get(diagnostic.section) : undefined;
    return headingLine !== undefined && covers(byLine.get(headingLine), diagnostic.code);
  };
  const kept: Diagnostic[] = [];
  const accepted: Diagnostic[] = [];
  for (const diagnostic of diagnostics) (silenced(diagnostic) ? accepted : kept).push(diagnostic);
  return { kept, accepted };
}

/** `invalid-suppression` for each code in a comment that is no diagnostic code (a typo silences nothing). */
export function invalidSuppressions(
  comments: readonly SuppressionComment[],
  known: readonly DiagnosticCode[],
  blockIndex: BlockIndex,
  messages: Messages,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const comment of comments) {
    for (const { code, start, end } of comment.codes) {
      if (known.includes(code as DiagnosticCode)) continue;
      const closest = closestCode(code, known);
      found.push({
        code: 'invalid-suppression',
        severity: 'warning',
        section: null,
        message: [
          messages.t('invalid-suppression.message', { code }),
          ...(closest ? [messages.t('diagnostic.didYouMean', { suggestion: closest })] : []),
        ].join(' '),
        range: blockIndex.range(start, end),
        data: closest ? { suggestion: closest } : undefined,
      });
    }
  }
  return found;
}

/** The known code a typo most likely meant: within a third of its length in edits. */
function closestCode(code: string, known: readonly string[]): string | null {
  let best: { code: string; distance: number } | null = null;
  for (const candidate of known) {
    const distance = levenshtein(code.toLowerCase(), candidate);
    if (!best || distance < best.distance) best = { code: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(best.code.length / 3)) ? best.code : null;
}
