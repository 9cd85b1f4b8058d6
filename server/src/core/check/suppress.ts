/**
 * Writers' acknowledgements, as markdownlint's comments work:
 * `<!-- rubric-writer-disable-next-line CODE -->` silences CODE on the next line (and, above a
 * heading, for that section); `<!-- rubric-writer-disable CODE -->` for the whole document.
 * Without a code, every code.
 */
import type { BlockIndex } from '../document';
import type { Diagnostic } from './diagnostic';

const COMMENT = /<!--\s*rubric-writer-(disable-next-line|disable)\b([\s\S]*?)-->/g;

export function applySuppressions(
  diagnostics: Diagnostic[],
  index: BlockIndex,
  headingLines: ReadonlyMap<string, number>,
): Diagnostic[] {
  const everywhere = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  let any = false;
  for (const block of index.blocks) {
    for (const comment of block.digest.directives) {
      for (const match of comment.text.matchAll(COMMENT)) {
        any = true;
        const codes = match[2].split(/[\s,]+/).filter(Boolean);
        const list = codes.length > 0 ? codes : ['*'];
        if (match[1] === 'disable') list.forEach((code) => everywhere.add(code));
        else {
          const line = index.position(block.start + comment.end).line + 1;
          const set = byLine.get(line) ?? new Set<string>();
          list.forEach((code) => set.add(code));
          byLine.set(line, set);
        }
      }
    }
  }
  if (!any) return diagnostics;
  const covers = (set: Set<string> | undefined, code: string) => Boolean(set && (set.has('*') || set.has(code)));
  return diagnostics.filter((diagnostic) => {
    if (covers(everywhere, diagnostic.code)) return false;
    if (covers(byLine.get(diagnostic.range.start.line), diagnostic.code)) return false;
    const headingLine = diagnostic.section !== null ? headingLines.get(diagnostic.section) : undefined;
    return !(headingLine !== undefined && covers(byLine.get(headingLine), diagnostic.code));
  });
}
