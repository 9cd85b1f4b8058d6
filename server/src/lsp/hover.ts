/**
 * Hover on a heading: the section's rubric and counts. Hover on the `rubric:` value: the rubric.
 * Hover on a rule of an imported rubric file: the line of the requirements it came from.
 */
import { MarkupKind, type Hover, type HoverParams, type Position } from 'vscode-languageserver';
import { rubricMarkdown, ruleSourceAt, sectionMarkdown, type Analysis, type RuleSource } from '../core';
import type { ServerContext } from './context';
import { isRubricFile } from './workspace';

export function hover(analysis: Analysis, position: Position): Hover | null {
  const { index, frontMatter, rubric } = analysis;
  const value = frontMatter?.rubricLine;
  if (rubric && value && index.position(value.start).line === position.line) {
    return { contents: { kind: MarkupKind.Markdown, value: rubricMarkdown(rubric, false) } };
  }
  if (!rubric) return null;
  const result = analysis.sections.find(
    (s) =>
      s.heading &&
      index.position(s.heading.start).line <= position.line &&
      position.line <= index.position(s.heading.end).line,
  );
  const duplicateOf = analysis.sections.find((s) =>
    s.duplicates.some((h) => index.position(h.start).line === position.line),
  );
  const section = result ?? duplicateOf;
  if (!section) return null;
  const heading = result
    ? section.heading!
    : section.duplicates.find((h) => index.position(h.start).line === position.line)!;
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value: sectionMarkdown(section.flat.section, result ? analysis.states[section.flat.index] : undefined),
    },
    range: index.range(heading.start, heading.end),
  };
}

/** Where the rule under the cursor came from, as the rubric file's own comments say. */
export function ruleSourceHover(text: string, offset: number): Hover | null {
  const source = ruleSourceAt(text, offset);
  return source ? { contents: { kind: MarkupKind.Markdown, value: ruleSourceMarkdown(source) } } : null;
}

function ruleSourceMarkdown({ sourceName, lines, checks }: RuleSource): string {
  const from = sourceName ? `\`${sourceName.replace(/`/g, "'")}\`` : 'the requirements';
  const quoted = lines.map(({ line, quote }) => `**Line ${line}** of ${from}:\n\n> ${escapeMarkdown(quote)}`);
  const doubts = checks.map((why) => `*To check:* ${escapeMarkdown(why)}`);
  return [...quoted, ...doubts].join('\n\n');
}

const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);

export function registerHover(context: ServerContext): void {
  const onSubmission = context.onSubmission('hover', null, (found, params: HoverParams) =>
    hover(found.analysis, params.position),
  );
  const onRubricFile = context.guard('hover', (params: HoverParams) => {
    const document = context.documents.get(params.textDocument.uri);
    return document ? ruleSourceHover(document.getText(), document.offsetAt(params.position)) : null;
  });
  context.connection.onHover((params) =>
    isRubricFile(params.textDocument.uri) ? onRubricFile(params) : onSubmission(params),
  );
}
