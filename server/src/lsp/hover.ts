/** Hover on a heading: the section's rubric and counts. Hover on the `rubric:` value: the rubric. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { rubricMarkdown, sectionMarkdown, type Analysis } from '../core';
import type { ServerContext } from './context';

export function hover(analysis: Analysis, position: Position): Hover | null {
  const { blockIndex, frontMatter, rubric } = analysis;
  const value = frontMatter?.rubricLine;
  if (rubric && value && blockIndex.position(value.start).line === position.line) {
    return { contents: { kind: MarkupKind.Markdown, value: rubricMarkdown(rubric, false) } };
  }
  if (!rubric) return null;
  const result = analysis.sections.find(
    (s) =>
      s.heading &&
      blockIndex.position(s.heading.start).line <= position.line &&
      position.line <= blockIndex.position(s.heading.end).line,
  );
  const duplicateOf = analysis.sections.find((s) =>
    s.duplicates.some((h) => blockIndex.position(h.start).line === position.line),
  );
  const section = result ?? duplicateOf;
  if (!section) return null;
  const heading = result
    ? section.heading!
    : section.duplicates.find((h) => blockIndex.position(h.start).line === position.line)!;
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value: sectionMarkdown(section.flat.section, result ? analysis.states[section.flat.index] : undefined),
    },
    range: blockIndex.range(heading.start, heading.end),
  };
}

export function registerHover(context: ServerContext): void {
  context.connection.onHover(
    context.onSubmission('hover', null, (found, params) => hover(found.analysis, params.position)),
  );
}
